import { daysBetween, weekStart } from './analysis-periods.js';

/**
 * When statements contradict one another, and how strongly. Pure rules over rows the analysis queries read;
 * every score is in [0, 1], 1 the strongest.
 *
 * - Stances have a direction: supports, demands and justifies are for a position; opposes and dismisses are
 *   against it; warns and neutral take no side and never contradict anything.
 * - Time: two opposite stances contradict more the closer they are, 1 / (1 + days apart / 7) (same day 1, a week
 *   apart 0.5); an unknown date counts as 0.5.
 */

export const CONTRADICTION_KINDS = [
  'stance_change',
  'both_stances_in_period',
  'quote_variant',
  'speaker_variant',
  'ally_disagreement',
] as const;
export type ContradictionKind = (typeof CONTRADICTION_KINDS)[number];

export type SpanModel = { articleId: string; start: number; end: number; text: string };

export type ContradictionSideModel = {
  statementId: string;
  speakerId: string | null;
  positionId: string | null;
  stance: string | null;
  /** YYYY-MM-DD, or null when unknown. */
  statedOn: string | null;
  /** The one report this side stands for (quote variants), or null for the statement as a whole. */
  articleId: string | null;
  /** The spans of this side; null: all spans of the statement. */
  evidence: SpanModel[] | null;
  /** The words this side's report puts in quotation marks, when it has any. */
  quotedText: string | null;
};

export type ContradictionModel = {
  kind: ContradictionKind;
  score: number;
  reason: string;
  left: ContradictionSideModel;
  right: ContradictionSideModel;
};

const FOR = new Set(['supports', 'demands', 'justifies']);
const AGAINST = new Set(['opposes', 'dismisses']);

/** +1 for, -1 against, 0 for stances that take no side. */
export function direction(stance: string): number {
  return FOR.has(stance) ? 1 : AGAINST.has(stance) ? -1 : 0;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The closeness factor of two dates (see the rules above). */
export function closeness(a: string | null, b: string | null): number {
  if (!a || !b) return 0.5;
  return 1 / (1 + Math.abs(daysBetween(a, b)) / 7);
}

const side = (
  s: { statementId: string; speakerId: string | null; positionId?: string | null; stance?: string | null },
  statedOn: string | null,
): ContradictionSideModel => ({
  statementId: s.statementId,
  speakerId: s.speakerId,
  positionId: s.positionId ?? null,
  stance: s.stance ?? null,
  statedOn,
  articleId: null,
  evidence: null,
  quotedText: null,
});

export type SequenceRow = {
  speakerId: string;
  positionId: string;
  stance: string;
  statementId: string;
  statedOn: string;
};

/**
 * Each time a speaker's stance on a position turns around (for → against or back) between two consecutive
 * day-dated statements that take a side: `both_stances_in_period` when both fall in one ISO week, else
 * `stance_change`. Rows must come ordered by speaker, position, date.
 */
export function stanceChanges(rows: readonly SequenceRow[]): ContradictionModel[] {
  const found: ContradictionModel[] = [];
  const last = new Map<string, SequenceRow>();
  for (const row of rows) {
    const dir = direction(row.stance);
    if (dir === 0) continue;
    const key = `${row.speakerId}|${row.positionId}`;
    const before = last.get(key);
    last.set(key, row);
    if (!before || direction(before.stance) === dir) continue;
    const samePeriod = weekStart(before.statedOn) === weekStart(row.statedOn);
    const days = daysBetween(before.statedOn, row.statedOn);
    found.push({
      kind: samePeriod ? 'both_stances_in_period' : 'stance_change',
      score: round(closeness(before.statedOn, row.statedOn)),
      reason: samePeriod
        ? `${before.stance} and ${row.stance} within the week of ${weekStart(row.statedOn)}`
        : `${before.stance} on ${before.statedOn}, ${row.stance} ${days} days later`,
      left: side(before, before.statedOn),
      right: side(row, row.statedOn),
    });
  }
  return found;
}

export type AllyRow = {
  speakerId: string;
  allyId: string;
  hops: number;
  positionId: string;
  stance: string;
  statementId: string;
  statedOn: string | null;
  allyStance: string;
  allyStatementId: string;
  allyStatedOn: string | null;
};

/**
 * Allies (actors linked by part_of, spokesperson_for or member_of, directly or through one shared actor) taking
 * opposite stances on a position: per pair of allies and position, the pair of statements closest in time.
 * Score: closeness, halved when the allies are linked only through a shared actor.
 */
export function allyDisagreements(rows: readonly AllyRow[]): ContradictionModel[] {
  const best = new Map<string, ContradictionModel>();
  for (const r of rows) {
    if (direction(r.stance) * direction(r.allyStance) >= 0) continue;
    // Each pair once, whichever of the two the query started from.
    const flip = r.speakerId > r.allyId;
    const mine = {
      statementId: r.statementId,
      speakerId: r.speakerId,
      positionId: r.positionId,
      stance: r.stance,
      statedOn: r.statedOn,
    };
    const ally = {
      statementId: r.allyStatementId,
      speakerId: r.allyId,
      positionId: r.positionId,
      stance: r.allyStance,
      statedOn: r.allyStatedOn,
    };
    const a = flip ? ally : mine;
    const b = flip ? mine : ally;
    const score = round(closeness(a.statedOn, b.statedOn) / r.hops);
    const key = `${a.speakerId}|${b.speakerId}|${r.positionId}`;
    const kept = best.get(key);
    if (kept && (kept.score > score || (kept.score === score && kept.left.statementId <= a.statementId)))
      continue;
    best.set(key, {
      kind: 'ally_disagreement',
      score,
      reason: `${a.speakerId} ${a.stance}, its ally ${b.speakerId} ${b.stance} (${r.hops === 1 ? 'directly linked' : 'linked through a shared actor'})`,
      left: side(a, a.statedOn),
      right: side(b, b.statedOn),
    });
  }
  return [...best.values()];
}

/** Lowercase words, punctuation and spacing ignored: how quotes are compared. */
export function quoteWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const joined = (text: string) => quoteWords(text).join(' ');

/** The parts of a span inside quotation marks ("…", “…” or «…»), joined; null when there is none. */
export function quotedParts(text: string): string | null {
  const parts = [...text.matchAll(/["“«]([^"”»]+)["”»]/g)].map((m) => (m[1] ?? '').trim());
  return parts.length > 0 ? parts.join(' … ') : null;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const x = new Set(a);
  const y = new Set(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

export type ReportVariantRow = {
  statementId: string;
  speakerId: string;
  quote: string;
  reports: { articleId: string; publishedOn: string | null; evidence: SpanModel[] }[];
};

/**
 * Reports of one statement that do not carry its quote: the statement keeps the wording of its first report,
 * and a later article whose spans do not contain that quote (compared word by word) quotes the remark
 * differently, a possible misquote. One contradiction per such report, against the first report that does carry
 * the quote; the score is how different the words are (1 - Jaccard similarity of the two quotes' words).
 */
export function quoteVariants(rows: readonly ReportVariantRow[]): ContradictionModel[] {
  const found: ContradictionModel[] = [];
  for (const row of rows) {
    const quote = joined(row.quote);
    const carries = (r: ReportVariantRow['reports'][number]) =>
      r.evidence.some((span) => joined(span.text).includes(quote));
    const faithful = row.reports.find(carries);
    if (!faithful) continue;
    for (const report of row.reports) {
      if (carries(report)) continue;
      const text = report.evidence.map((span) => span.text).join(' ');
      const quoted = quotedParts(text);
      const score = round(1 - jaccard(quoteWords(row.quote), quoteWords(quoted ?? text)));
      const reportSide = (r: typeof report, quotedText: string | null): ContradictionSideModel => ({
        ...side({ statementId: row.statementId, speakerId: row.speakerId }, null),
        articleId: r.articleId,
        evidence: r.evidence,
        quotedText,
      });
      found.push({
        kind: 'quote_variant',
        score,
        reason: `${report.articleId} quotes the remark in other words than ${faithful.articleId}`,
        left: reportSide(faithful, row.quote),
        right: reportSide(report, quoted),
      });
    }
  }
  return found;
}

export type SpeakerVariantRow = {
  statementId: string;
  speakerId: string;
  quote: string;
  statedOn: string;
  otherId: string;
  otherSpeakerId: string;
  otherQuote: string;
  otherStatedOn: string;
};

/** The shortest quote, in words, that may count as contained in another. */
const MIN_CONTAINED_WORDS = 4;

/**
 * The same quoted words given to two different speakers (within a day of each other, on a shared position):
 * equal quotes score 1, one inside the other (of at least four words) 0.9, otherwise the Jaccard similarity of
 * their words when it reaches 0.6.
 */
export function speakerVariants(rows: readonly SpeakerVariantRow[]): ContradictionModel[] {
  const found = new Map<string, ContradictionModel>();
  for (const r of rows) {
    const [a, b] = [joined(r.quote), joined(r.otherQuote)];
    const shorter = a.length <= b.length ? a : b;
    const score =
      a === b
        ? 1
        : (a.includes(b) || b.includes(a)) && shorter.split(' ').length >= MIN_CONTAINED_WORDS
          ? 0.9
          : round(jaccard(quoteWords(r.quote), quoteWords(r.otherQuote)));
    if (score < 0.6) continue;
    const [left, right] =
      r.statementId < r.otherId
        ? [
            { id: r.statementId, speakerId: r.speakerId, quote: r.quote, on: r.statedOn },
            { id: r.otherId, speakerId: r.otherSpeakerId, quote: r.otherQuote, on: r.otherStatedOn },
          ]
        : [
            { id: r.otherId, speakerId: r.otherSpeakerId, quote: r.otherQuote, on: r.otherStatedOn },
            { id: r.statementId, speakerId: r.speakerId, quote: r.quote, on: r.statedOn },
          ];
    found.set(`${left.id}|${right.id}`, {
      kind: 'speaker_variant',
      score,
      reason: `the same words are given to ${left.speakerId} and to ${right.speakerId}`,
      left: { ...side({ statementId: left.id, speakerId: left.speakerId }, left.on), quotedText: left.quote },
      right: {
        ...side({ statementId: right.id, speakerId: right.speakerId }, right.on),
        quotedText: right.quote,
      },
    });
  }
  return [...found.values()];
}

/** Strongest first; ties by kind and statement ids, so the order is stable. */
export function rankContradictions(list: readonly ContradictionModel[]): ContradictionModel[] {
  return [...list].sort(
    (x, y) =>
      y.score - x.score ||
      x.kind.localeCompare(y.kind) ||
      x.left.statementId.localeCompare(y.left.statementId) ||
      x.right.statementId.localeCompare(y.right.statementId),
  );
}
