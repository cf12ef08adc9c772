import type { QueryExecutor } from './executor.js';
import { containsKey } from './name-keys.js';
import type { Plain } from './plain.js';
import { FILTER_KEYS, type StatementFilter, type StatementModel } from './statement.js';

/** A statement filter as `statements(filter:)` takes it, plus an optional set of statements to stay within. */
export type ExportFilter = StatementFilter & { ids?: readonly string[] | null };

type Ref = { id: string; name: string };

/** A statement with everything it points at, as the exports write it. */
export type ExportStatement = Pick<
  StatementModel,
  'id' | 'text' | 'quote' | 'speechAct' | 'negated' | 'conditional' | 'condition' | 'cue'
> & {
  /** The stored date (first day of its period) and its precision. */
  statedOn: string | null;
  statedOnPrecision: 'day' | 'month' | 'year' | null;
  /** Who said it (SAID), by id: one as a rule, more when further reports credit it to someone else too. */
  speakers: (Ref & { kind: string })[];
  /** The original media (SAID_TO), by id: as a rule none or one. */
  media: Ref[];
  citedVia: (Ref & { article: string })[];
  positions: (Ref & { stance: string })[];
  mentions: (Ref & { kind: string; role: string | null })[];
  events: Ref[];
  reports: {
    id: string;
    title: string | null;
    url: string | null;
    publishedOn: string | null;
    publishedOnPrecision: 'day' | 'month' | 'year' | null;
    publisher: string | null;
    publisherName: string | null;
  }[];
  evidence: { article: string; start: number; end: number; text: string }[];
  /** The last review, when a person reviewed it (entry: the review as JSON, src/graph/review-changes.ts). */
  review?: { status: string; reviewer: string; reviewedAt: string; entry: string } | null;
};

/** One article in the annotated-article shape as stored (dates uncut, optional fields null). */
export type ExportArticleRow = {
  article: { [key: string]: Plain };
  actors: Plain[];
  affiliations: Plain[];
  outlets: Plain[];
  positions: Plain[];
  events: Plain[];
  statements: { id: string; [key: string]: Plain }[];
  /** Further reports of other articles' statements, which the format cannot hold. */
  skipped: number;
  /** Orphaned reviewed statements with no evidence left in the article's text, which the format cannot hold. */
  lost: number;
};

/** Rows per export page: large enough that round trips do not dominate, small enough to hold in memory. */
export const EXPORT_PAGE_SIZE = 500;

/** The kinds of node a statement points at, in the order the GraphML export writes them. */
export const ENTITY_TYPES = ['Actor', 'Outlet', 'Position', 'Event', 'Article'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** An entity as the GraphML export writes it; the fields its type does not have are null. */
export type ExportEntity = {
  id: string;
  name: string | null;
  kind: string | null;
  title: string | null;
  url: string | null;
  publishedOn: string | null;
  publishedOnPrecision: 'day' | 'month' | 'year' | null;
  /** An article's publisher (an outlet id). */
  publisher: string | null;
};

/** One page of entities: those kept, and how many were looked at (the walk's progress). */
export type EntityPage = { entities: ExportEntity[]; looked: number };

/** The parameters of a filter as the export queries take them (every key, null when unset). */
function filterParams(filter: ExportFilter): Record<string, unknown> {
  const params: Record<string, unknown> = Object.fromEntries(FILTER_KEYS.map((k) => [k, filter[k] ?? null]));
  params.textContains = containsKey(filter.textContains);
  return params;
}

/**
 * Reads the graph for exports and the live feed in keyset pages (cypher/export/): each page continues after the
 * last id of the one before, so an export of any size holds one page at a time.
 */
export class ExportRepository {
  private readonly pageStatementsQuery;
  private readonly pageArticlesQuery;
  private readonly countStatementsQuery;
  private readonly countArticlesQuery;
  private readonly pageEntitiesQuery;
  private readonly countEntitiesQuery;
  private readonly owningArticlesQuery;

  constructor(executor: QueryExecutor) {
    this.pageStatementsQuery = executor.query<{ statement: ExportStatement }>('export/page-statements');
    this.pageArticlesQuery = executor.query<ExportArticleRow>('export/page-articles');
    this.countStatementsQuery = executor.query<{ count: number }>('export/count-statements');
    this.countArticlesQuery = executor.query<{ count: number }>('export/count-articles');
    this.pageEntitiesQuery = executor.query<{
      looked: number;
      last: string | null;
      entities: ExportEntity[];
    }>('export/page-entities');
    this.countEntitiesQuery = executor.query<{ count: number }>('export/count-entities');
    this.owningArticlesQuery = executor.query<{ id: string }>('export/list-statement-articles');
  }

  /** One page of matching statements after `after` (a statement id), in id order. */
  async statementPage(filter: ExportFilter, after: string | null, limit = EXPORT_PAGE_SIZE) {
    const params = filterParams(filter);
    const ids = filter.ids ? [...filter.ids].sort() : null;
    if (ids && ids.length === 0) return [];
    // Given ids bound the walk to the index range between the smallest and the largest of them.
    const first = ids?.[0];
    const lowerBound = first === undefined ? null : first.slice(0, -1) || null;
    const start = after ?? lowerBound;
    const rows = await this.pageStatementsQuery({
      after: start,
      until: ids?.at(-1) ?? null,
      ids,
      limit,
      filter: params,
    });
    return rows.map((r) => r.statement);
  }

  /** Every matching statement, a page at a time. */
  async *statements(filter: ExportFilter, pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<ExportStatement[]> {
    let after: string | null = null;
    for (;;) {
      const page = await this.statementPage(filter, after, pageSize);
      if (page.length > 0) yield page;
      if (page.length < pageSize) return;
      after = page.at(-1)?.id ?? null;
    }
  }

  /**
   * Every article (or the given ones) as a document of the import format, a page at a time, in id order. Given
   * ids bound the walk to the index range between the smallest and the largest of them.
   */
  async *articles(ids: readonly string[] | null = null, pageSize = 50): AsyncGenerator<ExportArticleRow[]> {
    const given = ids ? [...ids].sort() : null;
    if (given && given.length === 0) return;
    let after: string | null = given?.[0]?.slice(0, -1) || null;
    for (;;) {
      const page = await this.pageArticlesQuery({
        after,
        until: given?.at(-1) ?? null,
        ids: given,
        limit: pageSize,
      });
      if (page.length > 0) yield page;
      if (page.length < pageSize) return;
      after = String(page.at(-1)?.article.id);
    }
  }

  /**
   * Every entity of a type that the statements matching the filter point at, a page at a time, in id order:
   * the walk goes through the type's id index (or, with given statement ids, through what those statements
   * touch), so nothing is remembered from one page to the next but the cursor.
   */
  async *entities(
    type: EntityType,
    filter: ExportFilter,
    pageSize = EXPORT_PAGE_SIZE,
  ): AsyncGenerator<EntityPage> {
    const ids = filter.ids ? [...filter.ids].sort() : null;
    if (ids && ids.length === 0) return;
    const params = filterParams(filter);
    let after: string | null = null;
    for (;;) {
      const [row] = await this.pageEntitiesQuery({ type, after, limit: pageSize, ids, filter: params });
      if (!row || row.looked === 0) return;
      const entities = [...row.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      yield { entities, looked: row.looked };
      if (row.looked < pageSize || row.last === null) return;
      after = row.last;
    }
  }

  /** The ids of the articles that own the given statements (the NDJSON documents that hold them), in order. */
  async owningArticles(statementIds: readonly string[]): Promise<string[]> {
    if (statementIds.length === 0) return [];
    return (await this.owningArticlesQuery({ ids: statementIds })).map((r) => r.id);
  }

  /** Every entity of the types the GraphML export walks: the total of its first part's progress. */
  async countEntities(): Promise<number> {
    return (await this.countEntitiesQuery({}))[0]?.count ?? 0;
  }

  async countStatements(): Promise<number> {
    return (await this.countStatementsQuery({}))[0]?.count ?? 0;
  }

  async countArticles(): Promise<number> {
    return (await this.countArticlesQuery({}))[0]?.count ?? 0;
  }
}
