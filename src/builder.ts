import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin, { clearAllDataLoaders } from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import { InvalidInputError } from './graph/errors.js';
import type { Loaders } from './graph/loaders.js';
import type { StatementParts } from './graph/statement.js';
import type { Extract } from './ingest/ingest-text.js';
import { costError, fieldCost, MAX_QUERY_COST } from './plugins/query-cost.js';
import type { TextLedger } from './plugins/text-budget.js';
import type { Repositories } from './repositories.js';

/** What every resolver sees: the data layer, this request's loaders and what the caller may do. */
export type Context = {
  repos: Repositories;
  loaders: Loaders;
  /** canRead is false only when READS_REQUIRE_KEY is set and the request has no valid key; keyName names the key. */
  auth: { canWrite: boolean; canRead: boolean; keyName?: string | null };
  /** The relations of statements this request's operation shows: statements load only those. */
  statementParts: StatementParts;
  /** Text to annotated article, off the main thread (the app's extraction pool). */
  extract: Extract;
  /** This request's share of the article-text budget: texts are reserved by length before they load. */
  textLedger: TextLedger;
};

/**
 * Forgets everything this request has loaded, after a write: Pothos' own node loaders (kept on the context by
 * plugin-dataloader) as well as the hand-built ones, so that later fields of the same operation read the new
 * state.
 */
export function forgetLoaded(ctx: Context): void {
  clearAllDataLoaders(ctx);
  ctx.loaders.clearAll();
}

/**
 * Global ids read as `<Type>:<id>` (`Actor:dmitry-peskov`): stable, debuggable, and still opaque to clients
 * that treat them as strings. Domain ids may contain colons, so only the first one separates.
 */
export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return `${typename}:${id}`;
}

const NODE_TYPES = new Set(['Actor', 'Statement', 'Position', 'Outlet', 'Article', 'Event']);

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const colon = globalId.indexOf(':');
  const typename = colon > 0 ? globalId.slice(0, colon) : '';
  const id = globalId.slice(colon + 1);
  if (!NODE_TYPES.has(typename) || id === '') {
    throw new InvalidInputError(
      `"${globalId.slice(0, 80)}" is not a global id: expected <Type>:<id> with Type one of ${[...NODE_TYPES].join(', ')}`,
    );
  }
  return { typename, id };
}

/**
 * The one SchemaBuilder. Types live in src/schema/, one file per domain type; this file only configures the
 * builder, its plugins and the root types the type files extend.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: { JSON: { Input: unknown; Output: unknown } };
}>({
  plugins: [RelayPlugin, DataloaderPlugin, ComplexityPlugin],
  complexity: {
    fieldComplexity: fieldCost,
    limit: { complexity: MAX_QUERY_COST, depth: 1_000, breadth: 100_000 },
    complexityError: costError,
  },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    nodeTypeOptions: {
      description: 'Anything with a global id: Actor, Statement, Position, Outlet, Article, Event.',
    },
    nodeQueryOptions: {
      description: 'Any node by its global id (`Actor:dmitry-peskov`); null when there is none.',
      args: { id: { description: 'A global id such as `Outlet:cnn`.' } },
    },
    nodesQueryOptions: {
      description: 'Several nodes by global id, in the order asked; null where there is none.',
      args: { ids: { description: 'Global ids such as `Actor:russia`.' } },
    },
    idFieldOptions: { description: 'Global id: `<Type>:<id>`, e.g. `Actor:dmitry-peskov`.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its list (keyset pagination).' },
    hasNextPageFieldOptions: { description: 'Whether another page follows this one.' },
    hasPreviousPageFieldOptions: { description: 'Always false: lists page forward only, with `after`.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item; pass it as `after` for the next page.' },
    cursorFieldOptions: { description: 'Opaque keyset cursor of this item.' },
    nodeFieldOptions: { description: 'The item.' },
    edgesFieldOptions: { description: 'The items of this page with their cursors.' },
    pageInfoFieldOptions: { description: 'Paging information.' },
    firstArgOptions: { description: 'How many items (0–100, default 20).' },
    afterArgOptions: { description: 'Start after this cursor (an endCursor of a previous page).' },
    beforeArgOptions: { description: 'Not supported: lists page forward only.' },
    lastArgOptions: { description: 'Not supported: lists page forward only.' },
    defaultConnectionTypeOptions: { description: 'A page of a list.' },
    defaultEdgeTypeOptions: { description: 'An item of a page with its cursor.' },
  },
});

builder.queryType({
  description: 'Read the claimgraph knowledge graph: who said what, on which issue, through whom.',
});
builder.mutationType({
  description: 'Change the graph. Every mutation needs an API key (Authorization: Bearer <key>).',
});
