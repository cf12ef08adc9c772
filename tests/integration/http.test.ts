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

  it('serves GraphiQL to browsers', async () => {
    const response = await graph.app.fetch('http://claimgraph.test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('claimgraph');
    // The saved example operations open as tabs…
    expect(page).toContain('PeskovOnNatoExpansion');
    // …unless a link brings its own query (the explorer's "Open in GraphiQL").
    const linked = await graph.app.fetch('http://claimgraph.test/graphql?query=%7B__typename%7D', {
      headers: { accept: 'text/html' },
    });
    expect(await linked.text()).not.toContain('PeskovOnNatoExpansion');
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
