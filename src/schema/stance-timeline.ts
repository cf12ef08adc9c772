import type { ArgBuilder } from '@pothos/core';
import { builder, type Context } from '../builder.js';
import { ANALYSIS_MAX_IDS, checkIds } from '../graph/analysis.js';
import type { Granularity } from '../graph/analysis-periods.js';
import { InvalidInputError } from '../graph/errors.js';
import {
  idOnlyStatement,
  type StanceTimelineModel,
  TIMELINE_MAX_PER_CELL,
  type TimelineCellModel,
  type TimelinePeriodModel,
} from '../graph/stance-timeline.js';
import type { StatementModel } from '../graph/statement.js';
import { domainId } from '../ids.js';
import { StanceEnum, stance } from './enums.js';
import { ActorRef, notFoundError, PositionRef, StatementRef } from './refs.js';
import { primeStatements } from './statement-fields.js';

export const TimelineGranularityEnum = builder.enumType('TimelineGranularity', {
  description: 'The periods a stance timeline groups statements by.',
  values: {
    DAY: { value: 'day', description: 'Calendar days.' },
    WEEK: { value: 'week', description: 'ISO weeks, Monday to Sunday.' },
    MONTH: { value: 'month', description: 'Calendar months.' },
  } as const,
});

const TimelineStanceRef = builder.objectRef<TimelineCellModel>('TimelineStance').implement({
  description: 'A stance one speaker took in one period (or among the statements no period holds).',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'The speaker.', resolve: (c) => c.actorId }),
    stance: t.field({
      type: StanceEnum,
      description: 'The stance taken.',
      resolve: (c) => stance(c.stance),
    }),
    statementCount: t.exposeInt('statementCount', {
      description: 'How many statements take it (all of them, also when `statements` is cut short).',
    }),
    statements: t.field({
      type: [StatementRef],
      description: 'The statements taking it, newest first, at most `statementsPerPeriod` of them.',
      resolve: (c) => c.listed ?? c.statementIds,
    }),
  }),
});

const TimelinePeriodRef = builder.objectRef<TimelinePeriodModel>('TimelinePeriod').implement({
  description: 'One period of a stance timeline that holds at least one statement.',
  fields: (t) => ({
    start: t.exposeString('start', { description: 'First day of the period (YYYY-MM-DD).' }),
    end: t.exposeString('end', { description: 'Last day of the period (YYYY-MM-DD).' }),
    label: t.exposeString('label', {
      description: 'The period by name: `2025-03-04`, `2025-W10` (ISO week) or `2025-03`.',
    }),
    statementCount: t.exposeInt('statementCount', { description: 'Statements in the period, all stances.' }),
    stances: t.field({
      type: [TimelineStanceRef],
      description: 'The stances taken in the period, by speaker then stance.',
      resolve: (p) => p.stances,
    }),
  }),
});

const StanceTimelineRef = builder.objectRef<StanceTimelineModel>('StanceTimeline').implement({
  description:
    'Stances on one position over time, derived from when each statement was made (its own date, never the ' +
    "reporting article's). Statements whose date is unknown, or known less precisely than one period, are " +
    'listed apart in `undated` and `imprecise`: a date is never guessed.',
  fields: (t) => ({
    position: t.field({
      type: PositionRef,
      description: 'The contested issue.',
      resolve: (x) => x.positionId,
    }),
    granularity: t.field({
      type: TimelineGranularityEnum,
      description: 'The period statements are grouped by.',
      resolve: (x) => x.granularity,
    }),
    periods: t.field({
      type: [TimelinePeriodRef],
      description: 'The periods that hold statements, oldest first (periods without any are left out).',
      resolve: (x) => x.periods,
    }),
    statementCount: t.int({
      description: 'Statements placed in a period.',
      resolve: (x) => x.periods.reduce((n, p) => n + p.statementCount, 0),
    }),
    undated: t.field({
      type: [TimelineStanceRef],
      description: 'Statements with no known date, by speaker and stance.',
      resolve: (x) => x.undated,
    }),
    imprecise: t.field({
      type: [TimelineStanceRef],
      description:
        'Statements dated less precisely than a period (a month-precise date in a weekly timeline), by ' +
        'speaker and stance.',
      resolve: (x) => x.imprecise,
    }),
  }),
});

/** Checks `statementsPerPeriod` (0 to the most, default 20). */
function perCellOf(perCell: number | null | undefined): number {
  const n = perCell ?? 20;
  if (!Number.isInteger(n) || n < 0 || n > TIMELINE_MAX_PER_CELL) {
    throw new InvalidInputError(
      `statementsPerPeriod must be between 0 and ${TIMELINE_MAX_PER_CELL} (got ${String(perCell)})`,
    );
  }
  return n;
}

/**
 * Runs the timeline query and keeps what it read on the way: the position primes its loader and, when the
 * operation shows no relation of a statement, the listed statements prime theirs, so that neither is looked up
 * again. When the operation shows nothing of a statement but its id, the query reads no statement's properties
 * and the listed ids prime the loader alone. An unknown position is a NOT_FOUND.
 */
async function timelineOf(
  ctx: Context,
  positionId: string,
  actorIds: string[] | null,
  granularity: Granularity,
  perCell: number,
): Promise<StanceTimelineModel> {
  const keysOnly = ctx.statementKeysOnly;
  const relations = Object.values(ctx.statementParts).some(Boolean);
  const result = await ctx.repos.timelines.getTimeline(
    positionId,
    actorIds,
    granularity,
    perCell,
    !keysOnly && !relations,
  );
  if (!result) throw notFoundError('position', positionId);
  PositionRef.getDataloader(ctx).prime(result.position.id, result.position);
  if (keysOnly || !relations) {
    const models = new Map(result.statements.map((s) => [s.id, s]));
    const listed: StatementModel[] = [];
    for (const cell of cellsOf(result.timeline)) {
      cell.listed = cell.statementIds.map((id) => {
        const model = models.get(id) ?? idOnlyStatement(id);
        listed.push(model);
        return model;
      });
    }
    primeStatements(ctx, listed);
  }
  return result.timeline;
}

/** Every cell of a timeline. */
function cellsOf(timeline: StanceTimelineModel): TimelineCellModel[] {
  return [...timeline.periods.flatMap((p) => p.stances), ...timeline.undated, ...timeline.imprecise];
}

const GRANULARITY_DESCRIPTION = 'The periods to group by (default WEEK).';
const PER_PERIOD_DESCRIPTION = `Statements listed per speaker, stance and period (0–${TIMELINE_MAX_PER_CELL}, default 20); counts are always complete.`;

/** The arguments both timelines take: how to group, and how many statements to list per cell. */
const periodArgs = (arg: ArgBuilder<typeof builder.$inferSchemaTypes>) => ({
  granularity: arg({
    type: TimelineGranularityEnum,
    defaultValue: 'week',
    description: GRANULARITY_DESCRIPTION,
  }),
  statementsPerPeriod: arg.int({ defaultValue: 20, description: PER_PERIOD_DESCRIPTION }),
});

builder.objectField(ActorRef, 'stanceTimeline', (t) =>
  t.field({
    type: StanceTimelineRef,
    description:
      "The actor's own stances on a position over time: per period the stances it took, how many statements " +
      'took each and which. NOT_FOUND for an unknown position.',
    args: {
      position: t.arg.id({ required: true, description: 'The position (domain or global id).' }),
      ...periodArgs(t.arg),
    },
    resolve: (actor, args, ctx) =>
      timelineOf(
        ctx,
        domainId('Position', String(args.position)),
        [actor.id],
        (args.granularity ?? 'week') as Granularity,
        perCellOf(args.statementsPerPeriod),
      ),
  }),
);

builder.objectField(PositionRef, 'timeline', (t) =>
  t.field({
    type: StanceTimelineRef,
    description:
      'Who took which stance on this position over time: per period the stances of each speaker, how many ' +
      'statements took each and which. NOT_FOUND for unknown actors.',
    args: {
      actors: t.arg.idList({
        description: `Only these speakers (domain or global ids; at most ${ANALYSIS_MAX_IDS}); default every speaker.`,
      }),
      ...periodArgs(t.arg),
    },
    resolve: async (position, args, ctx) => {
      const perCell = perCellOf(args.statementsPerPeriod);
      const actorIds = args.actors
        ? checkIds(
            'actors',
            args.actors.map((id) => domainId('Actor', String(id))),
          )
        : null;
      // Unknown actors are a NOT_FOUND; the check runs beside the timeline, not before it.
      const [actors, timeline] = await Promise.all([
        actorIds ? ActorRef.getDataloader(ctx).loadMany(actorIds) : [],
        timelineOf(ctx, position.id, actorIds, (args.granularity ?? 'week') as Granularity, perCell),
      ]);
      const failed = actors.find((x) => x instanceof Error);
      if (failed) throw failed;
      return timeline;
    },
  }),
);
