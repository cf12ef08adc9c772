import { AsyncLocalStorage } from 'node:async_hooks';

/** One named query a recorded operation ran. */
export type RecordedQuery = { name: string; ms: number; rows: number; dbHits?: number; error?: string };

/**
 * Collects the named queries one unit of work runs (a GraphQL operation, for the Cypher explain extension). The
 * executor reports to whichever recorder is active in the current async context, so concurrent requests never
 * see each other's queries and the executor needs no knowledge of requests or GraphQL.
 */
export class QueryRecorder {
  readonly queries: RecordedQuery[] = [];

  /** `profile`: run the queries with PROFILE and record their db hits (slower; development only). */
  constructor(readonly profile = false) {}

  record(query: RecordedQuery): void {
    this.queries.push(query);
  }
}

const active = new AsyncLocalStorage<QueryRecorder>();

/** Runs `work` with `recorder` receiving every query it runs, however deep in promises and loaders. */
export function recordQueries<T>(recorder: QueryRecorder, work: () => T): T {
  return active.run(recorder, work);
}

/** The recorder of the current async context, if any. */
export function activeRecorder(): QueryRecorder | undefined {
  return active.getStore();
}

/** Total db hits of a profiled plan (the driver's ProfiledPlan tree). */
export function sumDbHits(plan: { dbHits?: number; children?: unknown[] } | false | undefined): number {
  if (!plan) return 0;
  const children = (plan.children ?? []) as { dbHits?: number; children?: unknown[] }[];
  return (plan.dbHits ?? 0) + children.reduce((sum, child) => sum + sumDbHits(child), 0);
}
