/**
 * The words, names, ids and dates of the synthetic corpus (src/bench/corpus.ts): pronounceable made-up words,
 * stable ids by index, tag words with a known number of hits, dates spread over five years.
 */

export const SYLLABLES = [
  'ka',
  'lor',
  'vin',
  'dra',
  'mes',
  'tol',
  'ri',
  'bur',
  'sen',
  'zo',
  'pal',
  'gar',
  'ne',
  'shu',
];
export const STATE_WORDS = ['Republic of', 'Federation of', 'Kingdom of', 'Union of'];
export const VERBS = ['said', 'stated', 'warned', 'insisted', 'claimed', 'argued', 'told reporters'];
export const TOPICS = [
  'security guarantees',
  'sanctions',
  'energy supplies',
  'border troops',
  'arms control',
  'grain exports',
  'peace talks',
  'missile deployments',
  'alliance expansion',
  'cyber attacks',
];
export const CONNECTIVES = ['must', 'will not', 'should', 'cannot', 'may yet'];

/** A pronounceable word for index i: distinct indexes give distinct words (base-14 digits as syllables). */
export function wordFor(i: number, minSyllables = 2): string {
  const parts: string[] = [];
  let n = i;
  do {
    parts.push(SYLLABLES[n % SYLLABLES.length] ?? 'ka');
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0 || parts.length < minSyllables);
  return parts.join('');
}

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Ids of the i-th entity of each kind; the bench derives hot (low i) and cold (high i) ids from these. */
export const corpusIds = (suffix = '') => {
  const tail = suffix ? `-${suffix}` : '';
  return {
    actor: (i: number) => `bench-actor-${pad(i, 6)}${tail}`,
    outlet: (i: number) => `bench-outlet-${pad(i, 4)}${tail}`,
    position: (i: number) => `bench-position-${pad(i, 4)}${tail}`,
    event: (i: number) => `bench-event-${pad(i, 5)}${tail}`,
    article: (i: number) => `bench-article-${pad(i, 7)}${tail}`,
  };
};

/**
 * The tag word of statement `i`: a word of a large vocabulary that occurs in a handful of statements only, so
 * that a full-text query for it has a small, exactly known answer (no ties decide which hits are shown).
 */
export const tagFor = (tagIndex: number) => `q${wordFor(tagIndex, 3)}`;

/** Day `i` of `n` spread over 2020-01-01 .. 2024-12-31, as YYYY-MM-DD. */
export function dateFor(i: number, n: number): string {
  const start = Date.UTC(2020, 0, 1);
  const span = 1826;
  const day = Math.floor((i / Math.max(1, n)) * span);
  return new Date(start + day * 86_400_000).toISOString().slice(0, 10);
}
