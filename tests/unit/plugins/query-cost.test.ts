import { readFileSync } from 'node:fs';
import path from 'node:path';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import { loadExamples } from '../../../src/graphiql-examples.js';
import { schema } from '../../../src/graphql-schema.js';
import { MAX_QUERY_COST } from '../../../src/plugins/query-cost.js';

// The explorer's operations, read from its source (it runs in a browser, so it cannot be imported here).
const api = readFileSync(path.join(projectRoot, 'src', 'explore', 'public', 'api.js'), 'utf8');
const constant = (name: string) => {
  const found = new RegExp(`const ${name} = \`([^\`]*)\``).exec(api)?.[1];
  if (!found) throw new Error(`${name} not found in api.js`);
  return found;
};
const SEARCH_QUERY = constant('SEARCH_QUERY');
const DETAILS_QUERY = constant('DETAILS_QUERY');
/** What neighborhoodOperation sends for a view with the most expansions the alias limit allows. */
const explorerView = () => {
  const expansions = Array.from({ length: 14 }, (_, i) => i);
  const params = [
    '$focus: ID!',
    '$depth: Int',
    '$limit: Int',
    ...expansions.map((i) => `$expand${i}: ID!, $limit${i}: Int`),
  ];
  const fields = [
    'focus: neighborhood(id: $focus, depth: $depth, limit: $limit) { ...GraphFields }',
    ...expansions.map(
      (i) => `expand${i}: neighborhood(id: $expand${i}, limit: $limit${i}) { ...GraphFields }`,
    ),
  ];
  const variables: Record<string, unknown> = { focus: 'Actor:dmitry-peskov', depth: 2, limit: 100 };
  for (const i of expansions) Object.assign(variables, { [`expand${i}`]: `Actor:a${i}`, [`limit${i}`]: 100 });
  return {
    query: `query Explore(${params.join(', ')}) {\n${fields.join('\n')}\n}\n\n${constant('GRAPH_FIELDS')}`,
    variables,
  };
};

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  complexityFromQuery(query, { schema, ctx: {}, variables }).complexity;

describe('query cost', () => {
  it('the examples and the explorer cost under a tenth of the limit', () => {
    const explorer = explorerView();
    const operations = [
      ...loadExamples().map((e) => ({ query: e.query, variables: {} })),
      { query: SEARCH_QUERY, variables: { query: 'nato', first: 20, others: 5 } },
      { query: DETAILS_QUERY, variables: { id: 'Actor:dmitry-peskov' } },
      explorer,
    ];
    for (const { query, variables } of operations) {
      expect(cost(query, variables), query).toBeLessThan(MAX_QUERY_COST / 10);
    }
  });

  it('counts list sizes: 15 aliases of 100 actors × 100 statements are far over the limit', () => {
    const alias = (i: number) =>
      `a${i}: actors(first: 100) { edges { node { statements(first: 100) { edges { node { text } } } } } }`;
    const one = cost(`{ ${alias(0)} }`);
    expect(one).toBeGreaterThanOrEqual(100 * 100);
    expect(cost(`{ ${Array.from({ length: 15 }, (_, i) => alias(i)).join(' ')} }`)).toBe(15 * one);
    expect(15 * one).toBeGreaterThan(MAX_QUERY_COST);
  });
});
