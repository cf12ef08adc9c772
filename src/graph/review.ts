import { InvalidInputError, NotFoundError } from './errors.js';
import type { QueryExecutor, TxRunner } from './executor.js';
import { placeOrphanedSpans, type StoredSpan } from './orphaned-evidence.js';
import { PositionCountChanges } from './position-counts.js';
import {
  type Correction,
  type MachineVersion,
  normalized,
  type ReviewEntry,
  type ReviewState,
  reviewEntry,
} from './review-changes.js';
import type { ReviewedRemark } from './reviewed-remarks.js';
import { copyOntoStanceEdges } from './stance-copies.js';

type SubjectRow = {
  state: ReviewState;
  extractedBy: string | null;
  confidence: number | null;
  reviewStatus: string | null;
  reviewLog: string[];
  missingActors: string[];
  missingPositions: string[];
  missingOutlets: string[];
};

/** A statement's history as stored; an entry that does not parse is a bug, not the client's problem. */
export function parseReviewLog(log: readonly string[]): ReviewEntry[] {
  return log.map((entry) => JSON.parse(entry) as ReviewEntry);
}

/** The reviewed statements anchored in an article, with their evidence in it: what a re-import must match. */
export async function reviewedRemarks(tx: TxRunner, articleId: string): Promise<ReviewedRemark[]> {
  return tx.run<ReviewedRemark>('review/get-reviewed-remarks', { articleId });
}

/**
 * After an article's import, in its transaction: the reviewed statements it reports get back the state of
 * their last review, over whatever the machine annotation wrote. A re-extraction never overwrites a review.
 * `kept` are the reviewed statements the import matched, with the evidence it wrote for them; the others are
 * marked orphaned in this article, and their evidence there is placed in its new text (`articleText`).
 */
export async function keepReviewedStatements(
  tx: TxRunner,
  article: { id: string; text: string },
  kept: { id: string; evidence: string[] }[],
): Promise<number> {
  const rows = await tx.run<{ id: string; entry: string; orphanSpans: StoredSpan[] }>(
    'review/keep-reviewed-statements',
    { articleId: article.id, kept },
  );
  if (rows.length === 0) return 0;
  const states = rows.map((row) => ({ id: row.id, ...(JSON.parse(row.entry) as ReviewEntry).after }));
  await tx.run('review/set-reviewed-state', { states });
  await copyOntoStanceEdges(
    tx,
    states.map((s) => s.id),
  );
  const spans = placeOrphanedSpans(
    article.text,
    rows.flatMap((row) => row.orphanSpans),
  );
  if (spans.length > 0) await tx.run('review/place-orphaned-evidence', { spans });
  return rows.length;
}

/** Human review of extracted statements: corrections that keep the machine's version and say who made them. */
export class ReviewRepository {
  constructor(private readonly executor: QueryExecutor) {}

  /**
   * Applies a correction in one transaction: every id it names is checked first (BAD_USER_INPUT, nothing
   * written), then the statement's edges are rewritten and the review appended to its history.
   */
  async reviewStatement(id: string, correction: Correction, reviewer: string): Promise<ReviewEntry> {
    const actors = correction.speaker ? [correction.speaker] : [];
    const positions = [...new Set((correction.positions ?? []).map((p) => p.position))];
    const outlets = [
      ...new Set([
        ...(correction.originalMedium ? [correction.originalMedium] : []),
        ...(correction.citedVia ?? []),
      ]),
    ];
    return this.executor.transaction('write', 'review/review-statement', async (tx) => {
      const [subject] = await tx.run<SubjectRow>('review/lock-review-subject', {
        id,
        actors,
        positions,
        outlets,
      });
      if (!subject) throw new NotFoundError(`No statement with id "${id}"`);
      const unknown = [
        ...subject.missingActors.map((x) => `correction.speaker: no actor "${x}"`),
        ...subject.missingPositions.map((x) => `correction.positions: no position "${x}"`),
        ...subject.missingOutlets.map((x) => `correction.originalMedium/citedVia: no outlet "${x}"`),
      ];
      if (unknown.length > 0) throw new InvalidInputError(`Nothing was changed: ${unknown.join('; ')}`);
      const log = parseReviewLog(subject.reviewLog);
      const before = normalized(subject.state);
      const machine: MachineVersion = log[0]?.machine ?? {
        ...before,
        extractedBy: subject.extractedBy,
        confidence: subject.confidence,
      };
      const entry = reviewEntry({
        before,
        wasRejected: subject.reviewStatus === 'rejected',
        machine,
        correction,
        reviewer,
        reviewedAt: new Date().toISOString(),
      });
      const counts = new PositionCountChanges();
      await counts.before(tx, { ids: [id] });
      await tx.run('review/set-reviewed-state', { states: [{ id, ...entry.after }] });
      await counts.after(tx);
      await tx.run('review/record-review', {
        id,
        entry: JSON.stringify(entry),
        status: entry.status,
        reviewer,
        reviewedAt: entry.reviewedAt,
      });
      // After the status is recorded: a rejection is part of the stance copies.
      await copyOntoStanceEdges(tx, [id]);
      return entry;
    });
  }
}
