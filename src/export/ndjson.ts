import { toFuzzyDate } from '../graph/dates.js';
import type { ExportArticleRow } from '../graph/export.js';
import type { Plain } from '../graph/plain.js';
import { type AnnotatedArticle, FORMAT, NULLABLE_FIELDS } from '../ingest/format.js';

/**
 * Fields the format lets be null; any other field that comes back null from the graph was left out of the
 * document it came from (an optional field has no null), so it is left out again.
 */

function withoutAbsent(value: Plain): Plain {
  if (Array.isArray(value)) return value.map(withoutAbsent);
  if (value && typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== null || NULLABLE_FIELDS.has(k)) out[k] = withoutAbsent(v);
    }
    return out;
  }
  return value;
}

const date = (stored: Plain) => toFuzzyDate(stored) as Plain;

type Item = { [key: string]: Plain };

const key = (value: Plain, fields: string[]) =>
  typeof value === 'string' ? value : fields.map((f) => String((value as Item)[f] ?? '')).join('\u0000');

/** Sorted by the given fields (strings by themselves) and without repeats: the query's lists come unordered. */
function sorted<T extends Plain>(items: readonly T[], ...fields: string[]): T[] {
  const unique = new Map(items.map((item) => [key(item, fields), item]));
  return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, item]) => item);
}

/** Evidence in the order of its ids (which carry each span's position in the document), ids dropped. */
const spans = (evidence: Plain) =>
  sorted((evidence ?? []) as Item[], 'id').map(({ id: _id, ...span }) => span);

/** A row of export/page-articles as an annotated-article document, ready for `npm run import`. */
export function toDocument(row: ExportArticleRow, keep?: ReadonlySet<string>): AnnotatedArticle {
  const events = sorted(row.events as Item[], 'id').map((event) => ({
    ...event,
    date: date(event.date ?? null),
    participants: sorted((event.participants ?? []) as Item[], 'actor'),
    evidence: spans(event.evidence ?? null),
  }));
  const statements = sorted(row.statements as Item[], 'id')
    .filter((s) => !keep || keep.has(String(s.id)))
    .map((s) => ({
      ...s,
      statedOn: date(s.statedOn ?? null),
      citedVia: sorted((s.citedVia ?? []) as string[]),
      positions: sorted((s.positions ?? []) as Item[], 'position', 'stance'),
      mentions: sorted((s.mentions ?? []) as Item[], 'actor'),
      events: sorted((s.events ?? []) as string[]),
      evidence: spans(s.evidence ?? null),
    }));
  return withoutAbsent({
    format: FORMAT,
    article: {
      ...row.article,
      publishedOn: date(row.article.publishedOn ?? null),
      imageCredits: sorted((row.article.imageCredits ?? []) as string[]),
    },
    actors: sorted(row.actors as Item[], 'id').map((a) => ({
      ...a,
      aliases: sorted((a.aliases ?? []) as string[]),
    })),
    affiliations: sorted(row.affiliations as Item[], 'actor', 'role', 'of'),
    outlets: sorted(row.outlets as Item[], 'id'),
    positions: sorted(row.positions as Item[], 'id'),
    events,
    statements,
  }) as unknown as AnnotatedArticle;
}

export const ndjsonLine = (doc: AnnotatedArticle) => `${JSON.stringify(doc)}\n`;
