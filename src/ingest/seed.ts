import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';
import { importAnalysisFixtures } from './analysis-fixtures.js';
import type { ArticleStore, ImportOutcome } from './article-store.js';

export const SEED_FILE = path.join(projectRoot, 'data', 'seed', 'article.annotated.json');

/**
 * Loads the seed article through the same path as `npm run import`, then the analysis fixtures the GraphiQL
 * examples ask about, but only into a graph with no article.
 */
export async function seedIfEmpty(store: ArticleStore): Promise<ImportOutcome | undefined> {
  if ((await store.countArticles()) > 0) return undefined;
  const outcome = await store.importArticle(JSON.parse(readFileSync(SEED_FILE, 'utf8')));
  await importAnalysisFixtures(store);
  return outcome;
}
