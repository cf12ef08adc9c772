import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { uniqueSeedDocument } from '../../support/documents.js';
import { connectTestGraph, sendGraphQL, TEST_API_KEY } from '../../support/graph.js';

// The suite's data layer, behind an app with the response cache on.
const graph = connectTestGraph();
const app = createApp({
  executor: graph.executor,
  repos: graph.repos,
  apiKeys: [TEST_API_KEY],
  responseCache: { ttlMs: 60_000, maxEntries: 100 },
});
beforeAll(() => graph.executor.applySchema());
afterAll(() => graph.close());

const COUNT = 'query Count { statements(first: 1) { totalCount } }';
const writer = { authorization: `Bearer ${TEST_API_KEY}` };

/** One operation through the caching app, and how many Cypher queries answering it took. */
async function ask(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  let queries = 0;
  const stop = graph.executor.onQuery(() => {
    queries += 1;
  });
  try {
    const body = await sendGraphQL(app, query, variables, headers);
    expect(body.errors).toBeUndefined();
    return { data: body.data, queries };
  } finally {
    stop();
  }
}

const total = (data: Record<string, unknown> | undefined) =>
  (data?.statements as { totalCount: number } | undefined)?.totalCount ?? Number.NaN;

describe('response cache', () => {
  it('answers a repeated query from the cache, and never serves an answer from before a write', async () => {
    const before = await ask(COUNT);
    expect(before.queries).toBeGreaterThan(0);
    const again = await ask(COUNT);
    expect(again.queries).toBe(0);
    expect(again.data).toEqual(before.data);

    // A write through GraphQL: the next answer is computed afresh and counts the new statements.
    const { doc } = uniqueSeedDocument();
    await ask('mutation ($d: JSON!) { importArticle(document: $d) { status } }', { d: doc }, writer);
    const afterMutation = await ask(COUNT);
    expect(afterMutation.queries).toBeGreaterThan(0);
    expect(total(afterMutation.data)).toBe(total(before.data) + doc.statements.length);

    // A write that bypasses GraphQL (same process, same executor) invalidates as well.
    const other = uniqueSeedDocument().doc;
    await graph.repos.ingest.importArticle(other);
    const afterDirect = await ask(COUNT);
    expect(afterDirect.queries).toBeGreaterThan(0);
    expect(total(afterDirect.data)).toBe(total(afterMutation.data) + other.statements.length);
  });

  it('keeps scopes apart and runs afresh for callers asking for their writes or for query costs', async () => {
    await ask(COUNT);
    expect((await ask(COUNT)).queries).toBe(0);
    expect((await ask(COUNT, {}, writer)).queries).toBeGreaterThan(0);
    expect((await ask(COUNT, {}, writer)).queries).toBe(0);
    const { doc } = uniqueSeedDocument();
    const written = await sendGraphQL(
      app,
      'mutation ($d: JSON!) { importArticle(document: $d) { status } }',
      { d: doc },
      writer,
    );
    const bookmark = String(written.extensions?.bookmark);
    await ask(COUNT);
    expect((await ask(COUNT, {}, { 'x-claimgraph-bookmark': bookmark })).queries).toBeGreaterThan(0);
    expect((await ask(COUNT, {}, { 'x-claimgraph-explain': '1' })).queries).toBeGreaterThan(0);
  });
});
