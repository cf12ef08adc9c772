import { QueryTimeoutError } from '../../src/graph/errors.js';
import type { ArticleImporter } from '../../src/ingest/import.js';

const ATTEMPTS = 3;

/**
 * Imports one document in a test's setup. An import is atomic and idempotent, so one that ran past the
 * transaction timeout (a fresh database compiling its plans on a loaded machine) left nothing behind and runs
 * again, as importAnalysisFixtures and the explorer suites' seed import do; any other error fails the setup.
 */
export async function importForTest(
  importer: Pick<ArticleImporter, 'importArticle'>,
  ...args: Parameters<ArticleImporter['importArticle']>
) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await importer.importArticle(...args);
    } catch (error) {
      if (!(error instanceof QueryTimeoutError) || attempt === ATTEMPTS) throw error;
      console.log(`[test setup] import timed out (attempt ${attempt} of ${ATTEMPTS}); running it again`);
    }
  }
}
