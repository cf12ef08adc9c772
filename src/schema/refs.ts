import { builder, type Context } from '../builder.js';
import type { ActorModel, ActorPositionModel, AffiliationModel } from '../graph/actor.js';
import type { OutletCoverageModel, StanceCellModel } from '../graph/analysis.js';
import type { ArticleModel } from '../graph/article.js';
import type { ImportOutcome } from '../graph/article-store.js';
import type { FuzzyDateModel } from '../graph/dates.js';
import { NotFoundError } from '../graph/errors.js';
import type { EventModel } from '../graph/event.js';
import type { GraphEdgeModel, GraphModel, GraphNodeModel } from '../graph/graph-views.js';
import type { OutletArticleModel, OutletModel } from '../graph/outlet.js';
import type { PositionModel, PositionStanceModel } from '../graph/position.js';
import type { SearchHitModel } from '../graph/search.js';
import type { TextRange } from '../graph/search-text.js';
import type { StatementModel } from '../graph/statement.js';
import type { ServerInfo } from '../graph/system.js';

/**
 * Every object type of the schema, declared once: type files implement these refs and use each other's by
 * importing this file, never one another (enums are in enums.ts, inputs with the fields that take them).
 */

/** Missing ids load as errors: a reference to a node that is gone is a NOT_FOUND, not a silent null. */
export const notFoundError = (typename: string, id: string) =>
  new NotFoundError(`No ${typename} with id "${id}"`);

/** A by-ids result (one entry per id, in order, null where there is none) as a node loader returns it. */
const orMissing =
  (typename: string, ids: readonly string[]) =>
  <T>(found: readonly (T | null)[]): (T | Error)[] =>
    found.map((node, i) => node ?? notFoundError(typename, ids[i] ?? ''));

export const ActorRef = builder.loadableNodeRef<ActorModel | Error>('Actor', {
  id: { resolve: (actor) => actor.id },
  load: async (ids: string[], ctx) => orMissing('actor', ids)(await ctx.repos.actors.getActorsByIds(ids)),
});

export const StatementRef = builder.loadableNodeRef<StatementModel | Error>('Statement', {
  id: { resolve: (s) => s.id },
  load: async (ids: string[], ctx) => {
    const statements = await ctx.repos.statements.getStatementsByIds(ids, ctx.statementParts);
    primeRefs(ctx, statements);
    return orMissing('statement', ids)(statements);
  },
});

export const PositionRef = builder.loadableNodeRef<PositionModel | Error>('Position', {
  id: { resolve: (p) => p.id },
  load: async (ids: string[], ctx) =>
    orMissing('position', ids)(await ctx.repos.positions.getPositionsByIds(ids)),
});

export const OutletRef = builder.loadableNodeRef<OutletModel | Error>('Outlet', {
  id: { resolve: (o) => o.id },
  load: async (ids: string[], ctx) => orMissing('outlet', ids)(await ctx.repos.outlets.getOutletsByIds(ids)),
});

export const ArticleRef = builder.loadableNodeRef<ArticleModel | Error>('Article', {
  id: { resolve: (a) => a.id },
  load: async (ids: string[], ctx) =>
    orMissing('article', ids)(await ctx.repos.articles.getArticlesByIds(ids)),
});

export const EventRef = builder.loadableNodeRef<EventModel | Error>('Event', {
  id: { resolve: (e) => e.id },
  load: async (ids: string[], ctx) => orMissing('event', ids)(await ctx.repos.events.getEventsByIds(ids)),
});

/**
 * Statements arrive with the actors, outlets and positions they point at (their own properties): priming
 * those loaders lets `speaker`, `citedVia`, `positions { position }` resolve without another query.
 */
export function primeRefs(ctx: Context, statements: readonly (StatementModel | null)[]): void {
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

export const FuzzyDateRef = builder.objectRef<FuzzyDateModel>('FuzzyDate');

export const AffiliationRef = builder.objectRef<AffiliationModel>('Affiliation');
export const ActorPositionRef = builder.objectRef<ActorPositionModel>('ActorPosition');

export const StatementPositionRef =
  builder.objectRef<StatementModel['positions'][number]>('StatementPosition');
export const MentionRef = builder.objectRef<StatementModel['mentions'][number]>('Mention');
export const EvidenceRef = builder.objectRef<StatementModel['evidence'][number]>('Evidence');

export const PositionStanceRef = builder.objectRef<PositionStanceModel>('PositionStance');
export const OutletArticleRef = builder.objectRef<OutletArticleModel>('OutletArticle');
export const CitationRef = builder.objectRef<ArticleModel['cites'][number]>('Citation');
export const ParticipantRef = builder.objectRef<EventModel['participants'][number]>('Participant');

export const ImportResultRef = builder.objectRef<ImportOutcome>('ImportResult');
export const IngestResultRef = builder.objectRef<{ outcome: ImportOutcome; document: unknown }>(
  'IngestResult',
);

export const TextRangeRef = builder.objectRef<TextRange>('TextRange');
export const SearchHitRef = builder.objectRef<SearchHitModel>('SearchHit');

export const GraphNodeRef = builder.objectRef<GraphNodeModel>('GraphNode');
export const GraphEdgeRef = builder.objectRef<GraphEdgeModel>('GraphEdge');
export const GraphRef = builder.objectRef<GraphModel>('Graph');

export const StanceCellRef = builder.objectRef<StanceCellModel>('StanceCell');
export const OutletCoverageRef = builder.objectRef<OutletCoverageModel>('OutletCoverage');

export const ServerInfoRef = builder.objectRef<ServerInfo>('ServerInfo');
