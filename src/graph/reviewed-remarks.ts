import { createHash } from 'node:crypto';
import { pairOneToOne } from './one-to-one.js';

/** A span of an article as the matcher reads it: offsets (null: an orphan's, no longer placed) and its text. */
export type RemarkSpan = { start: number | null; end: number | null; text: string };

/** A reviewed statement anchored in the article being imported, with its evidence there. */
export type ReviewedRemark = { id: string; spans: RemarkSpan[] };

/** An incoming statement of the import, by the id its extraction gave it. */
export type IncomingRemark = { id: string; evidence: RemarkSpan[] };

export type RemarkIdentity = {
  /** Incoming id -> the id it is written under, for every incoming statement whose id changes. */
  ids: Map<string, string>;
  /** Reviewed statements some incoming statement was matched to (the re-extraction still finds them). */
  matched: Set<string>;
};

// Shorter texts ("he said") recur in an article and say nothing about which remark a span holds.
const MIN_CONTAINED = 12;

/**
 * How surely two spans hold the same remark: the same text at the same place, the same text moved (the
 * article changed before it), or one text inside the other (an extractor that cuts the sentence otherwise).
 */
function spanScore(a: RemarkSpan, b: RemarkSpan): number {
  if (a.text === b.text) return a.start === b.start ? 3 : 2;
  const [short, long] = a.text.length <= b.text.length ? [a.text, b.text] : [b.text, a.text];
  return short.trim().length >= MIN_CONTAINED && long.includes(short) ? 1 : 0;
}

/** How far apart two statements' first spans are: among equal scores the nearer one is the same remark. */
function distance(a: RemarkSpan[], b: RemarkSpan[]): number {
  return Math.abs((a[0]?.start ?? 0) - (b[0]?.start ?? 0));
}

/** A deterministic id for an incoming statement whose extracted id a reviewed statement holds. */
function freshId(statement: IncomingRemark, taken: ReadonlySet<string>): string {
  const key = statement.evidence.map((s) => `${s.start}:${s.end}:${s.text}`).join('|');
  const hash = createHash('sha256').update(key).digest('hex');
  for (let length = 8; ; length++) {
    const id = `${statement.id}-${hash.slice(0, length)}`;
    if (!taken.has(id) || length >= hash.length) return id;
  }
}

/**
 * Which incoming statement of a re-extraction holds which reviewed remark. Statement ids are the extractor's
 * positions, so they cannot say it: a remark found before a reviewed one moves every later id. The evidence
 * can: an incoming statement takes the id of the reviewed statement whose evidence it shares (best score first,
 * then the nearer), each side at most once; an incoming statement that would land on a reviewed statement's id
 * without holding its remark gets an id of its own.
 */
export function matchReviewedRemarks(
  incoming: readonly IncomingRemark[],
  reviewed: readonly ReviewedRemark[],
): RemarkIdentity {
  const pairs: { from: string; to: string; score: number; distance: number }[] = [];
  for (const statement of incoming) {
    for (const remark of reviewed) {
      let score = 0;
      for (const a of statement.evidence)
        for (const b of remark.spans) score = Math.max(score, spanScore(a, b));
      if (score > 0) {
        pairs.push({
          from: statement.id,
          to: remark.id,
          score,
          distance: distance(statement.evidence, remark.spans),
        });
      }
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.distance - b.distance);
  const ids = pairOneToOne(pairs);
  const matched = new Set(ids.values());
  const reviewedIds = new Set(reviewed.map((r) => r.id));
  const taken = new Set([...incoming.map((s) => s.id), ...reviewedIds]);
  for (const statement of incoming) {
    if (ids.has(statement.id) || !reviewedIds.has(statement.id)) continue;
    const id = freshId(statement, taken);
    taken.add(id);
    ids.set(statement.id, id);
  }
  for (const [from, to] of ids) if (from === to) ids.delete(from);
  return { ids, matched };
}
