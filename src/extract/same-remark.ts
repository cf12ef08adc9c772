import type { FuzzyDate } from '../ingest/format.js';

/**
 * The same-remark rule: does a newly extracted statement report the same remark as a statement already in the
 * graph (the same words of the same person, re-reported by another outlet), so that the new article's report
 * is a further report of that statement? The rule, in order:
 *
 * 1. Speaker: both have a speaker and it is the same actor id. The article's own assertions (speaker null)
 *    are each outlet's own reporting and never match one another.
 * 2. Date: where both statements have `statedOn`, the dates must overlap: equal at the coarser of the two
 *    precisions ("2022-01" overlaps "2022-01-16"), with `dayTolerance` days of slack between two days
 *    (a remark broadcast late at night is often dated the next day elsewhere). An unknown date never rules
 *    a candidate out.
 * 3. Content: equal direct quotes (after normalising case, punctuation and spacing), or one quote inside
 *    the other when the shorter has at least `minQuoteWords` words, decide at once (score 1). Otherwise the
 *    score is the Jaccard similarity of the content words (lowercase, without function words, plural and
 *    verb endings stripped) of text and quote together, plus `positionBonus` when the two share a position
 *    with the same stance; the remark is the same when the score reaches `threshold`.
 */

export type RemarkRecord = {
  id?: string;
  speaker: string | null;
  text: string;
  quote?: string | null;
  statedOn?: FuzzyDate | null;
  positions?: readonly { position: string; stance: string }[];
};

export type RemarkMatchOptions = {
  threshold: number;
  positionBonus: number;
  minQuoteWords: number;
  dayTolerance: number;
};

export const DEFAULT_REMARK_MATCH: RemarkMatchOptions = {
  threshold: 0.35,
  positionBonus: 0.15,
  minQuoteWords: 4,
  dayTolerance: 1,
};

export type RemarkMatch = { same: boolean; score: number; reason: string };

const FUNCTION_WORDS = new Set(
  "a an the and or but if of to in on at by for from with as that this these those it its it's is are was were be been being has have had do does did will would can could should may might must shall not no than then so such their there they them he she his her him we our us you your i my me which who whom whose what when where while about into over under after before between also very more most some any all each other said says say told tells stated added according".split(
    ' ',
  ),
);

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w));
  return new Set(words.map(stem));
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

const normaliseQuote = (q: string) =>
  q
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

type RemarkText = { words: Set<string>; quote: string };

// One import compares every incoming statement with every candidate of its speaker (many on a large graph):
// each record's words are worked out once, not once per pair, or the pairs held the event loop far too long.
// Records are not changed once built, so a cache keyed by the record itself stays right.
const prepared = new WeakMap<RemarkRecord, RemarkText>();

function remarkText(r: RemarkRecord): RemarkText {
  let text = prepared.get(r);
  if (text === undefined) {
    text = {
      words: contentWords(`${r.text} ${r.quote ?? ''}`),
      quote: r.quote ? normaliseQuote(r.quote) : '',
    };
    prepared.set(r, text);
  }
  return text;
}

function quotesMatch(qa: string, qb: string, minWords: number): boolean {
  if (qa === '' || qb === '') return false;
  if (qa === qb) return true;
  const [shorter, longer] = qa.length <= qb.length ? [qa, qb] : [qb, qa];
  return shorter.split(' ').length >= minWords && ` ${longer} `.includes(` ${shorter} `);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether two fuzzy dates can denote the same day (see rule 2). */
export function datesOverlap(
  a: FuzzyDate,
  b: FuzzyDate,
  dayTolerance = DEFAULT_REMARK_MATCH.dayTolerance,
): boolean {
  const length = Math.min(a.value.length, b.value.length);
  if (a.value.slice(0, length) === b.value.slice(0, length)) return true;
  if (a.precision !== 'day' || b.precision !== 'day') return false;
  return Math.abs(Date.parse(a.value) - Date.parse(b.value)) <= dayTolerance * DAY_MS;
}

function sharesStance(a: RemarkRecord, b: RemarkRecord): boolean {
  return (a.positions ?? []).some((p) =>
    (b.positions ?? []).some((q) => q.position === p.position && q.stance === p.stance),
  );
}

type Verdict = 'own_assertion' | 'different_speakers' | 'different_dates' | 'same_quote' | 'content';

/** The rule without its explanation: it runs for every pair an import compares, so it builds no strings. */
function judgeRemark(
  fresh: RemarkRecord,
  existing: RemarkRecord,
  options: RemarkMatchOptions,
): { verdict: Verdict; score: number } {
  if (fresh.speaker === null || existing.speaker === null) return { verdict: 'own_assertion', score: 0 };
  if (fresh.speaker !== existing.speaker) return { verdict: 'different_speakers', score: 0 };
  if (
    fresh.statedOn &&
    existing.statedOn &&
    !datesOverlap(fresh.statedOn, existing.statedOn, options.dayTolerance)
  ) {
    return { verdict: 'different_dates', score: 0 };
  }
  const a = remarkText(fresh);
  const b = remarkText(existing);
  if (quotesMatch(a.quote, b.quote, options.minQuoteWords)) return { verdict: 'same_quote', score: 1 };
  const overlap = jaccard(a.words, b.words);
  const score = Math.min(1, overlap + (sharesStance(fresh, existing) ? options.positionBonus : 0));
  return { verdict: 'content', score };
}

export function matchRemark(
  fresh: RemarkRecord,
  existing: RemarkRecord,
  options: RemarkMatchOptions = DEFAULT_REMARK_MATCH,
): RemarkMatch {
  const { verdict, score } = judgeRemark(fresh, existing, options);
  switch (verdict) {
    case 'own_assertion':
      return { same: false, score, reason: 'the article’s own assertions are never further reports' };
    case 'different_speakers':
      return { same: false, score, reason: 'different speakers' };
    case 'different_dates':
      return {
        same: false,
        score,
        reason: `different dates (${fresh.statedOn?.value}, ${existing.statedOn?.value})`,
      };
    case 'same_quote':
      return { same: true, score, reason: 'the same direct quote' };
    default: {
      const same = score >= options.threshold;
      return {
        same,
        score,
        reason: `content similarity ${score.toFixed(2)} ${same ? '≥' : '<'} ${options.threshold}`,
      };
    }
  }
}

/** The candidates that report the same remark as `fresh`, best first. */
export function findSameRemark<T extends RemarkRecord>(
  fresh: RemarkRecord,
  candidates: readonly T[],
  options: RemarkMatchOptions = DEFAULT_REMARK_MATCH,
): { candidate: T; score: number; reason: string }[] {
  const found: { candidate: T; score: number; reason: string }[] = [];
  for (const candidate of candidates) {
    const { verdict, score } = judgeRemark(fresh, candidate, options);
    if (verdict === 'same_quote' || (verdict === 'content' && score >= options.threshold)) {
      found.push({ candidate, score, reason: matchRemark(fresh, candidate, options).reason });
    }
  }
  return found.sort((a, b) => b.score - a.score);
}
