import { type BackfillRun, runBackfill } from './backfill.js';
import type { QueryExecutor, TxRunner } from './executor.js';

/**
 * Position counts (docs/model.md): per position and speech act, how many statements take the position, kept
 * at write time on `(:PositionCount)` nodes, so that a hub position's `totalCount` is one read instead of a
 * walk over all its stance edges. Every write that changes statements' stances or existence counts through
 * a PositionCountChanges in its own transaction, but the bulk loader, which adds the tallies its own batch
 * query returns (`addPositionCounts`); an article deletion also drops the counts of the positions it deletes.
 */

type Tally = { position: string; speechAct: string; statements: number };
type TallyRow = { ids: string[]; tallies: Tally[] };

const tallyKey = (position: string, speechAct: string) => `${position}\u0000${speechAct}`;

/**
 * The counts' share of one write: `before` reads what the statements the write may touch add to the counts
 * (locking them), `after` reads it again over the same statements and stores the difference, one update per
 * position and speech act, so that a write of many statements costs the counts two queries and a few rows.
 */
export class PositionCountChanges {
  private readonly looked = new Set<string>();
  private readonly tallied: Tally[] = [];

  /**
   * Reads the statements `articleId` reports and `ids` before the write changes them; statements already read
   * are skipped, so that it may be called again for statements the write only learns of later.
   */
  async before(tx: TxRunner, scope: { articleId?: string; ids?: readonly string[] }): Promise<void> {
    const ids = scope.ids ?? [];
    const [row] = await tx.run<TallyRow>('statement/get-position-tallies', {
      articleId: scope.articleId ?? null,
      ids,
      except: [...this.looked],
    });
    // Ids that name no statement yet are read afterwards too: the write may create them.
    for (const id of row?.ids ?? []) this.looked.add(id);
    for (const id of ids) this.looked.add(id);
    for (const tally of row?.tallies ?? []) this.tallied.push(tally);
  }

  /** Reads the same statements after the write and adds the difference to the stored counts. */
  async after(tx: TxRunner): Promise<void> {
    await tx.run('statement/apply-position-tallies', { ids: [...this.looked], before: this.tallied });
  }
}

/** Adds tallies (signed) to the stored counts in the caller's transaction; zero changes are not written. */
export async function addPositionCounts(tx: TxRunner, tallies: readonly Tally[]): Promise<void> {
  const changes = tallies
    .filter((t) => t.statements !== 0)
    .map((t) => ({ position: t.position, speechAct: t.speechAct, delta: t.statements }))
    .sort((a, b) => {
      const x = tallyKey(a.position, a.speechAct);
      const y = tallyKey(b.position, b.speechAct);
      return x < y ? -1 : x > y ? 1 : 0;
    });
  if (changes.length > 0) await tx.run('statement/add-position-counts', { changes });
}

export type CountBackfillProgress = {
  /** Positions recounted by this run, and in the store when it started. */
  recounted: number;
  positions: number;
  /** Stance statements counted. */
  statements: number;
  elapsedMs: number;
  /** The store's counts were already whole: nothing was recounted. */
  skipped: boolean;
};

/** Positions recounted per backfill transaction. */
const BACKFILL_BATCH = 20;

/**
 * Gives a store written before the counts were kept (or by neo4j-admin from CSV) its counts: one pass over the
 * positions in id order, each recounted from its stance edges (src/graph/backfill.ts runs it resumably, once).
 */
export async function backfillPositionCounts(
  executor: QueryExecutor,
  onProgress?: (progress: CountBackfillProgress) => void,
  batchSize = BACKFILL_BATCH,
): Promise<CountBackfillProgress> {
  const run = await runBackfill(
    executor,
    {
      marker: 'statement/get-count-backfill',
      setMarker: 'statement/set-count-backfill',
      batch: 'statement/recount-position-counts-batch',
    },
    async (tx, after) => {
      const [row] = await tx.run<{ ids: string[]; statements: number }>(
        'statement/recount-position-counts-batch',
        { after, limit: batchSize },
      );
      const ids = row?.ids ?? [];
      return { looked: ids.length, written: row?.statements ?? 0, last: ids.at(-1) ?? null };
    },
    onProgress && ((run) => onProgress(countProgress(run))),
  );
  return countProgress(run);
}

const countProgress = (run: BackfillRun): CountBackfillProgress => ({
  recounted: run.looked,
  positions: run.total,
  statements: run.written,
  elapsedMs: run.elapsedMs,
  skipped: run.skipped,
});

/** Records that a store's counts are whole without recounting (a store just written with them). */
export async function markPositionCountsWhole(executor: QueryExecutor): Promise<void> {
  await executor.transaction('write', 'statement/set-count-backfill', (tx) =>
    tx.run('statement/set-count-backfill', { after: '', complete: true }),
  );
}

/** One progress line of the backfill, as the server's log and the benchmark print it. */
export function countBackfillLine(p: CountBackfillProgress): string {
  if (p.skipped) return 'position counts: whole';
  const share = p.positions > 0 ? ` (${Math.round((100 * p.recounted) / p.positions)}%)` : '';
  return (
    `position counts: ${p.recounted.toLocaleString('en')}/${p.positions.toLocaleString('en')} positions` +
    `${share} recounted, ${p.statements.toLocaleString('en')} stance statements counted, ` +
    `${(p.elapsedMs / 1000).toFixed(1)}s`
  );
}
