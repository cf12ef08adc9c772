import { toFuzzyDate } from '../graph/dates.js';
import type { ExportArticleRow } from '../graph/export.js';
import type { Plain } from '../graph/plain.js';
import { type AnnotatedArticle, FORMAT } from '../ingest/format.js';

/**
 * Fields the format lets be null; any other field that comes back null from the graph was left out of the
 * document it came from (an optional field has no null), so it is left out again.
 */
const NULLABLE = new Set([
  'speaker',
  'quote',
  'condition',
  'statedOn',
  'cue',
  'originalMedium',
  'title',
  'publisher',
  'url',
  'publishedOn',
]);

function withoutAbsent(value: Plain): Plain {
  if (Array.isArray(value)) return value.map(withoutAbsent);
  if (value && typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== null || NULLABLE.has(k)) out[k] = withoutAbsent(v);
    }
    return out;
  }
  return value;
}

const date = (stored: Plain) => toFuzzyDate(stored) as Plain;

/** A row of export/page-articles as an annotated-article document, ready for `npm run import`. */
export function toDocument(row: ExportArticleRow, keep?: ReadonlySet<string>): AnnotatedArticle {
  const events = row.events.map((e) => {
    const event = e as { [key: string]: Plain };
    return { ...event, date: date(event.date ?? null) };
  });
  const statements = row.statements
    .filter((s) => !keep || keep.has(s.id))
    .map((s) => ({ ...s, statedOn: date(s.statedOn ?? null) }));
  return withoutAbsent({
    format: FORMAT,
    article: { ...row.article, publishedOn: date(row.article.publishedOn ?? null) },
    actors: row.actors,
    affiliations: row.affiliations,
    outlets: row.outlets,
    positions: row.positions,
    events,
    statements,
  }) as unknown as AnnotatedArticle;
}

export const ndjsonLine = (doc: AnnotatedArticle) => `${JSON.stringify(doc)}\n`;
