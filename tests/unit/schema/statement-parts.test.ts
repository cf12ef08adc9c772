import { describe, expect, it } from 'vitest';
import { ALL_STATEMENT_PARTS } from '../../../src/graph/statement.js';
import { schema } from '../../../src/graphql-schema.js';
import { statementShapeOf } from '../../../src/schema/statement-parts.js';

const on = (...names: string[]) =>
  Object.fromEntries(Object.keys(ALL_STATEMENT_PARTS).map((k) => [k, names.includes(k)]));
const partsOf = (query: string | undefined) => statementShapeOf(schema, query).parts;
const keysOnly = (query: string, operationName?: string | null) =>
  statementShapeOf(schema, query, operationName).keysOnly;

describe('statementShapeOf: parts', () => {
  it('loads no relation for text and dates', () => {
    expect(partsOf('{ statement(id: "x") { key text statedOn { value } } }')).toEqual(on());
  });

  it('finds fields on Statement anywhere: nested, inline fragments, named fragments', () => {
    const query = `query {
      actor(id: "a") { statements { edges { node { speaker { name } citedVia { name } } } } }
      node(id: "Statement:x") { ... on Statement { positions { stance } } }
      search(query: "q") { node { ...S } }
    }
    fragment S on Statement { evidence { start } }`;
    expect(partsOf(query)).toEqual(on('speaker', 'outlets', 'positions', 'evidence'));
  });

  it('ignores fields of the same name on other types', () => {
    // Actor.positions and Position.statements are not Statement.positions.
    expect(partsOf('{ actor(id: "a") { positions { stance } } }')).toEqual(on());
  });

  it('covers every operation of the document', () => {
    const query = `query A { statement(id: "x") { key } }
      query B { statement(id: "x") { mentions { role } } }`;
    expect(statementShapeOf(schema, query, 'A').parts).toEqual(on('mentions'));
  });

  it('loads everything for a document that does not parse or is missing', () => {
    expect(statementShapeOf(schema, '{ statement(')).toEqual({ parts: ALL_STATEMENT_PARTS, keysOnly: false });
    expect(statementShapeOf(schema, undefined)).toEqual({ parts: ALL_STATEMENT_PARTS, keysOnly: false });
  });

  it('walks a document once: the same query gets the same answer back', () => {
    const query = '{ statement(id: "x") { speaker { name } } }';
    expect(partsOf(query)).toBe(partsOf(query));
  });
});

describe('statementShapeOf: keysOnly', () => {
  const timeline = (statementFields: string) =>
    `{ actor(id: "a") { stanceTimeline(position: "p") { periods { stances { statementCount
      statements { ${statementFields} } } } } } }`;

  it('is true when statements show only their ids, through Node too', () => {
    expect(keysOnly(timeline('key'))).toBe(true);
    expect(keysOnly(timeline('id __typename ... on Node { id }'))).toBe(true);
    // Other types' fields do not count.
    expect(keysOnly('{ actor(id: "a") { name positions { stance } } }')).toBe(true);
  });

  it('is false when any statement anywhere shows more: nested, inline or named fragments', () => {
    expect(keysOnly(timeline('key text'))).toBe(false);
    expect(keysOnly(timeline('key ... on Statement { statedOn { value } }'))).toBe(false);
    expect(keysOnly(`${timeline('...S')} fragment S on Statement { key quote }`)).toBe(false);
    expect(keysOnly(`${timeline('... on Node { ...N }')} fragment N on Node { id }`)).toBe(true);
    // Elsewhere in the operation: the statement loader is shared by the whole request.
    expect(keysOnly(`{ a: statement(id: "s") { speaker { name } } b: ${timeline('key').slice(1)}`)).toBe(
      false,
    );
  });

  it("answers for the operation the request runs, with the document's fragments", () => {
    const query = `query Keys ${timeline('key')}
      query Texts { statement(id: "s") { text } }`;
    expect(keysOnly(query, 'Keys')).toBe(true);
    expect(keysOnly(query, 'Texts')).toBe(false);
    // A fragment counts for every operation, as an operation's resolvers see all of them.
    expect(keysOnly(`${query} fragment S on Statement { quote }`, 'Keys')).toBe(false);
    expect(keysOnly(timeline('key'), null)).toBe(true);
  });

  it('is false when the request names no operation the document holds: it fails before loading', () => {
    const query = `query Keys ${timeline('key')} query Others ${timeline('key')}`;
    expect(keysOnly(query)).toBe(false);
    expect(keysOnly(query, 'Missing')).toBe(false);
    expect(keysOnly(query, 'Others')).toBe(true);
  });
});
