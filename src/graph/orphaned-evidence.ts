/** An orphan's evidence span as stored: its offsets into the article's previous text, and that text. */
export type StoredSpan = { id: string; start: number | null; end: number | null; text: string };

/** Where a span stands in the article's current text; null offsets: nowhere that can be named. */
export type PlacedSpan = { id: string; start: number | null; end: number | null };

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
    if (found.length > 1) break;
  }
  return found;
}

/**
 * Offsets that still hold a reviewed remark the re-extraction dropped (an orphan). The article's text changed,
 * so its old offsets may point at other characters. They stay when the new text holds the span's text at the
 * same place; they move when the text stands exactly once in the new text; otherwise they go (null) and only
 * the text the review saw is kept: an offset never points at characters that are not the span's.
 */
export function placeOrphanedSpans(articleText: string, spans: readonly StoredSpan[]): PlacedSpan[] {
  return spans.map((span) => {
    if (span.text.length === 0) return { id: span.id, start: null, end: null };
    if (span.start !== null && articleText.slice(span.start, span.start + span.text.length) === span.text)
      return { id: span.id, start: span.start, end: span.start + span.text.length };
    const found = occurrences(articleText, span.text);
    const [at] = found;
    return found.length === 1 && at !== undefined
      ? { id: span.id, start: at, end: at + span.text.length }
      : { id: span.id, start: null, end: null };
  });
}
