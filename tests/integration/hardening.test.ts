import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { CypherRegistry, loadCypherFiles } from '../../src/graph/cypher-registry.js';
import { Executor } from '../../src/graph/executor.js';
import { createRepositories } from '../../src/repositories.js';
import { seedDocument } from '../support/documents.js';
import { connectTestGraph, TEST_API_KEY } from '../support/graph.js';

const graph = connectTestGraph();
// The hardened app as NODE_ENV=production configures it.
const production = createApp({
  executor: graph.executor,
  repos: graph.repos,
  graphiql: false,
  introspection: false,
  revealErrors: false,
  apiKeys: [TEST_API_KEY],
  maxBodyBytes: 20_000,
  corsOrigins: ['https://newsroom.example.org'],
});

beforeAll(async () => {
  await graph.executor.applySchema();
  await graph.repos.ingest.importArticle(seedDocument());
});
afterAll(() => graph.close());

type Result = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function post(app: typeof production, query: string, headers: Record<string, string> = {}) {
  const response = await app.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Result };
}

/** Runs `work` and returns how many Cypher queries the executor ran meanwhile. */
async function cypherCalls(work: () => Promise<unknown>): Promise<number> {
  let calls = 0;
  const off = graph.executor.onQuery(() => {
    calls += 1;
  });
  try {
    await work();
  } finally {
    off();
  }
  return calls;
}

describe('operation limits', () => {
  // Each level of speaker → statements → edges → node adds four to the depth.
  const deep = `{ actor(name: "peskov") { ${'statements { edges { node { speaker { '.repeat(4)}name${' } } } }'.repeat(4)} } }`;
  const manyAliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: actor(id: "russia") { name }`).join(' ')} }`;
  const manyTokens = `{ actor(id: "russia") { ${'name '.repeat(2500)} } }`;
  const manyDirectives = `{ actor(id: "russia") { name ${'@include(if: true) '.repeat(40)} } }`;
  const costly = `{ statements(first: 100) { edges { node { speaker { statements(first: 100) { edges { node {
    mentions { actor { statements(first: 100) { edges { node { text } } } } } } } } } } } } }`;

  it.each([
    ['depth', deep, /depth limit/i],
    ['aliases', manyAliases, /aliases limit/i],
    ['tokens', manyTokens, /token limit/i],
    ['directives', manyDirectives, /directives limit/i],
    ['cost', costly, /cost limit/i],
  ])('rejects too much %s with OPERATION_LIMIT before running any Cypher', async (_name, query, message) => {
    let result: Result = {};
    const calls = await cypherCalls(async () => {
      result = (await post(production, query)).body;
    });
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(result.errors?.[0]?.extensions?.code).toBe('OPERATION_LIMIT');
    expect(result.data).toBeUndefined();
    expect(calls).toBe(0);
  });

  it('refuses an operation text over the length limit before parsing it (comments cost no tokens)', async () => {
    // Default options: a 6 MB body is allowed, so only the text limit stands between a distinct 6 MB comment per
    // request and yoga's parse caches, which kept every one of them until the heap ran out.
    const app = createApp({ executor: graph.executor, repos: graph.repos });
    let result: Result = {};
    const calls = await cypherCalls(async () => {
      result = (await post(app, `{ serverInfo { version } } #${'x'.repeat(70_000)}`)).body;
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('OPERATION_LIMIT');
    expect(result.errors?.[0]?.message).toMatch(/70028 characters, over the limit of 65536/);
    expect(result.data).toBeUndefined();
    expect(calls).toBe(0);
    const under = await post(app, `{ serverInfo { version } } #${'x'.repeat(60_000)}`);
    expect(under.body.errors).toBeUndefined();
  });

  it('lets the GraphiQL examples and ordinary queries through', async () => {
    const { body } = await post(
      production,
      '{ actor(name: "peskov") { name statements(first: 3) { totalCount } } }',
    );
    expect(body.errors).toBeUndefined();
  });
});

describe('production mode', () => {
  it('disables introspection and field suggestions', async () => {
    const introspection = await post(production, '{ __schema { types { name } } }');
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await post(production, '{ actr(id: "russia") { name } }');
    expect(typo.body.errors?.[0]?.message).not.toMatch(/did you mean/i);
    const dev = await graph.graphql('{ actr(id: "russia") { name } }');
    expect(dev.errors?.[0]?.message).toMatch(/did you mean/i);
  });

  it('serves no GraphiQL, nor its files', async () => {
    const response = await production.fetch('http://claimgraph.test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    expect((await response.text()).toLowerCase()).not.toContain('graphiql');
    expect((await production.fetch('http://claimgraph.test/graphiql/boot.js')).status).toBe(404);
  });

  it('masks unexpected errors: no stack, no Cypher, no driver message', async () => {
    // A real failure from Neo4j: the server-info query replaced by one that does not compile.
    const files = loadCypherFiles().map((f) =>
      f.name === 'system/get-server-info' ? { ...f, text: 'CALL no.such.procedure() YIELD x RETURN x' } : f,
    );
    const executor = new Executor(graph.driver, new CypherRegistry(files), { database: 'neo4j' });
    const app = createApp({ executor, repos: createRepositories(executor), revealErrors: false });
    const { status, body } = await post(app, '{ serverInfo { version } }');
    expect(status).toBe(200);
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'Unexpected error.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/no\.such|Neo\.|procedure|stack|at /i);
  });

  it('refuses request bodies over the limit', async () => {
    const { status } = await post(production, `{ actor(name: "${'x'.repeat(30_000)}") { name } }`);
    expect(status).toBe(413);
  });

  it('refuses simple cross-site requests (CSRF) and allows configured CORS origins', async () => {
    // A GET needs no CSRF header (tests/integration/clients.test.ts says why), but it cannot mutate.
    const mutation = await production.fetch(
      `http://claimgraph.test/graphql?query=${encodeURIComponent('mutation { deleteArticle(id: "x") }')}`,
      { headers: { accept: 'application/json', authorization: `Bearer ${TEST_API_KEY}` } },
    );
    expect(mutation.status).toBe(405);
    const form = await production.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(form.status).toBeGreaterThanOrEqual(400);
    const preflight = await production.fetch('http://claimgraph.test/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://newsroom.example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://newsroom.example.org');
    const other = await production.fetch('http://claimgraph.test/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example.com');
  });

  it('can require a key for reads too', async () => {
    const closed = createApp({
      executor: graph.executor,
      repos: graph.repos,
      apiKeys: [TEST_API_KEY],
      readsRequireKey: true,
    });
    let calls = 0;
    calls = await cypherCalls(async () => {
      const anonymous = await post(closed, '{ actor(id: "russia") { name } }');
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
    expect(calls).toBe(0);
    const keyed = await post(closed, '{ actor(id: "russia") { name } }', {
      authorization: `Bearer ${TEST_API_KEY}`,
    });
    expect(keyed.body).toEqual({ data: { actor: { name: 'Russia' } } });
  });

  it('tags every response with a request id, keeping a sane one from the caller', async () => {
    const response = await production.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-123' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    const fresh = await post(production, '{ __typename }');
    expect(fresh.status).toBe(200);
  });
});
