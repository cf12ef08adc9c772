import { builder } from '../builder.js';
import { domainId } from '../ids.js';
import { pageRequest, toConnection, totalCountField } from './connection.js';
import { ActorRef, EventRef, FuzzyDateRef, ParticipantRef } from './refs.js';
import { statementsOf } from './statement-fields.js';

ParticipantRef.implement({
  description: 'An actor that took part in an event.',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'The actor.', resolve: (p) => p.actorId }),
    role: t.exposeString('role', { nullable: true, description: 'Its role there, when known.' }),
  }),
});

EventRef.implement({
  description: 'Something that happened and that statements are about (the 10 January Russia–US talks).',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The domain id.' }),
    name: t.exposeString('name', { description: 'Name of the event.' }),
    description: t.exposeString('description', { nullable: true, description: 'What happened.' }),
    date: t.field({
      type: FuzzyDateRef,
      nullable: true,
      description: 'When, to the precision known.',
      resolve: (e) => e.date,
    }),
    participants: t.field({
      type: [ParticipantRef],
      description: 'Who took part.',
      resolve: (e) => e.participants,
    }),
    precededBy: t.field({
      type: [EventRef],
      description: 'Events this one followed.',
      resolve: (e) => e.precededByIds,
    }),
    followedBy: t.field({
      type: [EventRef],
      description: 'Events that followed this one.',
      resolve: (e) => e.followedByIds,
    }),
    statements: statementsOf(t, 'event', 'Statements about this event.'),
  }),
});

builder.queryField('event', (t) =>
  t.field({
    type: EventRef,
    description: 'One event by domain or global id; NOT_FOUND when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Domain id or global id (`Event:<id>`).' }) },
    resolve: (_root, args) => domainId('Event', args.id),
  }),
);

const EventFilterInput = builder.inputType('EventFilter', {
  description: 'Filters for the event list; combined with AND.',
  fields: (t) => ({
    participant: t.id({ description: 'This actor took part.' }),
    from: t.string({ description: 'On or after this date (YYYY-MM-DD).' }),
    to: t.string({ description: 'On or before this date (YYYY-MM-DD).' }),
    nameContains: t.string({ description: 'Name contains this text (any case).' }),
  }),
});

builder.queryField('events', (t) =>
  t.connection(
    {
      type: EventRef,
      description: 'Events in date order (undated last), with keyset pagination.',
      args: { filter: t.arg({ type: EventFilterInput, description: 'Filters.' }) },
      resolve: async (_root, args, ctx, info) => {
        const f = args.filter ?? {};
        return toConnection(
          await ctx.repos.events.findEvents(
            {
              participant: f.participant ? domainId('Actor', f.participant) : null,
              from: f.from ?? null,
              to: f.to ?? null,
              nameContains: f.nameContains ?? null,
            },
            pageRequest(args, info),
          ),
        );
      },
    },
    {
      name: 'EventConnection',
      description: 'A page of events.',
      fields: (c) => ({ totalCount: c.int(totalCountField) }),
    },
  ),
);
