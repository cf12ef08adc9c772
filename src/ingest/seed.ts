import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';
import type { ImportOutcome } from '../graph/article-store.js';
import type { ArticleImporter } from './import.js';

export const SEED_FILE = path.join(projectRoot, 'data', 'seed', 'article.annotated.json');

/** Loads the seed article through the same path as `npm run import`, but only into a graph with no article. */
export async function seedIfEmpty(store: ArticleImporter): Promise<ImportOutcome | undefined> {
  if ((await store.countArticles()) > 0) return undefined;
  return store.importArticle(JSON.parse(readFileSync(SEED_FILE, 'utf8')));
}
