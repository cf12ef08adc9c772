import { type BackfillRun, runBackfill } from './backfill.js';
import type { QueryExecutor, TxRunner } from './executor.js';

/**
 * The stance copies (docs/model.md): each TAKES_POSITION carries its statement's speaker id, its position's id,
 * the statement's date with its precision and whether a review rejected it, so that a speaker's statements on a
 * position are found by the takes_position_speaker index, and counted and placed in periods, without walking a
 * busy speaker's or a busy position's relationships or reading the statements (stance timelines).
 */

/** Statements per copy query: one query's rows and locks stay bounded on a large article. */
const COPY_SLICE = 2_000;

/** Brings the stance copies of `ids`' stance edges up to date, in the caller's transaction; edges written. */
export async function copyOntoStanceEdges(tx: TxRunner, ids: readonly string[]): Promise<number> {
  const unique = [...new Set(ids)];
  let updated = 0;
  for (let from = 0; from < unique.length; from += COPY_SLICE) {
    const [row] = await tx.run<{ updated: number }>('statement/copy-onto-stance-edges', {
      ids: unique.slice(from, from + COPY_SLICE),
    });
    updated += row?.updated ?? 0;
  }
  return updated;
}

export type CopiesBackfillProgress = {
  /** Statements looked at by this run, and in the store when it started. */
  looked: number;
  statements: number;
  /** Stance edges written. */
  updated: number;
  elapsedMs: number;
  /** The store's copies were already whole: nothing was looked at. */
  skipped: boolean;
};

/** Statements looked at per backfill transaction. */
const BACKFILL_BATCH = 10_000;

/**
 * Gives the stance edges of a store written before they carried their copies those copies: one pass over the
 * statements in id order (src/graph/backfill.ts runs it resumably, once).
 */
export async function backfillStanceCopies(
  executor: QueryExecutor,
  onProgress?: (progress: CopiesBackfillProgress) => void,
  batchSize = BACKFILL_BATCH,
): Promise<CopiesBackfillProgress> {
  const run = await runBackfill(
    executor,
    {
      marker: 'statement/get-stance-copies-backfill',
      setMarker: 'statement/set-stance-copies-backfill',
      batch: 'statement/stance-copies-batch',
    },
    async (tx, after) => {
      const [row] = await tx.run<{ ids: string[] }>('statement/stance-copies-batch', {
        after,
        limit: batchSize,
      });
      const ids = row?.ids ?? [];
      return { looked: ids.length, written: await copyOntoStanceEdges(tx, ids), last: ids.at(-1) ?? null };
    },
    onProgress && ((run) => onProgress(copiesProgress(run))),
  );
  return copiesProgress(run);
}

const copiesProgress = (run: BackfillRun): CopiesBackfillProgress => ({
  looked: run.looked,
  statements: run.total,
  updated: run.written,
  elapsedMs: run.elapsedMs,
  skipped: run.skipped,
});

/** Records that a store's copies are whole without looking (a store just written with them). */
export async function markStanceCopiesWhole(executor: QueryExecutor): Promise<void> {
  await executor.transaction('write', 'statement/set-stance-copies-backfill', (tx) =>
    tx.run('statement/set-stance-copies-backfill', { after: '', complete: true }),
  );
}

/** One progress line of the backfill, as the server's log and the benchmark print it. */
export function copiesBackfillLine(p: CopiesBackfillProgress): string {
  if (p.skipped) return 'stance copies: whole';
  const share = p.statements > 0 ? ` (${Math.round((100 * p.looked) / p.statements)}%)` : '';
  const rate = p.elapsedMs > 0 ? Math.round(p.looked / (p.elapsedMs / 1000)) : 0;
  return (
    `stance copies: ${p.looked.toLocaleString('en')}/${p.statements.toLocaleString('en')} statements` +
    `${share} looked at, ${p.updated.toLocaleString('en')} edges written, ${(p.elapsedMs / 1000).toFixed(1)}s ` +
    `(${rate.toLocaleString('en')} statements/s)`
  );
}
