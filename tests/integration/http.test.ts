import { afterAll, describe, expect, it } from 'vitest';
import { connectTestGraph } from '../support/graph.js';

const graph = connectTestGraph();
afterAll(() => graph.close());

describe('HTTP endpoints', () => {
  it('answers /health without touching the database', async () => {
    const response = await graph.app.fetch('http://claimgraph.test/health');
    expect(response.status).toBe(200);
  });

  it('answers /ready with 200 while Neo4j answers', async () => {
    const response = await graph.app.fetch('http://claimgraph.test/ready');
    expect(response.status).toBe(200);
  });

  it('serves GraphiQL to browsers as an HTML page, with the saved examples', async () => {
    const response = await graph.app.fetch('http://claimgraph.test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const page = await response.text();
    expect(page).toContain('claimgraph');
    // The saved example operations open as tabs, the first one in the editor (src/graphiql/public/boot.js).
    expect(page).toContain('PeskovOnNatoExpansion');
    expect(page).toContain('href="/explore"');
    expect(page).not.toMatch(/https?:\/\//);
  });

  it('serves every GraphiQL file from node_modules, and nothing else under its path', async () => {
    const page = await (
      await graph.app.fetch('http://claimgraph.test/graphql', { headers: { accept: 'text/html' } })
    ).text();
    const assets = [...page.matchAll(/(?:href|src)="(\/[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(assets.filter((a) => a.startsWith('/graphiql/vendor/'))).toHaveLength(2);
    for (const asset of assets) {
      const response = await graph.app.fetch(`http://claimgraph.test${asset}`);
      expect(response.status, asset).toBe(200);
    }
    for (const path of [
      '/graphiql/nope.js',
      '/graphiql/vendor/graphiql-0.0.0/yoga-graphiql.umd.js',
      '/graphiql/../package.json',
    ]) {
      expect((await graph.app.fetch(`http://claimgraph.test${path}`)).status, path).toBe(404);
    }
  });

  it('reports the database server through GraphQL', async () => {
    const result = await graph.graphql<{ serverInfo: { version: string; edition: string } }>(
      '{ serverInfo { version edition } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.serverInfo).toEqual({
      version: expect.stringMatching(/^5\.26\./),
      edition: 'community',
    });
  });
});
