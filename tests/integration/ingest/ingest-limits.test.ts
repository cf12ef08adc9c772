import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { projectRoot } from '../../../src/config.js';
import { DEFAULT_EXTRACT_POOL, ExtractPool } from '../../../src/ingest/extract-pool.js';
import { connectTestGraph, TEST_API_KEY } from '../../support/graph.js';

const graph = connectTestGraph();
const seed = readFileSync(path.join(projectRoot, 'data', 'seed', 'article.txt'), 'utf8');
const pools: ExtractPool[] = [];

beforeAll(() => graph.executor.applySchema(), 240_000);
afterAll(async () => {
  for (const p of pools) await p.close();
  await graph.close();
});

const INGEST = 'mutation ($input: IngestArticleTextInput!) { ingestArticleText(input: $input) { status } }';

async function ingest(text: string, pool?: ExtractPool) {
  const app = pool
    ? createApp({ executor: graph.executor, repos: graph.repos, apiKeys: [TEST_API_KEY], extractPool: pool })
    : graph.app;
  const response = await app.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_API_KEY}` },
    body: JSON.stringify({ query: INGEST, variables: { input: { text } } }),
  });
  return (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
  };
}

describe('ingestArticleText under hostile and heavy input', () => {
  it.each([
    ['nested quotes', `${'He said "she said \u201cthey said \u2018'.repeat(20000)}.`],
    ['a huge word', `A${'a'.repeat(131072)} said Peskov.`],
    ['a repeated attribution', 'Peskov said '.repeat(50000)],
    ['a run of quote marks', '"'.repeat(200000)],
    ['the seed text 200 times (490 KB)', Array(200).fill(seed).join('\n\n')],
  ])('%s: BAD_USER_INPUT stating the limit, nothing written', async (_name, text) => {
    const before = await graph.repos.ingest.countArticles();
    const result = await ingest(text);
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/limit of \d+|More than \d+/),
      extensions: { code: 'BAD_USER_INPUT', reason: 'too_large' },
    });
    expect(await graph.repos.ingest.countArticles()).toBe(before);
  });

  it('an extraction over its time budget is a TIMEOUT, nothing written', async () => {
    const pool = new ExtractPool({ ...DEFAULT_EXTRACT_POOL, timeoutMs: 300 });
    pools.push(pool);
    const before = await graph.repos.ingest.countArticles();
    const result = await ingest(Array(60).fill(seed).join('\n\n'), pool);
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringContaining('time budget of 0.3 s'),
      extensions: { code: 'TIMEOUT' },
    });
    expect(await graph.repos.ingest.countArticles()).toBe(before);
  });
});
