/** Lucene escaping, query terms, highlights and snippets: the pure text side of full-text search. */

export const SNIPPET_LENGTH = 200;

/** Half-open `[start, end)` offsets, in UTF-16 code units like JavaScript strings. */
export type TextRange = { start: number; end: number };

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const SEARCHABLE = /[\p{L}\p{N}]/u;

/**
 * Turns any user input into a Lucene query that matches its words: every special character is escaped, and the
 * operator words AND, OR and NOT (operators only in capitals) are lowercased, so they are searched as words
 * instead of making "NATO AND" a syntax error. Null when nothing searchable is left (only punctuation).
 */
export function toLuceneQuery(input: string): string | null {
  if (!SEARCHABLE.test(input)) return null;
  return input
    .replace(LUCENE_SPECIAL, (c) => `\\${c}`)
    .replace(/\b(AND|OR|NOT)\b/g, (word) => word.toLowerCase())
    .trim();
}

/** The words of a query as Lucene's standard analyzer sees them, lowercased and without repeats. */
export function queryTerms(input: string): string[] {
  return [...new Set((input.match(/[\p{L}\p{N}]+/gu) ?? []).map((t) => t.toLowerCase()))];
}

function termPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const alternatives = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Where the terms occur in `text` as whole words, ignoring case. */
export function findHighlights(text: string, terms: readonly string[]): TextRange[] {
  const pattern = termPattern(terms);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * `text` shortened to at most `max` characters around the first occurrence of a term (or from the start), cut
 * at spaces where possible and marked with an ellipsis where cut, with the terms' ranges in the result.
 */
export function makeSnippet(
  text: string,
  terms: readonly string[],
  max = SNIPPET_LENGTH,
): { snippet: string; highlights: TextRange[] } {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return { snippet: clean, highlights: findHighlights(clean, terms) };
  const first = findHighlights(clean, terms)[0];
  const anchor = first?.start ?? 0;
  const anchorEnd = first?.end ?? 0;
  // Room for an ellipsis at each end; a quarter of the window goes before the match, as context.
  const budget = max - 2;
  let end = Math.min(clean.length, Math.max(0, anchor - Math.floor(budget / 4)) + budget);
  let start = Math.max(0, end - budget);
  if (start > 0 && clean[start - 1] !== ' ') {
    const space = clean.indexOf(' ', start);
    if (space !== -1 && space < anchor) start = space + 1;
  }
  if (end < clean.length && clean[end] !== ' ') {
    const space = clean.lastIndexOf(' ', end);
    if (space > Math.max(start, anchorEnd)) end = space;
  }
  // Never split a surrogate pair at either cut.
  if (start > 0 && isLowSurrogate(clean.charCodeAt(start))) start += 1;
  if (end < clean.length && isLowSurrogate(clean.charCodeAt(end))) end -= 1;
  const snippet = `${start > 0 ? '…' : ''}${clean.slice(start, end).trim()}${end < clean.length ? '…' : ''}`;
  return { snippet, highlights: findHighlights(snippet, terms) };
}

/**
 * Merges the hits of the two full-text indexes. Lucene scores of different indexes are not comparable (they
 * depend on each index's term statistics and field lengths), so each list is divided by its own best score:
 * the best actor and the best statement both score 1, and the rest keep their proportion to them. On equal
 * scores actors come first (a name match is the more specific answer), then each index's own order.
 */
export function mergeHits<T extends { score: number }>(lists: readonly (readonly T[])[], first: number): T[] {
  const normalised = lists.flatMap((list) => {
    const best = Math.max(...list.map((h) => h.score));
    return list.map((h) => ({ ...h, score: best > 0 ? h.score / best : 0 }));
  });
  // Array.prototype.sort is stable, which keeps the list order on ties.
  return normalised.sort((a, b) => b.score - a.score).slice(0, first);
}

/** A statement hit shows the field with the most query terms: its quote when the words were the speaker's. */
export function statementSnippet(
  text: string,
  quote: string | null,
  terms: readonly string[],
): { snippet: string; highlights: TextRange[] } {
  const matched = (s: string) =>
    new Set(findHighlights(s, terms).map((r) => s.slice(r.start, r.end).toLowerCase()));
  const source = quote && matched(quote).size > matched(text).size ? quote : text;
  return makeSnippet(source, terms);
}
