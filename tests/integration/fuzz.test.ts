import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactCypher, loadCypherFiles } from '../../src/graph/cypher-registry.js';
import { schema } from '../../src/graphql-schema.js';
import { seedDocument } from '../support/documents.js';
import { connectTestGraph, TEST_API_KEY } from '../support/graph.js';

// Every string argument of every root field gets adversarial strings; whatever arrives, the Cypher that runs
// is one of the committed files, byte for byte as the registry sends it (compacted: comments and indentation
// out), and no answer is a 5xx or an unmasked error.
const graph = connectTestGraph();
const cypherTexts = new Set(loadCypherFiles().map((f) => compactCypher(f.text)));
const ALLOWED_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'OPERATION_LIMIT']);

beforeAll(async () => {
  await graph.executor.applySchema();
  await graph.repos.ingest.importArticle(seedDocument());
});
afterAll(() => graph.close());

const adversarial = fc.oneof(
  fc.constantFrom(
    "'",
    '"',
    '`',
    '$(rm -rf /)',
    '// comment',
    '/* x */',
    "' OR 1=1 //",
    '}) MATCH (n) DETACH DELETE n //',
    '`) DETACH DELETE n //',
    '\\',
    '\u0000',
    '🦜 Пєсков',
    '‮reversed',
    'Actor:',
    ':',
    'Actor:dmitry-peskov',
    '*',
    'NATO AND (',
    '',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 5000, maxLength: 12_000 }),
);

const isStringLike = (arg: GraphQLArgument) => {
  const named = getNamedType(arg.type);
  return isScalarType(named) && (named.name === 'String' || named.name === 'ID');
};

/** Root fields whose required arguments are all strings, IDs or lists of them, so a fuzz value fills them. */
function targets(kind: 'query' | 'mutation') {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {}).flatMap((field: GraphQLField<unknown, unknown>) => {
    const required = field.args.filter((a) => a.type.toString().endsWith('!'));
    const fuzzable = field.args.filter(isStringLike);
    if (fuzzable.length === 0 || !required.every(isStringLike)) return [];
    return fuzzable.map((arg) => ({ kind, field, arg, required }));
  });
}

function operation(kind: string, field: GraphQLField<unknown, unknown>, args: GraphQLArgument[]): string {
  const vars = args.map((a, i) => `$v${i}: ${a.type.toString()}`).join(', ');
  const call = args.map((a, i) => `${a.name}: $v${i}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} (${vars}) { ${field.name}(${call})${selection} }`;
}

describe('Cypher injection', () => {
  const all = [...targets('query'), ...targets('mutation')];

  it('covers the string arguments of the API', () => {
    const names = all.map((t) => `${t.field.name}.${t.arg.name}`);
    expect(names).toEqual(expect.arrayContaining(['actor.name', 'actor.id', 'statement.id', 'node.id']));
    expect(names.length).toBeGreaterThan(10);
  });

  it.each(all.map((t) => [`${t.field.name}(${t.arg.name})`, t] as const))(
    '%s runs only committed Cypher and answers cleanly',
    async (_label, target) => {
      const args = [...new Set([...target.required, target.arg])];
      const query = operation(target.kind, target.field, args);
      const ran: string[] = [];
      const off = graph.executor.onQuery((e) => ran.push(e.text));
      try {
        await fc.assert(
          fc.asyncProperty(adversarial, async (value) => {
            const variables = Object.fromEntries(
              args.map((a, i) => [`v${i}`, isListType(getNullableType(a.type)) ? [value] : value]),
            );
            const response = await graph.app.fetch('http://claimgraph.test/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_API_KEY}` },
              body: JSON.stringify({ query, variables }),
            });
            expect(response.status).toBeLessThan(500);
            const body = (await response.json()) as {
              errors?: { message: string; extensions?: { code?: string } }[];
            };
            for (const error of body.errors ?? []) {
              expect(
                ALLOWED_CODES.has(error.extensions?.code ?? ''),
                `${error.extensions?.code}: ${error.message}`,
              ).toBe(true);
              expect(error.message).not.toMatch(/Neo\.|Cypher|at \w+ \(/);
            }
          }),
          { numRuns: 25, seed: 42 },
        );
      } finally {
        off();
      }
      for (const text of ran) expect(cypherTexts.has(text)).toBe(true);
    },
  );

  it('left the graph intact', async () => {
    const result = await graph.graphql<{ actor: { name: string } }>('{ actor(name: "peskov") { name } }');
    expect(result.data?.actor.name).toBe('Dmitry Peskov');
  });
});
