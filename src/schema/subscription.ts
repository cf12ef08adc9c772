import { builder } from '../builder.js';
import { ArticleRef, StatementRef } from './refs.js';
import { StatementFilterInput, statementPageRequest } from './statement-filter.js';

/**
 * Each item of `source` turned into several (none, one or more), in order. `return()` is passed on at once, so a
 * subscriber that leaves while waiting for the next import stops listening then, not after that import.
 */
function flatMap<T, U>(source: AsyncIterableIterator<T>, expand: (item: T) => Promise<U[]>) {
  const ready: U[] = [];
  const iterator: AsyncIterableIterator<U> = {
    async next() {
      while (ready.length === 0) {
        const item = await source.next();
        if (item.done) return { done: true, value: undefined };
        ready.push(...(await expand(item.value)));
      }
      return { done: false, value: ready.shift() as U };
    },
    async return() {
      ready.length = 0;
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

builder.subscriptionType({
  description:
    'The live feed (GraphQL over Server-Sent Events: send the operation with `Accept: text/event-stream`). ' +
    'Events are published after an import commits, never for one that failed or rolled back.',
  authScopes: { reader: true },
});

builder.subscriptionField('articleImported', (t) =>
  t.field({
    type: ArticleRef,
    description:
      'Each article as its import commits (new or changed; an unchanged re-import is not announced). ' +
      'SERVICE_UNAVAILABLE when the feed has its maximum of subscribers; SLOW_SUBSCRIBER ends a subscription ' +
      'that fell too far behind.',
    subscribe: (_root, _args, ctx) => ctx.repos.feed.subscribe(ctx.signal),
    resolve: (event) => event.articleId,
  }),
);

builder.subscriptionField('statementAdded', (t) =>
  t.field({
    type: StatementRef,
    description:
      'Each statement an import wrote, after the import commits, one event per statement; with `filter`, only ' +
      'the ones it matches (as `statements(filter:)` would). Limits as for `articleImported`.',
    args: {
      filter: t.arg({ type: StatementFilterInput, description: 'Only statements matching this filter.' }),
    },
    subscribe: (_root, args, ctx) => {
      const { filter } = statementPageRequest(args.filter, null, { first: 0, after: null, withCount: false });
      const imports = ctx.repos.feed.subscribe(ctx.signal);
      return flatMap(imports, async (event) => {
        const matched = await ctx.repos.exports.statementPage(
          { ...filter, ids: event.statementIds },
          null,
          event.statementIds.length,
        );
        return matched.map((statement) => statement.id);
      });
    },
    resolve: (id) => id,
  }),
);
