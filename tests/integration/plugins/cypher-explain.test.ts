import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { CYPHER_DIR } from '../../../src/graph/cypher-registry.js';
import { uniqueSeedDocument } from '../../support/documents.js';
import { connectTestGraph } from '../../support/graph.js';

const graph = connectTestGraph();
const { doc } = uniqueSeedDocument();
const development = createApp({ executor: graph.executor, repos: graph.repos, explainQueries: true });
// What main.ts builds in production: no explainQueries.
const production = createApp({ executor: graph.executor, repos: graph.repos });

beforeAll(async () => {
  await graph.executor.applySchema();
  await graph.repos.ingest.importArticle(doc);
});
afterAll(async () => {
  await graph.repos.ingest.deleteArticleCascade(doc.article.id);
  await graph.close();
});

const OPERATION = `query ($article: ID!) {
  statements(first: 100, filter: { article: $article }) { edges { node { text speaker { name } } } }
}`;

type Cost = {
  totalMs: number;
  queryCount: number;
  queries: { name: string; ms: number; rows: number; dbHits?: number; cypher: string }[];
};

async function run(app = development, headers: Record<string, string> = {}) {
  const response = await app.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: OPERATION, variables: { article: doc.article.id } }),
  });
  return (await response.json()) as {
    data?: { statements: { edges: unknown[] } };
    extensions?: { cypher?: Cost };
  };
}

describe('query cost extension', () => {
  it('lists each named query the operation ran, with its duration and rows', async () => {
    // What the executor itself reports running is what the extension must list, in order.
    const ran: { name: string; rows: number }[] = [];
    const off = graph.executor.onQuery((event) => ran.push({ name: event.name, rows: event.rows }));
    let result: Awaited<ReturnType<typeof run>>;
    try {
      result = await run(development, { 'x-claimgraph-explain': '1' });
    } finally {
      off();
    }
    expect(result.data?.statements.edges).toHaveLength(doc.statements.length);
    const cost = result.extensions?.cypher as Cost;
    expect(cost.queries.map((q) => ({ name: q.name, rows: q.rows }))).toEqual(ran);
    expect(cost.queryCount).toBe(ran.length);
    // A page and its statements: two round trips, one row of them per statement shown.
    expect(cost.queryCount).toBe(2);
    expect(cost.queries.map((q) => q.rows)).toContain(doc.statements.length);
    for (const q of cost.queries) {
      expect(q.ms).toBeGreaterThan(0);
      expect(q.dbHits).toBeUndefined();
      expect(q.cypher).toBe(`/cypher/${q.name}`);
      const text = await (await development.fetch(`http://claimgraph.test${q.cypher}`)).text();
      expect(text).toBe(readFileSync(path.join(CYPHER_DIR, `${q.name}.cypher`), 'utf8'));
    }
  });

  it('adds db hits from PROFILE on request', async () => {
    const cost = (await run(development, { 'x-claimgraph-explain': 'profile' })).extensions?.cypher as Cost;
    expect(cost.queries.length).toBe(2);
    for (const q of cost.queries) expect(q.dbHits).toBeGreaterThan(0);
  });

  it('is off without the header, and off in production even with it', async () => {
    const plain = await run(development);
    expect(plain.data?.statements.edges).toHaveLength(doc.statements.length);
    expect(plain.extensions?.cypher).toBeUndefined();
    const hardened = await run(production, { 'x-claimgraph-explain': 'profile' });
    expect(hardened.data?.statements.edges).toHaveLength(doc.statements.length);
    expect(hardened.extensions?.cypher).toBeUndefined();
    expect(
      (await production.fetch('http://claimgraph.test/cypher/statement/find-statements-by-article')).status,
    ).not.toBe(200);
  });

  it("serves a named query's text in development, and nothing else", async () => {
    const response = await development.fetch(
      'http://claimgraph.test/cypher/statement/find-statements-by-article',
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(
      readFileSync(path.join(CYPHER_DIR, 'statement', 'find-statements-by-article.cypher'), 'utf8'),
    );
    for (const probe of ['/cypher/../package.json', '/cypher/%2e%2e%2fpackage.json', '/cypher/nope/none']) {
      expect((await development.fetch(`http://claimgraph.test${probe}`)).status).toBe(404);
    }
  });
});
