import { type Granularity, periodEnd, periodLabel } from './analysis-periods.js';
import type { QueryExecutor } from './executor.js';

/** One speaker's stance within a period (or among the statements no period holds). */
export type TimelineCellModel = {
  actorId: string;
  stance: string;
  statementCount: number;
  /** The newest statements of the cell, at most the timeline's `perCell`. */
  statementIds: string[];
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

type TimelineRow = {
  period: string | null;
  placement: 'dated' | 'imprecise' | 'undated';
  speakerId: string;
  stance: string;
  statementCount: number;
  statementIds: string[];
};

/** The most statements a timeline lists per speaker, stance and period (counts are always complete). */
export const TIMELINE_MAX_PER_CELL = 50;

/** Stances over time, derived from statement dates (a date is never guessed from the reporting article). */
export class StanceTimelineRepository {
  private readonly getStanceTimelineQuery;

  constructor(executor: QueryExecutor) {
    this.getStanceTimelineQuery = executor.query<TimelineRow>('analysis/get-stance-timeline');
  }

  /** `speakerIds` null: every speaker with a stance on the position. */
  async getTimeline(
    positionId: string,
    speakerIds: readonly string[] | null,
    granularity: Granularity,
    perCell: number,
  ): Promise<StanceTimelineModel> {
    const rows = await this.getStanceTimelineQuery({
      positionId,
      speakerIds: speakerIds ? [...speakerIds] : null,
      unit: granularity,
      perCell,
    });
    return groupTimeline(positionId, granularity, rows);
  }
}

const cell = (r: TimelineRow): TimelineCellModel => ({
  actorId: r.speakerId,
  stance: r.stance,
  statementCount: r.statementCount,
  statementIds: r.statementIds,
});

/** Rows (ordered by period) into periods; periods with no statement are left out. */
function groupTimeline(
  positionId: string,
  granularity: Granularity,
  rows: readonly TimelineRow[],
): StanceTimelineModel {
  const periods = new Map<string, TimelinePeriodModel>();
  for (const row of rows) {
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
    undated: rows.filter((r) => r.placement === 'undated').map(cell),
    imprecise: rows.filter((r) => r.placement === 'imprecise').map(cell),
  };
}
