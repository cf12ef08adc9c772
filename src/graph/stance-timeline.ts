import { type Granularity, periodEnd, periodLabel } from './analysis-periods.js';
import { toFuzzyDate } from './dates.js';
import type { QueryExecutor } from './executor.js';
import type { Plain } from './plain.js';
import type { PositionModel } from './position.js';
import type { StatementModel } from './statement.js';

/** One speaker's stance within a period (or among the statements no period holds). */
export type TimelineCellModel = {
  actorId: string;
  stance: string;
  statementCount: number;
  /** The newest statements of the cell, at most the timeline's `perCell`. */
  statementIds: string[];
  /**
   * The same statements' models, when the timeline's reader already has all the operation shows of them: they
   * resolve as they are, where ids would each go through the statement loader (a promise per statement, and a
   * hub's timeline lists many).
   */
  listed?: StatementModel[];
};

export type TimelinePeriodModel = {
  /** First and last day of the period, YYYY-MM-DD. */
  start: string;
  end: string;
  label: string;
  statementCount: number;
  stances: TimelineCellModel[];
};

export type StanceTimelineModel = {
  positionId: string;
  granularity: Granularity;
  periods: TimelinePeriodModel[];
  /** Statements with no date. */
  undated: TimelineCellModel[];
  /** Statements dated less precisely than a period (a month-precise date in a weekly timeline). */
  imprecise: TimelineCellModel[];
};

/**
 * A timeline with what its query read on the way: the position, and (when asked) the listed statements with
 * their own properties and no relation (as `StatementRepository.getStatementsByIds` gives them when no part is
 * asked).
 */
export type StanceTimelineResult = {
  position: PositionModel;
  timeline: StanceTimelineModel;
  statements: StatementModel[];
};

type OwnFields = Omit<
  StatementModel,
  | 'statedOn'
  | 'speakerId'
  | 'originalMediumId'
  | 'citedViaIds'
  | 'positions'
  | 'mentions'
  | 'eventIds'
  | 'evidence'
  | 'lostEvidence'
  | 'reportIds'
  | 'orphanedInIds'
  | 'corroboration'
  | 'refs'
> & { statedOn: Plain };

type CellRow = {
  period: string | null;
  placement: 'dated' | 'imprecise' | 'undated';
  speakerId: string;
  stance: string;
  statementCount: number;
  statementIds: string[];
  statements: OwnFields[];
};

type TimelineRow = { position: PositionModel; cells: CellRow[] };

/** The most statements a timeline lists per speaker, stance and period (counts are always complete). */
export const TIMELINE_MAX_PER_CELL = 50;

/** Stances over time, derived from statement dates (a date is never guessed from the reporting article). */
export class StanceTimelineRepository {
  private readonly getStanceTimelineQuery;

  constructor(executor: QueryExecutor) {
    this.getStanceTimelineQuery = executor.query<TimelineRow>('analysis/get-stance-timeline');
  }

  /**
   * `speakerIds` null: every speaker with a stance on the position. `withStatements` false: the result's
   * `statements` stay empty (the timeline still names them). Null when there is no such position.
   */
  async getTimeline(
    positionId: string,
    speakerIds: readonly string[] | null,
    granularity: Granularity,
    perCell: number,
    withStatements = true,
  ): Promise<StanceTimelineResult | null> {
    const [row] = await this.getStanceTimelineQuery({
      positionId,
      speakerIds: speakerIds ? [...new Set(speakerIds)] : null,
      unit: granularity,
      perCell,
      withStatements,
    });
    if (!row) return null;
    return {
      position: row.position,
      timeline: groupTimeline(row.position.id, granularity, row.cells),
      statements: row.cells.flatMap((c) => c.statements.map(withoutRelations)),
    };
  }
}

/**
 * A listed statement known by its id alone, for an operation that reads nothing else of any statement (the
 * timeline was read without its statements' properties): every other field is empty and never resolved.
 */
export function idOnlyStatement(id: string): StatementModel {
  return withoutRelations({
    id,
    text: '',
    quote: null,
    speechAct: '',
    negated: false,
    conditional: false,
    condition: null,
    cue: null,
    confidence: null,
    extractedBy: null,
    needsReview: false,
    reviewStatus: null,
    reviewLog: [],
    statedOn: null,
  });
}

/**
 * A statement with its own properties only: every relation empty, as when no part of it is loaded. Written as
 * one literal, field by field: spreading `own` and then adding the relation fields sent every object through
 * V8's slow path for properties added after a spread, and a hub's timeline (many listed statements) spent more
 * building models than in its query (docs/benchmarks.md).
 */
function withoutRelations(own: OwnFields): StatementModel {
  return {
    id: own.id,
    text: own.text,
    quote: own.quote,
    speechAct: own.speechAct,
    negated: own.negated,
    conditional: own.conditional,
    condition: own.condition,
    cue: own.cue,
    confidence: own.confidence,
    extractedBy: own.extractedBy,
    needsReview: own.needsReview,
    reviewStatus: own.reviewStatus,
    reviewLog: own.reviewLog,
    statedOn: toFuzzyDate(own.statedOn),
    speakerId: null,
    originalMediumId: null,
    citedViaIds: [],
    positions: [],
    mentions: [],
    eventIds: [],
    evidence: [],
    lostEvidence: [],
    reportIds: [],
    orphanedInIds: [],
    corroboration: 0,
    refs: { actors: [], outlets: [], positions: [] },
  };
}

const cell = (r: CellRow): TimelineCellModel => ({
  actorId: r.speakerId,
  stance: r.stance,
  statementCount: r.statementCount,
  statementIds: r.statementIds,
});

/** Cells (ordered by period) into periods; periods with no statement are left out. */
function groupTimeline(
  positionId: string,
  granularity: Granularity,
  cells: readonly CellRow[],
): StanceTimelineModel {
  const periods = new Map<string, TimelinePeriodModel>();
  for (const row of cells) {
    if (row.placement !== 'dated' || row.period === null) continue;
    let period = periods.get(row.period);
    if (!period) {
      period = {
        start: row.period,
        end: periodEnd(row.period, granularity),
        label: periodLabel(row.period, granularity),
        statementCount: 0,
        stances: [],
      };
      periods.set(row.period, period);
    }
    period.statementCount += row.statementCount;
    period.stances.push(cell(row));
  }
  return {
    positionId,
    granularity,
    periods: [...periods.values()],
    undated: cells.filter((r) => r.placement === 'undated').map(cell),
    imprecise: cells.filter((r) => r.placement === 'imprecise').map(cell),
  };
}
