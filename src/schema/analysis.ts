import { builder } from '../builder.js';
import { ANALYSIS_MAX_IDS, checkIds } from '../graph/analysis.js';
import { domainId } from '../ids.js';
import { ActorRef, OutletCoverageRef, OutletRef, PositionRef, StanceCellRef } from './refs.js';
import { stanceEvidence } from './statement-fields.js';

StanceCellRef.implement({
  description:
    'One cell of the stance matrix: an actor takes a stance on a position, with the statements behind it.',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'The actor asked about.', resolve: (c) => c.actorId }),
    position: t.field({
      type: PositionRef,
      description: 'The contested issue.',
      resolve: (c) => c.positionId,
    }),
    ...stanceEvidence(
      t,
      "The statements taking this stance, newest first: the actor's own and, with affiliates, those of " +
        'actors speaking for it.',
    ),
  }),
});

OutletCoverageRef.implement({
  description:
    "How many of an actor's statements an outlet carries, as their original medium or as an outlet they are " +
    'cited via (the outlets Statement.corroboration counts).',
  fields: (t) => ({
    outlet: t.field({ type: OutletRef, description: 'The outlet.', resolve: (c) => c.outletId }),
    actor: t.field({ type: ActorRef, description: 'The speaker.', resolve: (c) => c.actorId }),
    statementCount: t.exposeInt('statementCount', {
      description: 'Distinct statements of the actor the outlet carries, in either way (each counted once).',
    }),
    originalMediumCount: t.exposeInt('originalMediumCount', {
      description: 'Of these, how many were originally said to the outlet (the CNN interview).',
    }),
    citedViaCount: t.exposeInt('citedViaCount', {
      description: 'Of these, how many an article cites the outlet for ("according to Sputnik").',
    }),
  }),
});

/** Loads the nodes behind ids, so that unknown ids are a NOT_FOUND and the cells' fields hit the cache. */
async function requireLoaded(loads: Promise<unknown[]>): Promise<void> {
  const failed = (await loads).find((x) => x instanceof Error);
  if (failed) throw failed;
}

builder.queryField('stanceMatrix', (t) =>
  t.field({
    type: [StanceCellRef],
    description:
      'Who supports or opposes what, with evidence: one cell per actor, position and stance, derived from ' +
      'statements (never stored). With `includeAffiliates`, an actor also takes the stances of actors that ' +
      'speak for it, are part of it, represent it, belong to it or lead it, up to 3 hops (Peskov → Kremlin → ' +
      'Russia). Cells come in the order of `actors`, then position id and stance. NOT_FOUND for unknown ids.',
    args: {
      actors: t.arg.idList({
        required: true,
        description: `Actors (domain or global ids; at most ${ANALYSIS_MAX_IDS}).`,
      }),
      positions: t.arg.idList({
        description: `Only these positions (domain or global ids; at most ${ANALYSIS_MAX_IDS}); default all.`,
      }),
      includeAffiliates: t.arg.boolean({
        defaultValue: true,
        description: "Count affiliated actors' statements towards an actor's stance (default true).",
      }),
    },
    resolve: async (_root, args, ctx) => {
      const actorIds = checkIds(
        'actors',
        args.actors.map((id) => domainId('Actor', id)),
      );
      const positionIds = args.positions
        ? checkIds(
            'positions',
            args.positions.map((id) => domainId('Position', id)),
          )
        : null;
      await Promise.all([
        requireLoaded(ActorRef.getDataloader(ctx).loadMany(actorIds)),
        requireLoaded(PositionRef.getDataloader(ctx).loadMany(positionIds ?? [])),
      ]);
      return ctx.repos.analysis.getStanceMatrix(actorIds, positionIds, args.includeAffiliates ?? true);
    },
  }),
);

builder.queryField('outletCoverage', (t) =>
  t.field({
    type: [OutletCoverageRef],
    description:
      "Which outlets carry which actors' statements: per outlet and speaker, the statements originally said to " +
      'the outlet or cited via it, most statements first. Both filters are optional; NOT_FOUND for unknown ids.',
    args: {
      outlets: t.arg.idList({
        description: `Only these outlets (domain or global ids; at most ${ANALYSIS_MAX_IDS}); default all.`,
      }),
      actors: t.arg.idList({
        description: `Only statements of these actors (domain or global ids; at most ${ANALYSIS_MAX_IDS}); default all.`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const outletIds = args.outlets
        ? checkIds(
            'outlets',
            args.outlets.map((id) => domainId('Outlet', id)),
          )
        : null;
      const actorIds = args.actors
        ? checkIds(
            'actors',
            args.actors.map((id) => domainId('Actor', id)),
          )
        : null;
      await Promise.all([
        requireLoaded(OutletRef.getDataloader(ctx).loadMany(outletIds ?? [])),
        requireLoaded(ActorRef.getDataloader(ctx).loadMany(actorIds ?? [])),
      ]);
      return ctx.repos.analysis.getOutletCoverage(outletIds, actorIds);
    },
  }),
);
