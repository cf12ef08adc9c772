import type { Executor } from './graph/executor.js';
import { SystemRepository } from './graph/system.js';
import { ArticleStore } from './ingest/article-store.js';

/** One repository per domain, built once per process; every named query they use is checked here at start. */
export type Repositories = {
  system: SystemRepository;
  articles: ArticleStore;
};

export function createRepositories(executor: Executor): Repositories {
  return {
    system: new SystemRepository(executor),
    articles: new ArticleStore(executor),
  };
}
