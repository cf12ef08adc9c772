import { builder } from '../builder.js';
import { NotFoundError } from '../graph/errors.js';
import { domainId } from '../ids.js';
import { pageRequest, toConnection, totalCountField } from './connection.js';
import { ActorRef, PositionRef, PositionStanceRef } from './refs.js';
import { stanceEvidence, statementsOf } from './statement-fields.js';

PositionStanceRef.implement({
  description: "An actor's stance on a position, derived from the statements listed.",
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'The speaker.', resolve: (s) => s.actorId }),
    ...stanceEvidence(t, 'The statements taking this stance, newest first.'),
  }),
});

PositionRef.implement({
  description:
    'A contested issue statements take stances on (security guarantees, NATO expansion, sanctions…).',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The domain id, e.g. `nato-expansion`.' }),
    name: t.exposeString('name', { description: 'Name of the issue.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the issue is about.' }),
    statements: statementsOf(t, 'position', 'Statements taking a stance on this position.'),
    stances: t.loadableList({
      type: PositionStanceRef,
      description: 'Who takes which stance on it, derived from statements, most statements first.',
      load: (ids: string[], ctx) => ctx.repos.positions.getPositionStances(ids),
      resolve: (position) => position.id,
    }),
  }),
});

builder.queryField('position', (t) =>
  t.field({
    type: PositionRef,
    description: 'One position by id or by name (any case); NOT_FOUND when there is none.',
    args: {
      id: t.arg.id({ description: 'Domain id (`nato-expansion`) or global id.' }),
      name: t.arg.string({ description: 'Name, any case ("NATO expansion").' }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.id) return domainId('Position', args.id);
      if (args.name) {
        const [id] = await ctx.repos.positions.findPositionsByName(args.name);
        if (!id) throw new NotFoundError(`No position is named "${args.name}"`);
        return id;
      }
      throw new NotFoundError('Give a position id or name');
    },
  }),
);

const PositionFilterInput = builder.inputType('PositionFilter', {
  description: 'Filters for the position list.',
  fields: (t) => ({ nameContains: t.string({ description: 'Name contains this text (any case).' }) }),
});

builder.queryField('positions', (t) =>
  t.connection(
    {
      type: PositionRef,
      description: 'Positions in name order, with keyset pagination.',
      args: { filter: t.arg({ type: PositionFilterInput, description: 'Filters.' }) },
      resolve: async (_root, args, ctx, info) =>
        toConnection(
          await ctx.repos.positions.findPositions(
            { nameContains: args.filter?.nameContains ?? null },
            pageRequest(args, info),
          ),
        ),
    },
    {
      name: 'PositionConnection',
      description: 'A page of positions.',
      fields: (c) => ({ totalCount: c.int(totalCountField) }),
    },
  ),
);
