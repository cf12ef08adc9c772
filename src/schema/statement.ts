import { builder, type Context } from '../builder.js';
import { NotFoundError } from '../graph/errors.js';
import type { StatementModel } from '../graph/statement.js';
import { ActorRef } from './actor.js';
import { ArticleRef } from './article.js';
import {
  type ConnectionResult,
  notFoundError,
  pageRequest,
  rawId,
  toConnection,
  totalCountField,
} from './connection.js';
import { MentionRoleEnum, SpeechActEnum, StanceEnum } from './enums.js';
import { EventRef } from './event.js';
import { FuzzyDateRef } from './fuzzy-date.js';
import { OutletRef } from './outlet.js';
import { PositionRef } from './position.js';
import { StatementFilterInput, StatementOrderEnum, statementPageRequest } from './statement-filter.js';
import { relyingStatementPage } from './statement-reliance.js';

export const StatementRef = builder.loadableNodeRef<StatementModel | Error>('Statement', {
  id: { resolve: (s) => s.id },
  load: async (ids: string[], ctx) => {
    const statements = await ctx.repos.statements.getStatementsByIds(ids, ctx.statementParts);
    primeRefs(ctx, statements);
    return statements.map((s, i) => s ?? notFoundError('statement', ids[i] ?? ''));
  },
});

/**
 * Statements arrive with the actors, outlets and positions they point at (their own properties): priming
 * those loaders lets `speaker`, `citedVia`, `positions { position }` resolve without another query.
 */
function primeRefs(ctx: Context, statements: readonly (StatementModel | null)[]): void {
  const actors = ActorRef.getDataloader(ctx);
  const outlets = OutletRef.getDataloader(ctx);
  const positions = PositionRef.getDataloader(ctx);
  for (const statement of statements) {
    if (!statement) continue;
    for (const actor of statement.refs.actors) actors.prime(actor.id, actor);
    for (const outlet of statement.refs.outlets) outlets.prime(outlet.id, outlet);
    for (const position of statement.refs.positions) positions.prime(position.id, position);
  }
}

/** A page of statements through the batching loader: a nesting level costs two queries, whatever its size. */
async function statementPage(
  ctx: Context,
  ...request: Parameters<typeof statementPageRequest>
): Promise<ConnectionResult> {
  const page = await ctx.loaders.statementPages.load(statementPageRequest(...request));
  primeStatements(ctx, page.statements);
  return toConnection(page);
}

/** Statements a page or a search already read: their nodes and what they point at resolve from cache. */
export function primeStatements(ctx: Context, statements: readonly StatementModel[]): void {
  const loader = StatementRef.getDataloader(ctx);
  for (const statement of statements) loader.prime(statement.id, statement);
  primeRefs(ctx, statements);
}

/** One connection type for every statement list, so clients write one fragment for all of them. */
export const StatementConnectionRef = builder.connectionObject(
  {
    type: StatementRef,
    name: 'StatementConnection',
    description: 'A page of statements.',
    fields: (t) => ({ totalCount: t.int(totalCountField) }),
  },
  { name: 'StatementEdge', description: 'A statement with its cursor.' },
);

type StancePair = StatementModel['positions'][number];
type Mention = StatementModel['mentions'][number];
type EvidenceModel = StatementModel['evidence'][number];

const StatementPositionRef = builder.objectRef<StancePair>('StatementPosition').implement({
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
      resolve: (p) => p.stance as never,
    }),
  }),
});

const MentionRef = builder.objectRef<Mention>('Mention').implement({
  description: 'An actor a statement names or targets.',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'The actor.', resolve: (m) => m.actorId }),
    role: t.field({
      type: MentionRoleEnum,
      description: 'Target or mere mention.',
      resolve: (m) => m.role as never,
    }),
  }),
});

export const EvidenceRef = builder.objectRef<EvidenceModel>('Evidence').implement({
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
      resolve: (s) => s.speechAct as never,
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
      const id = rawId('Statement', String(args.id));
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

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * The `statements` connection of a domain type: the parent becomes one more filter (the actor as speaker,
 * the position, the outlet…), and the batched loader turns every parent of a list into one query.
 */
export function statementsOf<Parent extends { id: string }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, Parent>,
  scope: 'speaker' | 'position' | 'outlet' | 'article' | 'event',
  description: string,
) {
  return t.connection(
    {
      type: StatementRef,
      description,
      args: {
        filter: t.arg({ type: StatementFilterInput, description: 'Further filters.' }),
        orderBy: t.arg({ type: StatementOrderEnum, description: 'Sort order (default STATED_ON_DESC).' }),
      },
      resolve: (parent, args, ctx, info) =>
        statementPage(ctx, { ...args.filter, [scope]: parent.id }, args.orderBy, pageRequest(args, info)),
    },
    StatementConnectionRef,
  );
}

/**
 * The fields every derived stance carries (an actor's position, a position's stances, a stance-matrix cell):
 * the stance and the statements it is derived from.
 */
export function stanceEvidence<Parent extends { stance: string; statementIds: string[] }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, Parent>,
  statementsDescription: string,
) {
  return {
    stance: t.field({
      type: StanceEnum,
      description: 'The stance taken.',
      resolve: (s) => s.stance as never,
    }),
    statementCount: t.int({
      description: 'How many statements take it.',
      resolve: (s) => s.statementIds.length,
    }),
    statements: t.field({
      type: [StatementRef],
      description: statementsDescription,
      resolve: (s) => s.statementIds,
    }),
  };
}
