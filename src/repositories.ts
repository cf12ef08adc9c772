import { ActorRepository } from './graph/actor.js';
import { ArticleRepository } from './graph/article.js';
import { EventRepository } from './graph/event.js';
import type { Executor } from './graph/executor.js';
import { ExploreRepository } from './graph/explore.js';
import { ExportRepository } from './graph/export.js';
import { OutletRepository } from './graph/outlet.js';
import { PositionRepository } from './graph/position.js';
import { ReviewRepository } from './graph/review.js';
import { StatementRepository } from './graph/statement.js';
import { SystemRepository } from './graph/system.js';
import type { ArticleStore } from './ingest/article-store.js';
import { ImportFeed } from './ingest/import-feed.js';
import { PublishingArticleStore } from './ingest/publishing-store.js';

/** One repository per domain, built once per process; every named query they use is checked here at start. */
export type Repositories = {
  system: SystemRepository;
  actors: ActorRepository;
  statements: StatementRepository;
  positions: PositionRepository;
  outlets: OutletRepository;
  articles: ArticleRepository;
  events: EventRepository;
  /** Human review of extracted statements. */
  reviews: ReviewRepository;
  /** Search, graph views and derived analyses. */
  explore: ExploreRepository;
  /** Writes and exports whole annotated articles. */
  ingest: ArticleStore;
  /** Keyset-paged reads for exports and the live feed. */
  exports: ExportRepository;
  /** Committed imports, for GraphQL subscriptions. */
  feed: ImportFeed;
};

export function createRepositories(executor: Executor): Repositories {
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
    reviews: new ReviewRepository(executor),
    explore: new ExploreRepository(executor, statements),
    ingest: new PublishingArticleStore(executor, feed),
    exports: new ExportRepository(executor),
    feed,
  };
}
