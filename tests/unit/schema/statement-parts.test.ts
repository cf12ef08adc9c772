import { describe, expect, it } from 'vitest';
import { ALL_STATEMENT_PARTS } from '../../../src/graph/statement.js';
import { schema } from '../../../src/graphql-schema.js';
import { statementPartsOf } from '../../../src/schema/statement-parts.js';

const on = (...names: string[]) =>
  Object.fromEntries(Object.keys(ALL_STATEMENT_PARTS).map((k) => [k, names.includes(k)]));

describe('statementPartsOf', () => {
  it('loads no relation for text and dates', () => {
    expect(statementPartsOf(schema, '{ statement(id: "x") { key text statedOn { value } } }')).toEqual(on());
  });

  it('finds fields on Statement anywhere: nested, inline fragments, named fragments', () => {
    const query = `query {
      actor(id: "a") { statements { edges { node { speaker { name } citedVia { name } } } } }
      node(id: "Statement:x") { ... on Statement { positions { stance } } }
      search(query: "q") { node { ...S } }
    }
    fragment S on Statement { evidence { start } }`;
    expect(statementPartsOf(schema, query)).toEqual(on('speaker', 'outlets', 'positions', 'evidence'));
  });

  it('ignores fields of the same name on other types', () => {
    // Actor.positions and Position.statements are not Statement.positions.
    expect(statementPartsOf(schema, '{ actor(id: "a") { positions { stance } } }')).toEqual(on());
  });

  it('loads everything for a document that does not parse or is missing', () => {
    expect(statementPartsOf(schema, '{ statement(')).toEqual(ALL_STATEMENT_PARTS);
    expect(statementPartsOf(schema, undefined)).toEqual(ALL_STATEMENT_PARTS);
  });
});
