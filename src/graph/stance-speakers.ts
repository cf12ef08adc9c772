import { type BackfillRun, runBackfill } from './backfill.js';
import type { QueryExecutor, TxRunner } from './executor.js';

/**
 * The speaker copy of stance edges (docs/model.md): each TAKES_POSITION carries its statement's speaker id and
 * its position's id, so that a speaker's statements on a position are found by the takes_position_speaker
 * index without walking a busy speaker's or a busy position's relationships (stance timelines).
 */

/** Statements per copy query: one query's rows and locks stay bounded on a large article. */
const COPY_SLICE = 2_000;

/** Brings the speaker copy of `ids`' stance edges up to date, in the caller's transaction; edges written. */
export async function copyStanceSpeakers(tx: TxRunner, ids: readonly string[]): Promise<number> {
  const unique = [...new Set(ids)];
  let updated = 0;
  for (let from = 0; from < unique.length; from += COPY_SLICE) {
    const [row] = await tx.run<{ updated: number }>('statement/copy-stance-speakers', {
      ids: unique.slice(from, from + COPY_SLICE),
    });
    updated += row?.updated ?? 0;
  }
  return updated;
}

export type SpeakerBackfillProgress = {
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
 * Gives the stance edges of a store written before they carried their speaker their copy: one pass over the
 * statements in id order (src/graph/backfill.ts runs it resumably, once).
 */
export async function backfillStanceSpeakers(
  executor: QueryExecutor,
  onProgress?: (progress: SpeakerBackfillProgress) => void,
  batchSize = BACKFILL_BATCH,
): Promise<SpeakerBackfillProgress> {
  const run = await runBackfill(
    executor,
    {
      marker: 'statement/get-speaker-backfill',
      setMarker: 'statement/set-speaker-backfill',
      batch: 'statement/copy-stance-speakers-batch',
    },
    async (tx, after) => {
      const [row] = await tx.run<{ ids: string[] }>('statement/copy-stance-speakers-batch', {
        after,
        limit: batchSize,
      });
      const ids = row?.ids ?? [];
      return { looked: ids.length, written: await copyStanceSpeakers(tx, ids), last: ids.at(-1) ?? null };
    },
    onProgress && ((run) => onProgress(speakerProgress(run))),
  );
  return speakerProgress(run);
}

const speakerProgress = (run: BackfillRun): SpeakerBackfillProgress => ({
  looked: run.looked,
  statements: run.total,
  updated: run.written,
  elapsedMs: run.elapsedMs,
  skipped: run.skipped,
});

/** Records that a store's copies are whole without looking (a store just written with them). */
export async function markStanceSpeakersWhole(executor: QueryExecutor): Promise<void> {
  await executor.transaction('write', 'statement/set-speaker-backfill', (tx) =>
    tx.run('statement/set-speaker-backfill', { after: '', complete: true }),
  );
}

/** One progress line of the backfill, as the server's log and the benchmark print it. */
export function speakerBackfillLine(p: SpeakerBackfillProgress): string {
  if (p.skipped) return 'stance speaker copies: whole';
  const share = p.statements > 0 ? ` (${Math.round((100 * p.looked) / p.statements)}%)` : '';
  const rate = p.elapsedMs > 0 ? Math.round(p.looked / (p.elapsedMs / 1000)) : 0;
  return (
    `stance speaker copies: ${p.looked.toLocaleString('en')}/${p.statements.toLocaleString('en')} statements` +
    `${share} looked at, ${p.updated.toLocaleString('en')} edges written, ${(p.elapsedMs / 1000).toFixed(1)}s ` +
    `(${rate.toLocaleString('en')} statements/s)`
  );
}
