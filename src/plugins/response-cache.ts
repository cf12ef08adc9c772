import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import { BOOKMARK_HEADER } from './bookmarks.js';
import { EXPLAIN_HEADER } from './cypher-explain.js';

export type ResponseCacheOptions = {
  /** How long an answer may be served from the cache; also bounds staleness after another process's write. */
  ttlMs: number;
  /** At most this many answers are kept (least recently used go first). */
  maxEntries: number;
};

/**
 * yoga's response cache for a read-mostly graph: query answers keyed by operation, variables and the caller's
 * scope, bounded in entries and time. Invalidation is by generation: every write transaction this process
 * commits starts a new generation, and the generation is part of the key, so no answer computed before a write
 * is served after it. Invalidating only the entities a write touched would not do here: an import changes
 * counts, lists and derived stances of answers that never mention its statements. Writes by other processes
 * (`npm run import`, a second server) are bounded by the TTL only.
 */
export function useCachedResponses(
  options: ResponseCacheOptions,
  deps: {
    /** Called after each committed write; returns the unsubscribe function. */
    onCommit: (listener: () => void) => () => void;
    /** The caller's scope (e.g. reader or writer): answers are never shared across scopes. */
    scope: (request: Request) => string;
  },
): Plugin {
  let generation = 0;
  deps.onCommit(() => {
    generation += 1;
  });
  return useResponseCache({
    session: (request) => `${deps.scope(request)}/${generation}`,
    cache: createInMemoryCache({ max: options.maxEntries }),
    ttl: options.ttlMs,
    // A client asking for its own writes, or for the cost of its queries, must get a fresh execution.
    enabled: (request) => !request.headers.has(BOOKMARK_HEADER) && !request.headers.has(EXPLAIN_HEADER),
    invalidateViaMutation: false,
    includeExtensionMetadata: false,
  });
}
