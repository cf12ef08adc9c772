import {
  ENTITY_TYPES,
  type ExportArticleRow,
  type ExportFilter,
  type ExportRepository,
} from '../graph/export.js';
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
  /** For NDJSON, orphaned reviewed statements left out because no evidence of theirs is left in the text. */
  lost?: number;
  /** For NDJSON, the statements the documents written so far hold. */
  statements?: number;
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

/** How many statements a filter matches: the progress bar's total for every format but NDJSON. */
async function statementTotal(source: ExportSource, filter: ExportFilter): Promise<number> {
  if (filter.ids) return filter.ids.length;
  if (!hasFilter(filter)) return source.exports.countStatements();
  const [page] = await source.statements.findStatements(
    [{ filter, first: 0, after: null, withCount: true, descending: true }],
    NO_PARTS,
  );
  return page?.totalCount ?? 0;
}

/**
 * The ids of the statements a filter matches when few do (up to `narrowLimit`), found at once by the anchored
 * queries; null when the filter is to be walked as it is: the export's own walks go through every statement (or
 * entity, or article) and test the filter on each. A filter without an anchor (text, dates, stance…) is always
 * walked: listing its ids would read every statement per page.
 */
async function narrowIds(
  source: ExportSource,
  filter: ExportFilter,
  total: number,
  narrowLimit: number,
): Promise<string[] | null> {
  if (!hasFilter(filter) || filter.ids || !isAnchored(filter) || total > narrowLimit) return null;
  return matchingIds(source, filter);
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
    yield* articleChunks(source, filter, onProgress, narrowLimit);
    return;
  }
  const total = await statementTotal(source, filter);
  const ids = await narrowIds(source, filter, total, narrowLimit);
  const walk = ids ? { ...filter, ids } : filter;
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
 * statements and articles with none are left out. When the matching statements are known up front (given ids, or
 * a narrow filter) only the articles that own them are read; otherwise every article is, a page at a time, and
 * each page's statements are tested against the filter.
 */
async function* articleChunks(
  source: ExportSource,
  filter: ExportFilter,
  onProgress: (progress: ExportProgress) => void,
  narrowLimit: number,
): AsyncGenerator<string> {
  const known = filter.ids
    ? (await source.exports.statementPage(filter, null, filter.ids.length)).map((s) => s.id)
    : hasFilter(filter)
      ? await narrowIds(source, filter, await statementTotal(source, filter), narrowLimit)
      : null;
  const owners = known ? await source.exports.owningArticles(known) : null;
  const total = owners ? owners.length : await source.exports.countArticles();
  const knownSet = known ? new Set(known) : null;
  let done = 0;
  let skipped = 0;
  let lost = 0;
  let statements = 0;
  onProgress({ unit: 'articles', done, total, skipped, lost, statements });
  for await (const rows of source.exports.articles(owners)) {
    const keep = knownSet ?? (hasFilter(filter) ? await matchingOnPage(source, filter, rows) : undefined);
    let chunk = '';
    for (const row of rows) {
      skipped += row.skipped;
      lost += row.lost;
      const doc = toDocument(row, keep);
      if (keep && doc.statements.length === 0) continue;
      chunk += ndjsonLine(doc);
      statements += doc.statements.length;
    }
    done += rows.length;
    yield chunk;
    onProgress({ unit: 'articles', done, total: Math.max(total, done), skipped, lost, statements });
  }
}

/** Which statements of a page of articles a filter matches (a filter walked through every article). */
async function matchingOnPage(
  source: ExportSource,
  filter: ExportFilter,
  rows: readonly ExportArticleRow[],
): Promise<Set<string>> {
  const ids = rows.flatMap((r) => r.statements.map((s) => s.id));
  const matched = ids.length ? await source.exports.statementPage({ ...filter, ids }, null, ids.length) : [];
  return new Set(matched.map((s) => s.id));
}
