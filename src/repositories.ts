import { ActorRepository } from './graph/actor.js';
import { AnalysisRepository } from './graph/analysis.js';
import { ArticleRepository } from './graph/article.js';
import { ContradictionRepository } from './graph/contradiction.js';
import { EventRepository } from './graph/event.js';
import type { QueryExecutor } from './graph/executor.js';
import { ExportRepository } from './graph/export.js';
import { GraphViewRepository } from './graph/graph-views.js';
import { OutletRepository } from './graph/outlet.js';
import { PositionRepository } from './graph/position.js';
import { ProvenanceRepository } from './graph/provenance.js';
import { ReviewRepository } from './graph/review.js';
import { SearchRepository } from './graph/search.js';
import { StanceTimelineRepository } from './graph/stance-timeline.js';
import { StatementRepository } from './graph/statement.js';
import { SystemRepository } from './graph/system.js';
import { ArticleImporter } from './ingest/import.js';
import { ImportFeed } from './ingest/import-feed.js';

/** One repository per domain, built once per process; every named query they use is checked here at start. */
export type Repositories = {
  system: SystemRepository;
  actors: ActorRepository;
  statements: StatementRepository;
  positions: PositionRepository;
  outlets: OutletRepository;
  articles: ArticleRepository;
  events: EventRepository;
  /** Full-text search over actors and statements. */
  search: SearchRepository;
  /** Neighbourhoods and paths, as graphs a viewer draws. */
  graphViews: GraphViewRepository;
  /** Derived analyses: the stance matrix, outlet coverage. */
  analysis: AnalysisRepository;
  /** Stances per period (issue 16). */
  timelines: StanceTimelineRepository;
  /** Stance changes, disagreeing reports, allies on opposite sides. */
  contradictions: ContradictionRepository;
  /** Provenance chains, reliance on one outlet, outlets' dependence on agencies. */
  provenance: ProvenanceRepository;
  /** Human review of extracted statements. */
  reviews: ReviewRepository;
  /** Validates and writes whole annotated articles, reads them back and deletes them. */
  ingest: ArticleImporter;
  /** Keyset-paged reads for exports and the live feed. */
  exports: ExportRepository;
  /** Committed imports, for GraphQL subscriptions. */
  feed: ImportFeed;
};

export function createRepositories(executor: QueryExecutor): Repositories {
  const statements = new StatementRepository(executor);
  const feed = new ImportFeed();
  return {
    system: new SystemRepository(executor),
    actors: new ActorRepository(executor),
    statements,
    positions: new PositionRepository(executor),
    outlets: new OutletRepository(executor),
    articles: new ArticleRepository(executor),
    events: new EventRepository(executor),
    search: new SearchRepository(executor, statements),
    graphViews: new GraphViewRepository(executor),
    analysis: new AnalysisRepository(executor),
    timelines: new StanceTimelineRepository(executor),
    contradictions: new ContradictionRepository(executor, statements),
    provenance: new ProvenanceRepository(executor),
    reviews: new ReviewRepository(executor),
    ingest: new ArticleImporter(executor, feed),
    exports: new ExportRepository(executor),
    feed,
  };
}
