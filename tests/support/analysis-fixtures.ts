import { readFileSync } from 'node:fs';
import { analysisFixtureFiles } from '../../src/ingest/analysis-fixtures.js';
import type { AnnotatedArticle } from '../../src/ingest/format.js';

export { importAnalysisFixtures } from '../../src/ingest/analysis-fixtures.js';

/** The analysis fixtures as documents, in publication order. */
export const analysisDocuments = (): AnnotatedArticle[] =>
  analysisFixtureFiles().map((f) => JSON.parse(readFileSync(f, 'utf8')) as AnnotatedArticle);
