import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { UnauthenticatedError } from './auth.js';
import type { StatementParts } from './graph/statement.js';
import { decodeGlobalId, encodeGlobalId } from './ids.js';
import type { Extract } from './ingest/ingest-text.js';
import { costError, fieldCost, MAX_QUERY_COST } from './plugins/query-cost.js';
import type { TextLedger } from './plugins/text-budget.js';
import type { Repositories } from './repositories.js';

/** What every resolver sees: the data layer and what the caller may do (loaders live on it too: plugin-dataloader). */
export type Context = {
  repos: Repositories;
  /** canRead is false only when READS_REQUIRE_KEY is set and the request has no valid key; keyName names the key. */
  auth: { canWrite: boolean; canRead: boolean; keyName?: string | null };
  /** The relations of statements this request's operation shows: statements load only those. */
  statementParts: StatementParts;
  /** Whether this request's operation shows nothing of a statement but its id: statements need no properties. */
  statementKeysOnly: boolean;
  /** Text to annotated article, off the main thread (the app's extraction pool). */
  extract: Extract;
  /** This request's share of the article-text budget: texts are reserved by length before they load. */
  textLedger: TextLedger;
  /** Aborts when the request's client goes away: long-lived operations (subscriptions) end on it. */
  signal: AbortSignal;
};

/**
 * The one SchemaBuilder. Types live in src/schema/, one file per domain type; this file only configures the
 * builder, its plugins and the root types the type files extend.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  /** Reads are public unless READS_REQUIRE_KEY; writes always need a key. */
  AuthScopes: { reader: boolean; writer: boolean };
  DefaultFieldNullability: false;
  Scalars: { JSON: { Input: unknown; Output: unknown } };
}>({
  // Scope auth first: no other plugin's wrapper (a loader, a cost check) runs for a caller it refuses.
  plugins: [ScopeAuthPlugin, RelayPlugin, DataloaderPlugin, ComplexityPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({ reader: ctx.auth.canRead, writer: ctx.auth.canWrite }),
    // Subscriptions are reads: refused when they start, not at their first event.
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, _ctx, info) =>
      new UnauthenticatedError(
        info.parentType.name === 'Mutation'
          ? 'This mutation needs an API key: send "Authorization: Bearer <key>"'
          : 'Reading this API needs an API key: send "Authorization: Bearer <key>"',
      ),
  },
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
  authScopes: { reader: true },
});
builder.mutationType({
  description: 'Change the graph. Every mutation needs an API key (Authorization: Bearer <key>).',
  authScopes: { writer: true },
});
