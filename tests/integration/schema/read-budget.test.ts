import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryRecorder, recordQueries } from '../../../src/graph/query-recorder.js';
import { uniqueSeedDocument } from '../../support/documents.js';
import { connectTestGraph } from '../../support/graph.js';

const graph = connectTestGraph();
const { doc } = uniqueSeedDocument();
// Issue 12's article: 5.5 MB of text (the seed, then filler, so that the seed's spans still hold).
doc.article.text = `${doc.article.text}\n\n${'Filler sentence of a very long article. '.repeat(140_000)}`;

beforeAll(async () => {
  await graph.executor.applySchema();
  // A cold database on a loaded machine can run a first large import over the test server's 30 s timeout.
  await graph.repos.ingest.importArticle(doc).catch(() => graph.repos.ingest.importArticle(doc));
}, 240_000);
afterAll(async () => {
  await graph.repos.ingest.deleteArticleCascade(doc.article.id);
  await graph.close();
});

async function post(query: string) {
  const response = await graph.app.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.text() };
}

describe('reads of large texts', () => {
  it('15 aliases of a page of article texts end with a coded error, not a 100 MB response', async () => {
    const aliases = Array.from(
      { length: 15 },
      (_, i) => `a${i}: articles(first: 100) { edges { node { text } } }`,
    );
    const { status, body } = await post(`{ ${aliases.join(' ')} }`);
    expect(status).toBe(200);
    // At most one request's budget of text (8 Mi characters) and the error messages.
    expect(body.length).toBeLessThan(9 * 1024 * 1024);
    const parsed = JSON.parse(body) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect(parsed.errors?.[0]).toMatchObject({
      message: expect.stringContaining('over the limit of 8388608 per request'),
      extensions: { code: 'RESPONSE_TOO_LARGE' },
    });
  });

  it('one large article still reads whole, exactly', async () => {
    const { body } = await post(`{ article(id: "${doc.article.id}") { text } }`);
    const parsed = JSON.parse(body) as { data?: { article: { text: string } } };
    expect(parsed.data?.article.text).toBe(doc.article.text);
  });

  it('lists of articles load no text unless it is shown', async () => {
    // Recorded in this request's own async context: the first test's abandoned text loads (graphql-js stops
    // waiting for a list's other items once one fails) may still finish while this one runs.
    const recorder = new QueryRecorder();
    const { body } = await recordQueries(recorder, () =>
      post('{ articles(first: 100) { edges { node { key title } } } }'),
    );
    expect(body).toContain(doc.article.id);
    const loaded = recorder.queries.map((q) => q.name);
    expect(loaded).toContain('article/find-articles');
    expect(loaded).not.toContain('article/get-article-texts');
  });
});
