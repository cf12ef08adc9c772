import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';
import { QueryTimeoutError } from '../graph/errors.js';
import type { ArticleImporter } from './import.js';

/**
 * Hand-annotated articles built to show what analysts ask about (issue 16): a stance that changes, both
 * stances in one week, a remark re-reported through a wire with a misquote and a misattribution, allies who
 * disagree, citation laundering. They are fiction (Norland, Valdoria), so that no real person is misquoted.
 */
export const ANALYSIS_FIXTURES_DIR = path.join(projectRoot, 'data', 'fixtures', 'analysis');

/** The fixture files in publication order (their names start with it). */
export function analysisFixtureFiles(dir = ANALYSIS_FIXTURES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.annotated.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Imports the fixtures in publication order, each linked to the remarks the earlier ones carry (as text
 * ingestion does), so that a re-report of a remark becomes a further report of the same statement.
 */
export async function importAnalysisFixtures(store: ArticleImporter): Promise<number> {
  const files = analysisFixtureFiles();
  for (const file of files) {
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    // An import is atomic and idempotent, so one that ran over the transaction timeout (a cold database
    // compiling its plans) left nothing behind and can run again, as the seed import does in main.ts.
    for (let attempt = 1; ; attempt++) {
      try {
        await store.importArticle(doc, { linkFurtherReports: true });
        break;
      } catch (error) {
        if (!(error instanceof QueryTimeoutError) || attempt === IMPORT_ATTEMPTS) throw error;
      }
    }
  }
  return files.length;
}

const IMPORT_ATTEMPTS = 3;
