import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Causal consistency for one unit of work (a GraphQL operation) across server processes and cluster members.
 * Reads and writes wait until the database has applied the transactions named by `after` (bookmarks a client
 * got from an earlier write, possibly through another claimgraph process), and the bookmarks of the writes
 * made here are collected in `written` so that the client can pass them on. The executor consults whichever
 * context is active, so repositories and resolvers need no knowledge of bookmarks.
 */
export class CausalContext {
  written: string[] = [];

  constructor(readonly after: readonly string[]) {}
}

const active = new AsyncLocalStorage<CausalContext>();

/** Runs `work` with every query it runs waiting for `context.after` and reporting its writes to `context`. */
export function withCausalContext<T>(context: CausalContext, work: () => T): T {
  return active.run(context, work);
}

/** The causal context of the current async context, if any. */
export function activeCausalContext(): CausalContext | undefined {
  return active.getStore();
}
