import { builder } from '../builder.js';
import { NotFoundError } from '../graph/errors.js';
import { domainId } from '../ids.js';
import { pageRequest } from './connection.js';
import {
  MentionRoleEnum,
  mentionRole,
  SpeechActEnum,
  StanceEnum,
  StatementOrderEnum,
  speechAct,
  stance,
} from './enums.js';
import {
  ActorRef,
  ArticleRef,
  EventRef,
  EvidenceRef,
  FuzzyDateRef,
  MentionRef,
  OutletRef,
  PositionRef,
  StatementPositionRef,
  StatementRef,
} from './refs.js';
import { StatementConnectionRef, statementPage } from './statement-fields.js';
import { StatementFilterInput } from './statement-filter.js';
import { relyingStatementPage } from './statement-reliance.js';

StatementPositionRef.implement({
  description: 'The stance a statement takes on a position.',
  fields: (t) => ({
    position: t.field({
      type: PositionRef,
      description: 'The contested issue.',
      resolve: (p) => p.positionId,
    }),
    stance: t.field({
      type: StanceEnum,
      description: 'The stance taken.',
      resolve: (p) => stance(p.stance),
    }),
  }),
});

MentionRef.implement({
  description: 'An actor a statement names or targets.',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'The actor.', resolve: (m) => m.actorId }),
    role: t.field({
      type: MentionRoleEnum,
      description: 'Target or mere mention.',
      resolve: (m) => mentionRole(m.role),
    }),
  }),
});

EvidenceRef.implement({
  description: 'An exact character span of an article that grounds a statement.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, description: 'The article.', resolve: (e) => e.articleId }),
    start: t.exposeInt('start', { description: 'Offset of the first character (UTF-16 code units).' }),
    end: t.exposeInt('end', { description: 'Offset after the last character (half-open span).' }),
    excerpt: t.exposeString('text', { description: 'The text of the span, exactly as in the article.' }),
  }),
});

StatementRef.implement({
  description:
    'Something an actor said, as an article reports it, grounded in exact spans of the article text.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The domain id, e.g. `<article-id>:s03`.' }),
    text: t.exposeString('text', { description: 'Paraphrase of what was said.' }),
    quote: t.exposeString('quote', {
      nullable: true,
      description: 'Verbatim quote, when the article has one.',
    }),
    speechAct: t.field({
      type: SpeechActEnum,
      description: 'What the statement does.',
      resolve: (s) => speechAct(s.speechAct),
    }),
    cue: t.exposeString('cue', {
      nullable: true,
      description: 'The reporting cue ("stated", "told CNN", "warned").',
    }),
    negated: t.exposeBoolean('negated', { description: 'Whether it is negated ("is not threatening…").' }),
    conditional: t.exposeBoolean('conditional', { description: 'Whether it holds only under a condition.' }),
    condition: t.exposeString('condition', {
      nullable: true,
      description: 'The condition ("if NATO\'s expansion continues").',
    }),
    statedOn: t.field({
      type: FuzzyDateRef,
      nullable: true,
      description: 'When it was said, to the precision known.',
      resolve: (s) => s.statedOn,
    }),
    speaker: t.field({
      type: ActorRef,
      nullable: true,
      description: "Who said it; null for the article's own assertions.",
      resolve: (s) => s.speakerId,
    }),
    originalMedium: t.field({
      type: OutletRef,
      nullable: true,
      description: 'The outlet it was originally said to (the CNN interview).',
      resolve: (s) => s.originalMediumId,
    }),
    citedVia: t.field({
      type: [OutletRef],
      description: 'Outlets the reporting articles cite for it ("according to Sputnik").',
      resolve: (s) => s.citedViaIds,
    }),
    positions: t.field({
      type: [StatementPositionRef],
      description: 'Positions it takes a stance on.',
      resolve: (s) => s.positions,
    }),
    mentions: t.field({
      type: [MentionRef],
      description: 'Actors it names or targets.',
      resolve: (s) => s.mentions,
    }),
    events: t.field({ type: [EventRef], description: 'Events it concerns.', resolve: (s) => s.eventIds }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'The exact spans of article text it rests on.',
      resolve: (s) => s.evidence,
    }),
    reports: t.field({
      type: [ArticleRef],
      description: 'Articles that report it (more than one when the same remark was reported again).',
      resolve: (s) => s.reportIds,
    }),
    corroboration: t.exposeInt('corroboration', {
      description:
        'How many distinct outlets it is known through (its original medium and the outlets reporting ' +
        'articles cite it via): 1 means it rests on a single outlet, 0 that no outlet is recorded.',
    }),
  }),
});

builder.queryField('statement', (t) =>
  t.field({
    type: StatementRef,
    description: 'One statement by domain or global id; NOT_FOUND when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Domain id or global id (`Statement:<id>`).' }) },
    resolve: (_root, args) => {
      const id = domainId('Statement', args.id);
      if (!id) throw new NotFoundError('Give a statement id');
      return id;
    },
  }),
);

builder.queryField('statements', (t) =>
  t.connection(
    {
      type: StatementRef,
      description: 'Statements across the graph, filtered and sorted by date (newest first by default).',
      args: {
        filter: t.arg({ type: StatementFilterInput, description: 'Filters, combined with AND.' }),
        orderBy: t.arg({ type: StatementOrderEnum, description: 'Sort order (default STATED_ON_DESC).' }),
      },
      resolve: (_root, args, ctx, info) =>
        args.filter?.reliesOn
          ? relyingStatementPage(ctx, args.filter, args.orderBy, pageRequest(args, info))
          : statementPage(ctx, args.filter, args.orderBy, pageRequest(args, info)),
    },
    StatementConnectionRef,
  ),
);
