import {
  type DocumentNode,
  type GraphQLSchema,
  isAbstractType,
  isObjectType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { ALL_STATEMENT_PARTS, type StatementParts } from '../graph/statement.js';

/** What a request's operation shows of statements, which all its statement loaders share. */
export type StatementShape = {
  /**
   * The relations of statements the document can show, from the fields it selects on Statement anywhere
   * (every operation, inline fragments and named fragments included).
   */
  parts: Readonly<StatementParts>;
  /**
   * Whether the operation selects nothing of a statement but its id, anywhere (on Statement or on an interface it
   * implements, its document's fragments included): then statements whose ids come from the database need no
   * other property.
   */
  keysOnly: boolean;
};

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

/** The Statement fields that a statement's id alone answers. */
const KEY_FIELDS = new Set(['id', 'key', '__typename']);

const NONE: Readonly<StatementParts> = {
  speaker: false,
  outlets: false,
  positions: false,
  mentions: false,
  events: false,
  evidence: false,
  reports: false,
};

/** Everything, for a document that does not parse or an operation it does not hold: it fails before loading. */
const EVERYTHING: StatementShape = { parts: ALL_STATEMENT_PARTS, keysOnly: false };

/** One walk's findings on a document; a request picks its operation's share. */
type DocumentShape = {
  parts: Readonly<StatementParts>;
  /** Whether any fragment selects more of a statement than its id. */
  fragmentsShowMore: boolean;
  /** Per operation (by name; '' for an anonymous one), whether it selects more of a statement than its id. */
  operationsShowMore: ReadonlyMap<string, boolean>;
};

// Clients send a handful of distinct documents over and over; past this many the cache starts afresh.
const CACHE_SIZE = 1_000;
const cache = new Map<string, DocumentShape | null>();

/**
 * What the operation `operationName` of `query` shows of statements: one answer for the whole request, worked
 * out in one walk of the document the first time the document is seen.
 */
export function statementShapeOf(
  schema: GraphQLSchema,
  query: string | undefined,
  operationName?: string | null,
): StatementShape {
  if (!query) return EVERYTHING;
  let shape = cache.get(query);
  if (shape === undefined) {
    shape = documentShapeOf(schema, query);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(query, shape);
  }
  if (!shape) return EVERYTHING;
  const operations = shape.operationsShowMore;
  // Without a name a document must hold a single operation, as graphql-js runs it.
  const showsMore =
    operationName == null
      ? operations.size === 1
        ? operations.values().next().value
        : undefined
      : operations.get(operationName);
  if (showsMore === undefined) return EVERYTHING;
  return { parts: shape.parts, keysOnly: !showsMore && !shape.fragmentsShowMore };
}

/** Walks a document once for both answers; null when it does not parse. */
function documentShapeOf(schema: GraphQLSchema, query: string): DocumentShape | null {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return null;
  }
  const statement = schema.getType('Statement');
  if (!isObjectType(statement)) return null;
  const parts: StatementParts = { ...NONE };
  const operationsShowMore = new Map<string, boolean>();
  let fragmentsShowMore = false;
  // The operation being walked; null inside a fragment definition.
  let operation: string | null = null;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        operation = node.name?.value ?? '';
        operationsShowMore.set(operation, operationsShowMore.get(operation) ?? false);
      },
      FragmentDefinition() {
        operation = null;
      },
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent) return;
        const name = node.name.value;
        const onStatement = parent === statement;
        const part = FIELD_PARTS[name];
        if (part && onStatement) parts[part] = true;
        if (KEY_FIELDS.has(name)) return;
        if (onStatement || (isAbstractType(parent) && schema.isSubType(parent, statement))) {
          if (operation === null) fragmentsShowMore = true;
          else operationsShowMore.set(operation, true);
        }
      },
    }),
  );
  return { parts, fragmentsShowMore, operationsShowMore };
}
