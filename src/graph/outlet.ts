import { alignByIds } from './by-ids.js';
import type { QueryExecutor } from './executor.js';
import { containsKey, nameKey } from './name-keys.js';
import { type Page, type PageRequest, pageParams, toPage } from './page.js';

export type OutletModel = {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  aliases: string[];
};

export type OutletArticleModel = { articleId: string; role: string };

export type OutletFilter = { kind?: string | null; country?: string | null; nameContains?: string | null };

type PageRow = { ids: string[]; sortKeys: string[]; totalCount: number | null };

export class OutletRepository {
  private readonly getOutletsByIdsQuery;
  private readonly findOutletsByNameQuery;
  private readonly findOutletsQuery;
  private readonly getOutletArticlesQuery;
  private readonly listKnownOutletsQuery;

  constructor(executor: QueryExecutor) {
    this.getOutletsByIdsQuery = executor.query<{ outlet: OutletModel }>('outlet/get-outlets-by-ids');
    this.findOutletsByNameQuery = executor.query<{ id: string }>('outlet/find-outlets-by-name');
    this.findOutletsQuery = executor.query<PageRow>('outlet/find-outlets');
    this.getOutletArticlesQuery = executor.query<{ outletId: string; articles: OutletArticleModel[] }>(
      'outlet/get-outlet-articles',
    );
    this.listKnownOutletsQuery = executor.query<OutletModel>('outlet/list-known-outlets');
  }

  async getOutletsByIds(ids: readonly string[]): Promise<(OutletModel | null)[]> {
    const rows = await this.getOutletsByIdsQuery({ ids: [...ids] });
    return alignByIds(
      ids,
      rows.map((r) => r.outlet),
    );
  }

  async findOutletsByName(name: string): Promise<string[]> {
    return (await this.findOutletsByNameQuery({ key: nameKey(name) })).map((r) => r.id);
  }

  async findOutlets(filter: OutletFilter, page: PageRequest): Promise<Page> {
    const [row] = await this.findOutletsQuery({
      kind: filter.kind ?? null,
      country: filter.country ?? null,
      nameContains: containsKey(filter.nameContains),
      ...pageParams('outlets', page),
    });
    return toPage('outlets', page, row);
  }

  /** Every outlet (but those only `articleId` declared): what extraction resolves outlet names against. */
  async listKnownOutlets(articleId: string): Promise<OutletModel[]> {
    return this.listKnownOutletsQuery({ articleId });
  }

  async getOutletArticles(ids: readonly string[]): Promise<OutletArticleModel[][]> {
    const rows = await this.getOutletArticlesQuery({ ids: [...ids] });
    return ids.map((id) => rows.find((r) => r.outletId === id)?.articles ?? []);
  }
}
