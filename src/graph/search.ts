import { requireRange } from './bounds.js';
import { InvalidInputError } from './errors.js';
import type { QueryExecutor } from './executor.js';
import {
  makeSnippet,
  mergeHits,
  queryTerms,
  statementSnippet,
  type TextRange,
  toLuceneQuery,
} from './search-text.js';
import {
  ALL_STATEMENT_PARTS,
  type StatementModel,
  type StatementParts,
  type StatementRepository,
} from './statement.js';

export const SEARCH_MAX_FIRST = 50;
/** Longer input is refused rather than sent: Lucene caps the clauses of a query. */
export const SEARCH_MAX_QUERY_LENGTH = 500;

export type SearchHitModel = {
  type: 'Actor' | 'Statement';
  id: string;
  /** A statement hit's statement, loaded with the search. */
  statement?: StatementModel;
  /** The Lucene score divided by the best score of the same index for this query: 1 is the best of its kind. */
  score: number;
  snippet: string;
  highlights: TextRange[];
};

type ActorHitRow = { id: string; matched: string; score: number };
type StatementHitRow = { id: string; text: string; quote: string | null; score: number };

/** Full-text search over actors and statements (cypher/search/), with snippets and highlights. */
export class SearchRepository {
  constructor(
    private readonly executor: QueryExecutor,
    private readonly statements: StatementRepository,
  ) {}

  /**
   * Actors and statements matching `query`, best first; see mergeHits for how the two rankings combine. The
   * statements hit are loaded right away (only the relations `parts` names), so showing them costs no more.
   */
  async search(
    query: string,
    first: number,
    parts: StatementParts = ALL_STATEMENT_PARTS,
    kinds: readonly SearchHitModel['type'][] = ['Actor', 'Statement'],
  ): Promise<SearchHitModel[]> {
    requireRange('first', first, 1, SEARCH_MAX_FIRST);
    if (query.length > SEARCH_MAX_QUERY_LENGTH) {
      throw new InvalidInputError(`query must be at most ${SEARCH_MAX_QUERY_LENGTH} characters`);
    }
    const lucene = toLuceneQuery(query);
    if (lucene === null) return [];
    const terms = queryTerms(query);
    if (kinds.length === 0) throw new InvalidInputError('kinds must name at least one kind to search');
    const [actors, statements] = await Promise.all([
      kinds.includes('Actor')
        ? this.executor.query<ActorHitRow>('search/search-actors')({
            query: lucene,
            first,
            candidates: first * 5,
          })
        : [],
      kinds.includes('Statement')
        ? this.executor.query<StatementHitRow>('search/search-statements')({ query: lucene, first })
        : [],
    ]);
    const models = await this.statements.getStatementMap(
      statements.map((s) => s.id),
      parts,
    );
    return mergeHits<SearchHitModel>(
      [
        actors.map((a) => ({
          type: 'Actor' as const,
          id: a.id,
          score: a.score,
          ...makeSnippet(a.matched, terms),
        })),
        statements.map((s) => ({
          type: 'Statement' as const,
          id: s.id,
          ...(models.has(s.id) ? { statement: models.get(s.id) } : {}),
          score: s.score,
          ...statementSnippet(s.text, s.quote, terms),
        })),
      ],
      first,
    );
  }
}
