import type { Driver } from 'neo4j-driver';
import { type Granularity, periodEnd, periodLabel, weekStart } from '../../src/graph/analysis-periods.js';
import type { StanceTimelineModel, TimelineCellModel } from '../../src/graph/stance-timeline.js';

/**
 * Stance timelines recomputed from the statements alone, in TypeScript, as the definition in docs/analysis.md
 * reads (not as the Cypher works), and the stance copies on stance edges (docs/model.md) next to what the
 * statements' SAID edges say it should be: what a test compares the maintained copies and the timelines with.
 */

/** One statement's stance on a position by one speaker, as stored. */
export type Contribution = {
  statement: string;
  speaker: string;
  position: string;
  stance: string;
  /** YYYY-MM-DD (the first day of its period for month and year precision), or null. */
  statedOn: string | null;
  precision: string | null;
  rejected: boolean;
};

/** Every speaker's stances on `positions`, read with the driver straight from the statements' edges. */
export async function readContributions(driver: Driver, positions: string[]): Promise<Contribution[]> {
  const { records } = await driver.executeQuery(
    `MATCH (a:Actor)-[:SAID]->(s:Statement)-[t:TAKES_POSITION]->(p:Position) WHERE p.id IN $positions
     RETURN s.id AS statement, a.id AS speaker, p.id AS position, t.stance AS stance,
       toString(s.statedOn) AS statedOn, s.statedOnPrecision AS precision,
       coalesce(s.reviewStatus, '') = 'rejected' AS rejected`,
    { positions },
  );
  return records.map((r) => r.toObject() as Contribution);
}

/**
 * Every stance edge on `positions` with its stance copies, and with what they should say (the one speaker's id,
 * '*' for several, '-' for none; the position's id; the statement's date and precision, '-' when undated;
 * 'rejected' or '-'), recomputed from the statement and its SAID edges, as sorted lines.
 */
export async function readStanceCopies(driver: Driver, positions: string[]) {
  const { records } = await driver.executeQuery(
    `MATCH (s:Statement)-[t:TAKES_POSITION]->(p:Position) WHERE p.id IN $positions
     CALL (s) {
       OPTIONAL MATCH (a:Actor)-[:SAID]->(s)
       RETURN collect(a.id) AS speakers
     }
     RETURN s.id + ' ' + t.stance + ' ' + p.id AS edge,
       coalesce(t.speaker, '-') + ' ' + coalesce(t.position, '-') + ' ' + coalesce(toString(t.statedOn), '-') +
         ' ' + coalesce(t.statedOnPrecision, '-') + ' ' + CASE t.rejected WHEN true THEN 'rejected' ELSE '-' END
         AS copy,
       CASE size(speakers) WHEN 0 THEN '-' WHEN 1 THEN speakers[0] ELSE '*' END + ' ' + p.id + ' ' +
         coalesce(toString(s.statedOn), '-') + ' ' +
         CASE WHEN s.statedOn IS NULL THEN '-' ELSE coalesce(s.statedOnPrecision, '-') END + ' ' +
         CASE s.reviewStatus WHEN 'rejected' THEN 'rejected' ELSE '-' END AS expected`,
    { positions },
  );
  const lines = (column: string) =>
    records.map((r) => `${String(r.get('edge'))} ${String(r.get(column))}`).sort();
  return { stored: lines('copy'), expected: lines('expected') };
}

/** A timeline of one speaker on one position worked out from its statements: counts, newest `perCell` per cell. */
export function expectedTimeline(
  contributions: readonly Contribution[],
  speaker: string,
  position: string,
  granularity: Granularity,
  perCell: number,
): StanceTimelineModel {
  const mine = contributions.filter((c) => !c.rejected && c.speaker === speaker && c.position === position);
  const cells = new Map<string, Contribution[]>();
  for (const c of mine) {
    const precision = c.precision ?? 'day';
    const placement =
      c.statedOn === null
        ? 'undated'
        : precision === 'day' || (granularity === 'month' && precision === 'month')
          ? 'dated'
          : 'imprecise';
    const start =
      placement !== 'dated' || c.statedOn === null
        ? ''
        : granularity === 'day'
          ? c.statedOn
          : granularity === 'week'
            ? weekStart(c.statedOn)
            : `${c.statedOn.slice(0, 8)}01`;
    const key = `${placement} ${start} ${c.stance}`;
    cells.set(key, [...(cells.get(key) ?? []), c]);
  }
  const newestFirst = (x: Contribution, y: Contribution) =>
    (y.statedOn ?? '').localeCompare(x.statedOn ?? '') || (x.statement < y.statement ? -1 : 1);
  const cell = (stance: string, list: Contribution[]): TimelineCellModel => ({
    actorId: speaker,
    stance,
    statementCount: list.length,
    statementIds: [...list]
      .sort(newestFirst)
      .slice(0, perCell)
      .map((c) => c.statement),
  });
  const sorted = [...cells].sort(([a], [b]) => (a < b ? -1 : 1));
  const periods = new Map<string, StanceTimelineModel['periods'][number]>();
  for (const [key, list] of sorted) {
    const [placement, start, stance] = key.split(' ') as [string, string, string];
    if (placement !== 'dated') continue;
    const period = periods.get(start) ?? {
      start,
      end: periodEnd(start, granularity),
      label: periodLabel(start, granularity),
      statementCount: 0,
      stances: [],
    };
    period.statementCount += list.length;
    period.stances.push(cell(stance, list));
    periods.set(start, period);
  }
  const apart = (placement: string) =>
    sorted
      .filter(([key]) => key.startsWith(`${placement} `))
      .map(([key, list]) => cell(key.split(' ')[2] ?? '', list));
  return {
    positionId: position,
    granularity,
    periods: [...periods.values()],
    undated: apart('undated'),
    imprecise: apart('imprecise'),
  };
}
