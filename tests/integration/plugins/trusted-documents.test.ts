import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { loadExamples } from '../../../src/graphiql-examples.js';
import { loadTrustedDocuments, sha256Hex } from '../../../src/plugins/trusted-documents.js';
import { seedDocument } from '../../support/documents.js';
import { connectTestGraph, TEST_API_KEY } from '../../support/graph.js';

const graph = connectTestGraph();
const [first, second] = loadExamples();
if (!first || !second) throw new Error('expected saved examples');
// A manifest as `npm run trusted-documents -- src/examples/*.graphql` writes it, read back as main.ts does.
const dir = mkdtempSync(path.join(tmpdir(), 'trusted-'));
const manifest = path.join(dir, 'trusted-documents.json');
writeFileSync(manifest, JSON.stringify({ [sha256Hex(first.query)]: first.query }));
const trusted = createApp({
  executor: graph.executor,
  repos: graph.repos,
  graphiql: false,
  introspection: false,
  apiKeys: [TEST_API_KEY],
  trustedDocuments: loadTrustedDocuments(manifest),
});

beforeAll(async () => {
  await graph.executor.applySchema();
  await graph.repos.ingest.importArticle(seedDocument());
});
afterAll(() => graph.close());

type Result = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

async function send(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Result> {
  const response = await trusted.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Result;
}

describe('trusted documents (persisted operations)', () => {
  it('runs a listed operation sent by its hash, as documentId or as an APQ extension', async () => {
    const hash = sha256Hex(first.query);
    const byId = await send({ documentId: `sha256:${hash}` });
    expect(byId.errors).toBeUndefined();
    expect(byId.data?.actor).toMatchObject({ name: 'Dmitry Peskov' });
    const byExtension = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(byExtension.data?.actor).toMatchObject({ name: 'Dmitry Peskov' });
  });

  it('runs a listed operation over GET, which caches can keep', async () => {
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256Hex(first.query) } });
    const response = await trusted.fetch(
      `http://claimgraph.test/graphql?extensions=${encodeURIComponent(extensions)}`,
    );
    const result = (await response.json()) as Result;
    expect(result.errors).toBeUndefined();
    expect(result.data?.actor).toMatchObject({ name: 'Dmitry Peskov' });
  });

  it('refuses operation text, and hashes that are not listed', async () => {
    const text = await send({ query: second.query });
    expect(text.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    expect(text.data ?? null).toBeNull();
    const unlisted = await send({ documentId: `sha256:${sha256Hex(second.query)}` });
    expect(unlisted.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('lets requests with an API key send any operation', async () => {
    const result = await send({ query: second.query }, { authorization: `Bearer ${TEST_API_KEY}` });
    expect(result.errors).toBeUndefined();
    expect(result.data?.outletCoverage).toEqual(expect.any(Array));
  });
});
