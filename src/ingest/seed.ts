import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';
import type { ImportOutcome } from '../graph/article-store.js';
import { importAnalysisFixtures } from './analysis-fixtures.js';
import type { ArticleImporter } from './import.js';

export const SEED_FILE = path.join(projectRoot, 'data', 'seed', 'article.annotated.json');

/**
 * Loads the seed article through the same path as `npm run import`, but only into a graph with no article;
 * with `analysisFixtures`, also the fictional articles the analyst examples (06-08) ask about. They are off by
 * default so that a fresh graph holds the seed article alone.
 */
export async function seedIfEmpty(
  store: ArticleImporter,
  options: { analysisFixtures?: boolean } = {},
): Promise<ImportOutcome | undefined> {
  if ((await store.countArticles()) > 0) return undefined;
  const outcome = await store.importArticle(JSON.parse(readFileSync(SEED_FILE, 'utf8')));
  if (options.analysisFixtures) await importAnalysisFixtures(store);
  return outcome;
}
