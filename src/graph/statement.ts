import type { ActorModel } from './actor.js';
import { type FuzzyDateModel, isCalendarDay, toFuzzyDate } from './dates.js';
import { InvalidInputError } from './errors.js';
import type { Params, QueryExecutor } from './executor.js';
import { containsKey } from './name-keys.js';
import type { OutletModel } from './outlet.js';
import { type Page, type PageRequest, pageParams, toPage } from './page.js';
import type { PositionModel } from './position.js';

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
  /** How sure the extractor was (0–1); null for hand annotations. */
  confidence: number | null;
  /** `name@version` of the extractor that proposed it; null for hand annotations. */
  extractedBy: string | null;
  /** Flagged by the extractor and not reviewed yet. */
  needsReview: boolean;
  /** confirmed, corrected or rejected; null until a person reviews it. */
  reviewStatus: string | null;
  /** Its reviews, oldest first, as stored (JSON; src/graph/review.ts reads them). */
  reviewLog: string[];
  speakerId: string | null;
  originalMediumId: string | null;
  citedViaIds: string[];
  positions: { positionId: string; stance: string }[];
  mentions: { actorId: string; role: string }[];
  eventIds: string[];
  /** Its spans, each placed in its article's current text. */
  evidence: { articleId: string; start: number; end: number; text: string }[];
  /** Spans of an orphan that its article's current text no longer holds at one place: the text only. */
  lostEvidence: { articleId: string; text: string }[];
  /** Articles that report the statement. */
  reportIds: string[];
  /** Articles that report it though their latest extraction no longer finds it (a kept reviewed statement). */
  orphanedInIds: string[];
  /** Corroboration: distinct outlets the statement is known through (original medium and cited-via). */
  corroboration: number;
  /** The speaker and mentioned actors, outlets and positions it points at, to prime their loaders with. */
  refs: { actors: ActorModel[]; outlets: OutletModel[]; positions: PositionModel[] };
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
  needsReview?: boolean | null;
};

export type StatementPageRequest = PageRequest & { filter: StatementFilter; descending: boolean };

/**
 * Which relations of a statement to load: a request that shows only text and dates expands none of them. The
 * model's fields for a part left out are empty (null, [] or 0).
 */
export type StatementParts = {
  speaker: boolean;
  /** Original medium, cited-via outlets and the corroboration count. */
  outlets: boolean;
  positions: boolean;
  mentions: boolean;
  events: boolean;
  evidence: boolean;
  reports: boolean;
};

export const ALL_STATEMENT_PARTS: Readonly<StatementParts> = {
  speaker: true,
  outlets: true,
  positions: true,
  mentions: true,
  events: true,
  evidence: true,
  reports: true,
};

/** A page of statements with the statements themselves, loaded right after it. */
export type StatementPage = Page & { statements: StatementModel[] };

type PageRow = { key: number; ids: string[]; sortKeys: string[]; totalCount: number | null };

/** The filter's keys, without textContains (sent lowercased apart). */
export const FILTER_KEYS = [
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
  'needsReview',
] as const;

/**
 * Where a page query starts: the filter most likely to be selective (one node and its edges), in this order;
 * null when none is given and the query must go through every statement. Each anchor has its own query file.
 */
const ANCHORS = {
  speaker: 'statement/find-statements-by-speaker',
  article: 'statement/find-statements-by-article',
  event: 'statement/find-statements-by-event',
  position: 'statement/find-statements-by-position',
  outlet: 'statement/find-statements-by-outlet',
  mentions: 'statement/find-statements-by-mention',
} as const;
type Anchor = keyof typeof ANCHORS;
const UNANCHORED = 'statement/find-statements-all';

function anchorOf(filter: StatementFilter): Anchor | null {
  return (Object.keys(ANCHORS) as Anchor[]).find((key) => filter[key] != null) ?? null;
}

/** Whether a filter's pages start from one node (an anchor), or go through every statement. */
export function isAnchored(filter: StatementFilter): boolean {
  return anchorOf(filter) !== null;
}

/**
 * The sort keys of undated statements, in either order the last: the one definition, which the find-statements
 * queries receive as $undated.
 */
export const UNDATED_KEYS = { descending: '0001-01-01', ascending: '9999-12-31' } as const;

type StatementRow = { statement: StatementModel };

const PROPERTY_FILTERS = new Set(['speechAct', 'from', 'to', 'negated', 'conditional', 'needsReview']);

const toStatement = (row: StatementRow): StatementModel => ({
  ...row.statement,
  statedOn: toFuzzyDate(row.statement.statedOn),
});

/**
 * An actor's or a position's list walks the date index when the anchor's statements times this outnumber all
 * statements (statement/find-statements-by-speaker and -by-position): the walk then reads about limit x this
 * many statements at most.
 */
export const HUB_FACTOR = 200;

export type StatementRepositoryOptions = {
  /** HUB_FACTOR unless given: tests set it to make every anchor a hub, or none. */
  hubFactor?: number;
};

export class StatementRepository {
  private readonly getStatementsByIdsQuery;
  private readonly findStatementsQueries: Map<string, (params: Params) => Promise<PageRow[]>>;
  private readonly hubFactor: number;

  constructor(executor: QueryExecutor, options: StatementRepositoryOptions = {}) {
    this.hubFactor = options.hubFactor ?? HUB_FACTOR;
    this.getStatementsByIdsQuery = executor.query<StatementRow>('statement/get-statements-by-ids');
    this.findStatementsQueries = new Map(
      [...Object.values(ANCHORS), UNANCHORED].map((name) => [name, executor.query<PageRow>(name)]),
    );
  }

  async getStatementsByIds(
    ids: readonly string[],
    parts: StatementParts = ALL_STATEMENT_PARTS,
  ): Promise<(StatementModel | null)[]> {
    const byId = await this.getStatementMap(ids, parts);
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Statements by id, keyed by id; the ones that do not exist are absent. */
  async getStatementMap(
    ids: readonly string[],
    parts: StatementParts = ALL_STATEMENT_PARTS,
  ): Promise<Map<string, StatementModel>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.getStatementsByIdsQuery({ ids: unique, parts });
    return new Map(rows.map((row) => [row.statement.id, toStatement(row)]));
  }

  /**
   * Many pages in one query (one request per parent of a nested list), then the statements on them in a
   * second one: a page and what its nodes show cost two queries, however deep the selection below them.
   */
  async findStatements(
    requests: readonly StatementPageRequest[],
    parts: StatementParts = ALL_STATEMENT_PARTS,
  ): Promise<StatementPage[]> {
    const params = {
      requests: requests.map((request, key) => {
        const filter: Record<string, unknown> = Object.fromEntries(
          FILTER_KEYS.map((k) => [k, request.filter[k] ?? null]),
        );
        filter.textContains = containsKey(request.filter.textContains);
        const page = pageParams('statements', request);
        // The sort key of a statement list is a date; anything else did not come from this list.
        if (page.afterKey !== null && !isCalendarDay(page.afterKey)) {
          throw new InvalidInputError(
            '"after" is not a cursor of this statements list: use an endCursor or cursor it returned',
          );
        }
        const anchor = anchorOf(request.filter);
        // The query checks the statement's own properties on every row anyway; `filtered` asks for the costly
        // checks of relationships and text. The position anchor applies the stance itself.
        const own = (k: string) =>
          k === anchor || (anchor === 'position' && k === 'stance') || PROPERTY_FILTERS.has(k);
        const filtered = Object.entries(filter).some(([k, v]) => v != null && !own(k));
        // An actor's statements and nothing else, or a position's of one speech act or all (what the position
        // counts count), may walk the date index (see the queries), except from a cursor among the undated
        // ones, which the walk does not reach.
        const walkable =
          (anchor === 'speaker' || anchor === 'position') &&
          Object.entries(filter).every(
            ([k, v]) => v == null || k === anchor || (anchor === 'position' && k === 'speechAct'),
          ) &&
          !Object.values(UNDATED_KEYS).some((key) => key === page.afterKey);
        return { key, anchor, filtered, walkable, filter, descending: request.descending, ...page };
      }),
    };
    // One query per anchor among the requests: the requests of a nested list share theirs, so one in all.
    const byFile = new Map<string, typeof params.requests>();
    for (const request of params.requests) {
      const name = request.anchor ? ANCHORS[request.anchor] : UNANCHORED;
      byFile.set(name, [...(byFile.get(name) ?? []), request]);
    }
    const found = await Promise.all(
      [...byFile].map(([name, group]) =>
        this.findStatementsQueries.get(name)?.({
          requests: group,
          limit: Math.max(0, ...group.map((r) => r.limit)),
          undated: UNDATED_KEYS,
          ...(name === ANCHORS.position || name === ANCHORS.speaker ? { hubFactor: this.hubFactor } : {}),
        }),
      ),
    );
    const rows = found.flatMap((r) => r ?? []);
    const pages = requests.map((request, key) =>
      toPage(
        'statements',
        request,
        rows.find((r) => r.key === key),
      ),
    );
    const byId = await this.getStatementMap(
      pages.flatMap((p) => p.ids),
      parts,
    );
    return pages.map((page) => ({
      ...page,
      statements: page.ids.flatMap((id) => {
        const statement = byId.get(id);
        return statement ? [statement] : [];
      }),
    }));
  }
}
