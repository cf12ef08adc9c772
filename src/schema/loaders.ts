import { dataloaderGetter } from '@pothos/plugin-dataloader';
import type DataLoader from 'dataloader';
import type { Options } from 'dataloader';
import type { Context } from '../builder.js';
import type { ActorDetailsModel } from '../graph/actor.js';
import type { StatementPage, StatementPageRequest } from '../graph/statement.js';

/**
 * The per-request loaders no single field owns (fields with a loader of their own use `t.loadable`): made by
 * plugin-dataloader, so they live on the request's context and `clearAllDataLoaders` forgets them after a write.
 */
function requestLoader<K, V, C = K>(
  load: (keys: K[], ctx: Context) => Promise<readonly V[]>,
  options?: Options<K, V, C>,
): (ctx: Context) => DataLoader<K, V, C> {
  // plugin-dataloader types every context as `object`; these loaders only ever see the app's.
  return dataloaderGetter<K, V, C>(options, (keys, ctx) => load(keys, ctx as Context), undefined, undefined);
}

/** Pages of statements, however many parents ask: one query per nesting level. */
export const statementPages = requestLoader<StatementPageRequest, StatementPage, string>(
  (requests, ctx) => ctx.repos.statements.findStatements(requests, ctx.statementParts),
  { cacheKeyFn: (request) => JSON.stringify(request) },
);

/** An actor's aliases and affiliations, read together: both fields share one query. */
export const actorDetails = requestLoader<string, ActorDetailsModel>((ids, ctx) =>
  ctx.repos.actors.getActorDetails(ids),
);
