import { expect } from 'vitest';
import type { createApp } from '../../src/app.js';
import type { AnnotatedArticle } from '../../src/ingest/format.js';
import { type connectTestGraph, sendGraphQL } from './graph.js';
import { importForTest } from './import-retry.js';

/** Imports an article and reviews one of its statements under `key`: the start of every re-extraction story. */
export async function importAndReview(
  graph: ReturnType<typeof connectTestGraph>,
  app: Pick<ReturnType<typeof createApp>, 'fetch'>,
  doc: AnnotatedArticle,
  review: { id: string; correction: string; key: string },
) {
  await graph.executor.applySchema();
  await importForTest(graph.repos.ingest, doc);
  const result = await sendGraphQL(
    app,
    `mutation ($id: ID!) { reviewStatement(id: $id, correction: ${review.correction}) { statement { key } } }`,
    { id: review.id },
    { authorization: `Bearer ${review.key}` },
  );
  expect(result.errors).toBeUndefined();
}
