import { alignByIds } from './by-ids.js';
import { type FuzzyDateModel, toFuzzyDate } from './dates.js';
import type { QueryExecutor } from './executor.js';
import { containsKey } from './name-keys.js';
import { type Page, type PageRequest, pageParams, toPage } from './page.js';

export type ArticleModel = {
  id: string;
  title: string | null;
  url: string | null;
  /** Characters of the text; the text itself loads apart (getArticleTexts), only when shown. */
  length: number;
  publishedOn: FuzzyDateModel | null;
  /** Which of title, publisher and url come from outside the text. */
  contextFields: string[];
  publisherId: string | null;
  cites: { outletId: string; role: string }[];
};

export type ArticleFilter = {
  publisher?: string | null;
  cites?: string | null;
  from?: string | null;
  to?: string | null;
  titleContains?: string | null;
};

type PageRow = { ids: string[]; sortKeys: string[]; totalCount: number | null };

export class ArticleRepository {
  private readonly getArticlesByIdsQuery;
  private readonly findArticlesQuery;
  private readonly getArticleTextsQuery;

  constructor(executor: QueryExecutor) {
    this.getArticlesByIdsQuery = executor.query<{ article: ArticleModel }>('article/get-articles-by-ids');
    this.findArticlesQuery = executor.query<PageRow>('article/find-articles');
    this.getArticleTextsQuery = executor.query<{ id: string; text: string }>('article/get-article-texts');
  }

  async getArticlesByIds(ids: readonly string[]): Promise<(ArticleModel | null)[]> {
    const rows = await this.getArticlesByIdsQuery({ ids: [...ids] });
    return alignByIds(
      ids,
      // Literals, not a spread plus the date: one per article a request loads, and V8 builds spreads slowly.
      rows.map(({ article: a }) => ({
        id: a.id,
        title: a.title,
        url: a.url,
        length: a.length,
        publishedOn: toFuzzyDate(a.publishedOn),
        contextFields: a.contextFields,
        publisherId: a.publisherId,
        cites: a.cites,
      })),
    );
  }

  async getArticleTexts(ids: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.getArticleTextsQuery({ ids: [...ids] });
    return alignByIds(ids, rows).map((row) => row?.text ?? null);
  }

  async findArticles(filter: ArticleFilter, page: PageRequest): Promise<Page> {
    const [row] = await this.findArticlesQuery({
      publisher: filter.publisher ?? null,
      cites: filter.cites ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      titleContains: containsKey(filter.titleContains),
      ...pageParams('articles', page),
    });
    return toPage('articles', page, row);
  }
}
