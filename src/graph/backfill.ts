import type { QueryExecutor, TxRunner } from './executor.js';

/** What one batch of a backfill did: items looked at, rows written, and the last item's id (null: none left). */
export type BackfillStep = { looked: number; written: number; last: string | null };

export type BackfillRun = {
  /** Items looked at by this run, and in the store when it started. */
  looked: number;
  total: number;
  written: number;
  elapsedMs: number;
  /** The store was already whole: nothing was looked at. */
  skipped: boolean;
};

/** The least time between two progress reports. */
const PROGRESS_EVERY_MS = 5_000;

/**
 * The loop of a resumable backfill (the stance copies, the position counts): its marker says whether the store
 * is whole and else after which id to go on; each batch is one write transaction that also moves the marker
 * (`step` runs the batch and `setMarker` in it), so an interrupted backfill resumes there, and the last one
 * marks the store whole, so that a restart reads one node. Runs at start, before the server takes writes: its
 * batches read what they recount without locks, so a process writing beside it (another one started at the
 * same time on a store not yet whole) could have its changes overwritten.
 */
export async function runBackfill(
  executor: QueryExecutor,
  queries: { marker: string; setMarker: string; batch: string },
  step: (tx: TxRunner, after: string) => Promise<BackfillStep>,
  onProgress?: (run: BackfillRun) => void,
): Promise<BackfillRun> {
  const started = performance.now();
  const [marker] = await executor.transaction('read', queries.marker, (tx) =>
    tx.run<{ complete: boolean; after: string; total: number }>(queries.marker),
  );
  const run: BackfillRun = {
    looked: 0,
    total: marker?.total ?? 0,
    written: 0,
    elapsedMs: 0,
    skipped: marker?.complete === true,
  };
  let after = marker?.after ?? '';
  let reported = 0;
  while (!run.skipped) {
    const batch = await executor.transaction('write', queries.batch, async (tx) => {
      const done = await step(tx, after);
      await tx.run(queries.setMarker, { after: done.last ?? after, complete: done.last === null });
      return done;
    });
    run.looked += batch.looked;
    run.written += batch.written;
    run.elapsedMs = performance.now() - started;
    if (batch.last === null) break;
    after = batch.last;
    if (run.elapsedMs - reported >= PROGRESS_EVERY_MS) {
      reported = run.elapsedMs;
      onProgress?.(run);
    }
  }
  run.elapsedMs = performance.now() - started;
  return run;
}
