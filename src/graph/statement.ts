import { alignByIds, containsKey } from './by-ids.js';
import { type FuzzyDateModel, toFuzzyDate } from './dates.js';
import type { Executor } from './executor.js';
import { type Page, type PageRequest, pageParams, toPage } from './page.js';

export type StatementModel = {
  id: string;
  text: string;
  quote: string | null;
  speechAct: string;
  negated: boolean;
  conditional: boolean;
  condition: string | null;
  cue: string | null;
  statedOn: FuzzyDateModel | null;
  speakerId: string | null;
  originalMediumId: string | null;
  citedViaIds: string[];
  positions: { positionId: string; stance: string }[];
  mentions: { actorId: string; role: string }[];
  eventIds: string[];
  evidence: { articleId: string; start: number; end: number; text: string }[];
  /** Articles that report the statement. */
  reportIds: string[];
  /** Distinct outlets the statement is known through (original medium and cited-via). */
  outletCount: number;
};

export type StatementFilter = {
  speaker?: string | null;
  outlet?: string | null;
  position?: string | null;
  stance?: string | null;
  speechAct?: string | null;
  mentions?: string | null;
  article?: string | null;
  event?: string | null;
  from?: string | null;
  to?: string | null;
  negated?: boolean | null;
  conditional?: boolean | null;
  textContains?: string | null;
  singleSource?: boolean | null;
};

export type StatementPageRequest = PageRequest & { filter: StatementFilter; descending: boolean };

type PageRow = { key: number; ids: string[]; sortKeys: string[]; totalCount: number | null };

const FILTER_KEYS = [
  'speaker',
  'outlet',
  'position',
  'stance',
  'speechAct',
  'mentions',
  'article',
  'event',
  'from',
  'to',
  'negated',
  'conditional',
  'singleSource',
] as const;

export class StatementRepository {
  private readonly getStatementsByIdsQuery;
  private readonly findStatementsQuery;

  constructor(executor: Executor) {
    this.getStatementsByIdsQuery = executor.reader<{ statement: StatementModel }>(
      'statement/get-statements-by-ids',
    );
    this.findStatementsQuery = executor.reader<PageRow>('statement/find-statements');
  }

  async getStatementsByIds(ids: readonly string[]): Promise<(StatementModel | null)[]> {
    const rows = await this.getStatementsByIdsQuery({ ids: [...ids] });
    return alignByIds(
      ids,
      rows.map((r) => ({ ...r.statement, statedOn: toFuzzyDate(r.statement.statedOn) })),
    );
  }

  /** Many pages in one query: one request per parent of a nested list. */
  async findStatements(requests: readonly StatementPageRequest[]): Promise<Page[]> {
    const rows = await this.findStatementsQuery({
      requests: requests.map((request, key) => {
        const filter: Record<string, unknown> = Object.fromEntries(
          FILTER_KEYS.map((k) => [k, request.filter[k] ?? null]),
        );
        filter.textContains = containsKey(request.filter.textContains);
        return { key, filter, descending: request.descending, ...pageParams('statements', request) };
      }),
    });
    return requests.map((request, key) =>
      toPage(
        'statements',
        request,
        rows.find((r) => r.key === key),
      ),
    );
  }
}
