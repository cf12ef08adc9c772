import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config.js';
import type { AnnotatedArticle } from '../../src/ingest/format.js';
import type { Repositories } from '../../src/repositories.js';

/** Hand-annotated articles built to show each phenomenon issue 16 asks about (see data/fixtures/analysis/README.md). */
export const ANALYSIS_FIXTURES = path.join(projectRoot, 'data', 'fixtures', 'analysis');

export const analysisDocuments = (): AnnotatedArticle[] =>
  readdirSync(ANALYSIS_FIXTURES)
    .filter((f) => f.endsWith('.annotated.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(ANALYSIS_FIXTURES, f), 'utf8')) as AnnotatedArticle);

/**
 * Imports the fixtures in publication order, each linked to the remarks earlier ones carry (as text ingestion
 * does): a re-report of a remark becomes a further report of the same statement.
 */
export async function importAnalysisFixtures(repos: Repositories): Promise<void> {
  for (const doc of analysisDocuments()) {
    await repos.ingest.importArticle(doc, { linkFurtherReports: true });
  }
}
