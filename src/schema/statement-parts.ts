import { type GraphQLSchema, parse, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
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
