import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueSeedDocument } from '../../support/documents.js';
import { connectTestGraph, TEST_API_KEY } from '../../support/graph.js';

// Two apps with their own drivers stand for two claimgraph processes in front of one database.
const first = connectTestGraph();
const second = connectTestGraph();
beforeAll(() => first.executor.applySchema());
afterAll(async () => {
  await first.close();
  await second.close();
});

const IMPORT = 'mutation ($d: JSON!) { importArticle(document: $d) { status } }';
const ARTICLE = 'query ($id: ID!) { article(id: $id) { id } }';
const writer = { authorization: `Bearer ${TEST_API_KEY}` };

async function importedBookmark() {
  const { doc } = uniqueSeedDocument();
  const result = await first.graphql(IMPORT, { d: doc }, writer);
  expect(result.errors).toBeUndefined();
  return { doc, bookmark: String(result.extensions?.bookmark ?? '') };
}

describe('bookmarks: read your writes through another process', () => {
  it('a write returns its bookmark, and a read through another process that sends it sees the write', async () => {
    const { doc, bookmark } = await importedBookmark();
    expect(bookmark).toMatch(/^[A-Za-z0-9:+/=_-]+$/);
    const read = await second.graphql<{ article: { id: string } | null }>(
      ARTICLE,
      { id: `Article:${doc.article.id}` },
      { 'x-claimgraph-bookmark': bookmark },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.article?.id).toBe(`Article:${doc.article.id}`);
    // A read wrote nothing, so it has no bookmark to hand on.
    expect(read.extensions).toBeUndefined();
  });

  it('refuses a header that is not a bookmark, saying which header, before touching the database', async () => {
    for (const header of ['not a bookmark!', 'x'.repeat(300), Array(17).fill('FB:abc').join(',')]) {
      const result = await second.graphql(ARTICLE, { id: 'Article:x' }, { 'x-claimgraph-bookmark': header });
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('x-claimgraph-bookmark');
    }
  });

  it('hands the bookmark to the database: one it never issued is refused as bad input', async () => {
    const { bookmark } = await importedBookmark();
    // Well-formed for the header, but not a bookmark of this database: Neo4j itself must refuse it.
    const forged = `FB:${bookmark.slice(3).split('').reverse().join('')}`;
    const result = await second.graphql(ARTICLE, { id: 'Article:x' }, { 'x-claimgraph-bookmark': forged });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/bookmark/i);
  });

  it('waits for the transactions a bookmark names: one from the future ends in TIMEOUT, not a stale answer', async () => {
    const { doc, bookmark } = await importedBookmark();
    const result = await second.graphql(
      ARTICLE,
      { id: `Article:${doc.article.id}` },
      { 'x-claimgraph-bookmark': fromTheFuture(bookmark) },
    );
    expect(result.data?.article).toBeUndefined();
    expect(result.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    expect(result.errors?.[0]?.message).toMatch(/bookmark/);
  }, 150_000);
});

/**
 * The same bookmark with its transaction id moved far ahead. Neo4j 5 writes a bookmark as PackStream:
 * a one-element list holding the database's 16-byte id and the last transaction's id, then a list of
 * external graphs. Tied to that format on purpose: if a Neo4j upgrade changes it, this test says so.
 */
function fromTheFuture(bookmark: string): string {
  const bytes = Buffer.from(bookmark.slice('FB:'.length), 'base64');
  expect([...bytes.subarray(0, 3)]).toEqual([0x91, 0xcc, 0x10]);
  const at = 3 + 16;
  const marker = bytes[at] ?? 0;
  const width = marker <= 0x7f ? 0 : ({ 200: 1, 201: 2, 202: 4, 203: 8 } as Record<number, number>)[marker];
  expect(width, `transaction id marker 0x${marker.toString(16)}`).toBeDefined();
  const size = width ?? 0;
  const view = bytes.subarray(at + 1, at + 1 + size);
  const txId =
    size === 0 ? BigInt(marker) : size === 8 ? view.readBigInt64BE(0) : BigInt(view.readIntBE(0, size));
  const future = Buffer.alloc(9);
  future[0] = 0xcb;
  future.writeBigInt64BE(txId + 1_000_000_000n, 1);
  const rest = bytes.subarray(at + 1 + size);
  return `FB:${Buffer.concat([bytes.subarray(0, at), future, rest]).toString('base64')}`;
}
