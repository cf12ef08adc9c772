import { clearAllDataLoaders } from '@pothos/plugin-dataloader';
import { builder } from '../builder.js';
import { InvalidInputError, NotFoundError } from '../graph/errors.js';
import { domainId } from '../ids.js';
import { actorSchema, formatPath } from '../ingest/format.js';
import { pageRequest, toConnection, totalCountField } from './connection.js';
import { ActorKindEnum, AffiliationRoleEnum, actorKind, affiliationRole } from './enums.js';
import { actorDetails } from './loaders.js';
import { ActorPositionRef, ActorRef, AffiliationRef, PositionRef } from './refs.js';
import { stanceEvidence, statementsOf } from './statement-fields.js';

ActorRef.implement({
  description:
    'A person, state, government body, alliance, organization, delegation or group that says things.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The domain id (slug), e.g. `dmitry-peskov`.' }),
    name: t.exposeString('name', { description: 'Canonical name.' }),
    kind: t.field({
      type: ActorKindEnum,
      description: 'What kind of actor.',
      resolve: (a) => actorKind(a.kind),
    }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'Who this is, when annotated.',
    }),
    aliases: t.stringList({
      description: 'Other names in the reporting ("Moscow", "the Kremlin\'s spokesman"), alphabetical.',
      resolve: async (a, _args, ctx) => (await actorDetails(ctx).load(a.id)).aliases,
    }),
    affiliations: t.field({
      type: [AffiliationRef],
      description:
        'Relations with other actors, in both directions (Peskov is spokesperson for the Kremlin).',
      resolve: async (a, _args, ctx) => (await actorDetails(ctx).load(a.id)).affiliations,
    }),
    statements: statementsOf(t, 'speaker', 'What this actor said, newest first by default.'),
    positions: t.loadableList({
      type: ActorPositionRef,
      description:
        "The actor's stances, derived from its statements (never stored): one entry per position and stance, " +
        'with the statements behind it.',
      args: {
        includeAffiliates: t.arg.boolean({
          defaultValue: true,
          description:
            'Also count statements of actors that speak for or belong to this one (Peskov for the Kremlin, ' +
            'the Kremlin for Russia).',
        }),
      },
      // One loader per place in the operation, so that the actors of a list share one argument value.
      byPath: true,
      load: (ids: string[], ctx, args) =>
        ctx.repos.actors.getActorPositions(ids, args.includeAffiliates ?? true),
      resolve: (actor) => actor.id,
    }),
  }),
});

AffiliationRef.implement({
  description: 'A relation between two actors with a role: `actor` is `role` of `of`.',
  fields: (t) => ({
    role: t.field({
      type: AffiliationRoleEnum,
      description: 'The relation.',
      resolve: (a) => affiliationRole(a.role),
    }),
    actor: t.field({ type: ActorRef, description: 'The actor holding the role.', resolve: (a) => a.actorId }),
    of: t.field({ type: ActorRef, description: 'The actor the role is towards.', resolve: (a) => a.ofId }),
  }),
});

ActorPositionRef.implement({
  description: "An actor's stance on a position, derived from the statements listed.",
  fields: (t) => ({
    position: t.field({
      type: PositionRef,
      description: 'The contested issue.',
      resolve: (s) => s.positionId,
    }),
    ...stanceEvidence(t, 'The statements taking this stance, newest first: the evidence for it.'),
  }),
});

builder.queryField('actor', (t) =>
  t.field({
    type: ActorRef,
    nullable: true,
    description:
      'One actor by id, or by name: the canonical name or any alias, ignoring case ("peskov", "Moscow"). ' +
      'NOT_FOUND when there is none; with a name that several actors share, the first by id.',
    args: {
      id: t.arg.id({ description: 'Domain id (`dmitry-peskov`) or global id (`Actor:dmitry-peskov`).' }),
      name: t.arg.string({ description: 'Canonical name or alias, any case.' }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.id) return domainId('Actor', args.id);
      if (args.name) {
        const [id] = await ctx.repos.actors.findActorsByName(args.name);
        if (!id) throw new NotFoundError(`No actor is named or also known as "${args.name}"`);
        return id;
      }
      throw new NotFoundError('Give an actor id or name');
    },
  }),
);

const ActorFilterInput = builder.inputType('ActorFilter', {
  description: 'Filters for the actor list; all optional, combined with AND.',
  fields: (t) => ({
    kind: t.field({ type: ActorKindEnum, description: 'Only actors of this kind.' }),
    nameContains: t.string({ description: 'Name or an alias contains this text (any case).' }),
  }),
});

builder.queryField('actors', (t) =>
  t.connection(
    {
      type: ActorRef,
      description: 'Actors in name order, with keyset pagination.',
      args: { filter: t.arg({ type: ActorFilterInput, description: 'Filters.' }) },
      resolve: async (_root, args, ctx, info) =>
        toConnection(
          await ctx.repos.actors.findActors(
            { kind: args.filter?.kind ?? null, nameContains: args.filter?.nameContains ?? null },
            pageRequest(args, info),
          ),
        ),
    },
    {
      name: 'ActorConnection',
      description: 'A page of actors.',
      fields: (c) => ({ totalCount: c.int(totalCountField) }),
    },
  ),
);

const ActorInputType = builder.inputType('ActorInput', {
  description: 'An actor to create or update; aliases are added to those it has.',
  fields: (t) => ({
    id: t.string({ required: true, description: 'Domain id: a lowercase slug such as `sergei-ryabkov`.' }),
    name: t.string({ required: true, description: 'Canonical name.' }),
    kind: t.field({ type: ActorKindEnum, required: true, description: 'What kind of actor.' }),
    aliases: t.stringList({ description: 'Other names to add ("Ryabkov", "Riabkov").' }),
    description: t.string({ description: 'Who this is.' }),
  }),
});

builder.mutationField('upsertActor', (t) =>
  t.field({
    type: ActorRef,
    description:
      'Creates an actor or updates its name, kind and description, adding aliases. Needs an API key.',
    args: { input: t.arg({ type: ActorInputType, required: true, description: 'The actor.' }) },
    resolve: async (_root, { input }, ctx) => {
      const parsed = actorSchema.safeParse({ ...input, aliases: input.aliases ?? [] });
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({
          path: `input.${formatPath(i.path)}`,
          message: i.message,
        }));
        throw new InvalidInputError(issues.map((i) => `${i.path} ${i.message}`).join('; '));
      }
      await ctx.repos.actors.upsertActors([parsed.data]);
      clearAllDataLoaders(ctx);
      return parsed.data.id;
    },
  }),
);

builder.mutationField('mergeActors', (t) =>
  t.field({
    type: ActorRef,
    description:
      'Merges two records of the same actor: every statement, mention, affiliation, participation and alias of ' +
      "`remove` moves to `keep`, `remove`'s name becomes an alias, and `remove` is deleted. Needs an API key.",
    args: {
      keep: t.arg.id({ required: true, description: 'The actor that stays (domain or global id).' }),
      remove: t.arg.id({ required: true, description: 'The actor merged into it and deleted.' }),
    },
    resolve: async (_root, args, ctx) => {
      const keep = domainId('Actor', args.keep);
      const remove = domainId('Actor', args.remove);
      if (keep === remove) throw new InvalidInputError('keep and remove are the same actor');
      if (!(await ctx.repos.actors.mergeActorInto(keep, remove))) {
        throw new NotFoundError(`No actor "${keep}" or no actor "${remove}"`);
      }
      clearAllDataLoaders(ctx);
      return keep;
    },
  }),
);
