import {
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { ALL_STATEMENT_PARTS } from '../../../src/graph/statement.js';
import { schema } from '../../../src/graphql-schema.js';
import { statementKeysOnly, statementPartsOf } from '../../../src/schema/statement-parts.js';

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

/** What a resolver's info holds of its document: the schema, the operation and the named fragments. */
function infoOf(query: string): GraphQLResolveInfo {
  const definitions = parse(query).definitions;
  const operation = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return { schema, operation, fragments } as unknown as GraphQLResolveInfo;
}

describe('statementKeysOnly', () => {
  const timeline = (statementFields: string) =>
    `{ actor(id: "a") { stanceTimeline(position: "p") { periods { stances { statementCount
      statements { ${statementFields} } } } } } }`;

  it('is true when statements show only their ids, through Node too', () => {
    expect(statementKeysOnly(infoOf(timeline('key')))).toBe(true);
    expect(statementKeysOnly(infoOf(timeline('id __typename ... on Node { id }')))).toBe(true);
    // Other types' fields do not count.
    expect(statementKeysOnly(infoOf('{ actor(id: "a") { name positions { stance } } }'))).toBe(true);
  });

  it('is false when any statement anywhere shows more: nested, inline or named fragments', () => {
    expect(statementKeysOnly(infoOf(timeline('key text')))).toBe(false);
    expect(statementKeysOnly(infoOf(timeline('key ... on Statement { statedOn { value } }')))).toBe(false);
    expect(statementKeysOnly(infoOf(`${timeline('...S')} fragment S on Statement { key quote }`))).toBe(
      false,
    );
    // Elsewhere in the operation: the statement loader is shared by the whole request.
    expect(
      statementKeysOnly(
        infoOf(`{ a: statement(id: "s") { speaker { name } } b: ${timeline('key').slice(1)}`),
      ),
    ).toBe(false);
  });
});
