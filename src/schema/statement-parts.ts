import {
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isAbstractType,
  isObjectType,
  type OperationDefinitionNode,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { ALL_STATEMENT_PARTS, type StatementParts } from '../graph/statement.js';

/** The Statement fields that need a relation loaded, and which part holds it; other fields need none. */
const FIELD_PARTS: Record<string, keyof StatementParts> = {
  speaker: 'speaker',
  originalMedium: 'outlets',
  citedVia: 'outlets',
  corroboration: 'outlets',
  positions: 'positions',
  mentions: 'mentions',
  events: 'events',
  evidence: 'evidence',
  reports: 'reports',
  orphanedIn: 'reports',
  lostEvidence: 'evidence',
};

const NONE: Readonly<StatementParts> = {
  speaker: false,
  outlets: false,
  positions: false,
  mentions: false,
  events: false,
  evidence: false,
  reports: false,
};

// Clients send a handful of distinct documents over and over; past this many the cache starts afresh.
const CACHE_SIZE = 1_000;
const cache = new Map<string, Readonly<StatementParts>>();

/**
 * The relations of statements an operation can show, from the fields it selects on Statement anywhere (inline
 * fragments and named fragments included): one answer for the whole request, which its statement loaders
 * share. A document that does not parse gets everything; it fails validation before anything loads anyway.
 */
export function statementPartsOf(schema: GraphQLSchema, query: string | undefined): Readonly<StatementParts> {
  if (!query) return ALL_STATEMENT_PARTS;
  const cached = cache.get(query);
  if (cached) return cached;
  let document: ReturnType<typeof parse>;
  try {
    document = parse(query);
  } catch {
    return ALL_STATEMENT_PARTS;
  }
  const parts: StatementParts = { ...NONE };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const part = FIELD_PARTS[node.name.value];
        if (part && typeInfo.getParentType()?.name === 'Statement') parts[part] = true;
      },
    }),
  );
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(query, parts);
  return parts;
}

/** The Statement fields that a statement's id alone answers. */
const KEY_FIELDS = new Set(['id', 'key', '__typename']);
const keysOnlyCache = new WeakMap<OperationDefinitionNode, boolean>();

/**
 * Whether the operation selects nothing of a statement but its id, anywhere (on Statement or on an interface it
 * implements, fragments included): then statements whose ids come from the database need no other property.
 */
export function statementKeysOnly(info: GraphQLResolveInfo): boolean {
  const cached = keysOnlyCache.get(info.operation);
  if (cached !== undefined) return cached;
  const statement = info.schema.getType('Statement');
  let keysOnly = true;
  const typeInfo = new TypeInfo(info.schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      if (!parent || KEY_FIELDS.has(node.name.value) || !isObjectType(statement)) return;
      if (parent === statement || (isAbstractType(parent) && info.schema.isSubType(parent, statement))) {
        keysOnly = false;
      }
    },
  });
  for (const node of [info.operation, ...Object.values(info.fragments)]) visit(node, visitor);
  keysOnlyCache.set(info.operation, keysOnly);
  return keysOnly;
}
