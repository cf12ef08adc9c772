import { ENTITY_TYPES, type ExportFilter, type ExportRepository } from '../graph/export.js';
import { MAX_PAGE_SIZE } from '../graph/page.js';
import {
  ALL_STATEMENT_PARTS,
  isAnchored,
  type StatementParts,
  type StatementRepository,
} from '../graph/statement.js';
import { csvWriter } from './csv.js';
import { GraphmlWriter } from './graphml.js';
import { JsonLdWriter } from './jsonld.js';
import { ndjsonLine, toDocument } from './ndjson.js';

export const EXPORT_FORMATS = {
  graphml: { extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8' },
  csv: { extension: 'csv', contentType: 'text/csv; charset=utf-8; header=present' },
  jsonld: { extension: 'jsonld', contentType: 'application/ld+json; charset=utf-8' },
  ndjson: { extension: 'ndjson', contentType: 'application/x-ndjson; charset=utf-8' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const isExportFormat = (value: string): value is ExportFormat => Object.hasOwn(EXPORT_FORMATS, value);

/**
 * How far an export has come: statements written (articles for NDJSON) out of the expected total; before its
 * statements, GraphML reports the entities it has looked at out of all there are.
 */
export type ExportProgress = {
  unit: 'statements' | 'articles' | 'entities';
  done: number;
  total: number;
  skipped: number;
};

export type ExportSource = {
  exports: ExportRepository;
  statements: Pick<StatementRepository, 'findStatements'>;
};

const hasFilter = (filter: ExportFilter) => Object.values(filter).some((v) => v != null);

/**
 * Up to this many matching statements, a filtered export first lists their ids (held for the export: a bound
 * that does not grow with the graph) and walks those.
 */
export const NARROW_LIMIT = 5_000;

/** Statements without their relations: the export only needs their count and ids from these queries. */
const NO_PARTS = Object.fromEntries(
  Object.keys(ALL_STATEMENT_PARTS).map((part) => [part, false]),
) as StatementParts;

/** The ids of the statements a filter matches, through `statements(filter:)`'s anchored page queries. */
async function matchingIds(source: ExportSource, filter: ExportFilter): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const [page] = await source.statements.findStatements(
      [{ filter, first: MAX_PAGE_SIZE, after, withCount: false, descending: true }],
      NO_PARTS,
    );
    if (!page) return ids;
    ids.push(...page.ids);
    if (!page.hasNextPage) return ids;
    after = page.cursors.at(-1) ?? null;
  }
}

/** What the progress bar counts to: the statements that match (or every article, for NDJSON). */
export async function exportTotal(source: ExportSource, format: ExportFormat, filter: ExportFilter) {
  if (format === 'ndjson') return source.exports.countArticles();
  if (filter.ids) return filter.ids.length;
  if (!hasFilter(filter)) return source.exports.countStatements();
  const [page] = await source.statements.findStatements(
    [{ filter, first: 0, after: null, withCount: true, descending: true }],
    NO_PARTS,
  );
  return page?.totalCount ?? 0;
}

/**
 * The export as text chunks, one per page read: the caller writes each before the next page is read, so memory
 * holds one page whatever the size of the graph.
 */
export async function* exportChunks(
  source: ExportSource,
  format: ExportFormat,
  filter: ExportFilter,
  onProgress: (progress: ExportProgress) => void = () => {},
  narrowLimit = NARROW_LIMIT,
): AsyncGenerator<string> {
  if (format === 'ndjson') {
    yield* articleChunks(source, filter, onProgress);
    return;
  }
  const total = await exportTotal(source, format, filter);
  // A filter that few statements match is walked as the list of them, which the anchored queries find at once:
  // the export's own walks go through every statement (or entity) and test the filter on each. A filter without
  // an anchor (text, dates, stance…) is walked as it is: listing its ids would read every statement per page.
  const walk =
    hasFilter(filter) && !filter.ids && isAnchored(filter) && total <= narrowLimit
      ? { ...filter, ids: await matchingIds(source, filter) }
      : filter;
  const writer =
    format === 'csv' ? csvWriter : format === 'graphml' ? new GraphmlWriter() : new JsonLdWriter();
  yield writer.head();
  if (writer instanceof GraphmlWriter) yield* entityChunks(source, writer, walk, onProgress);
  let done = 0;
  onProgress({ unit: 'statements', done, total, skipped: 0 });
  for await (const page of source.exports.statements(walk)) {
    yield writer.page(page);
    done += page.length;
    onProgress({ unit: 'statements', done, total: Math.max(total, done), skipped: 0 });
  }
  yield writer.tail();
}

/** GraphML's entity nodes, type by type, before the statements that point at them. */
async function* entityChunks(
  source: ExportSource,
  writer: GraphmlWriter,
  filter: ExportFilter,
  onProgress: (progress: ExportProgress) => void,
): AsyncGenerator<string> {
  // With given statements only what they touch is looked at: no total worth counting.
  const total = filter.ids ? 0 : await source.exports.countEntities();
  let done = 0;
  onProgress({ unit: 'entities', done, total, skipped: 0 });
  for (const type of ENTITY_TYPES) {
    for await (const { entities, looked } of source.exports.entities(type, filter)) {
      yield writer.entities(type, entities);
      done += looked;
      onProgress({ unit: 'entities', done, total: Math.max(total, done), skipped: 0 });
    }
  }
}

/**
 * NDJSON: one annotated-article document per line. With a filter, each article keeps only its matching
 * statements and articles with none are left out.
 */
async function* articleChunks(
  source: ExportSource,
  filter: ExportFilter,
  onProgress: (progress: ExportProgress) => void,
): AsyncGenerator<string> {
  const total = await source.exports.countArticles();
  const filtered = hasFilter(filter);
  let done = 0;
  let skipped = 0;
  onProgress({ unit: 'articles', done, total, skipped });
  for await (const rows of source.exports.articles()) {
    let keep: Set<string> | undefined;
    if (filtered) {
      const ids = rows.flatMap((r) => r.statements.map((s) => s.id));
      const allowed = filter.ids ? new Set(filter.ids) : null;
      const candidates = allowed ? ids.filter((id) => allowed.has(id)) : ids;
      const matched = candidates.length
        ? await source.exports.statementPage({ ...filter, ids: candidates }, null, candidates.length)
        : [];
      keep = new Set(matched.map((s) => s.id));
    }
    let chunk = '';
    for (const row of rows) {
      skipped += row.skipped;
      const doc = toDocument(row, keep);
      if (!keep || doc.statements.length > 0) chunk += ndjsonLine(doc);
    }
    done += rows.length;
    yield chunk;
    onProgress({ unit: 'articles', done, total: Math.max(total, done), skipped });
  }
}
