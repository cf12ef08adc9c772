import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cacheExchange, createClient, fetchExchange } from '@urql/core';
import { type AuditResult, serverAudits } from 'graphql-http';
import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { seedDocument } from '../support/documents.js';
import { connectTestGraph, TEST_API_KEY } from '../support/graph.js';

const graph = connectTestGraph();
// The app as NODE_ENV=production configures it (src/config.ts): no GraphiQL, no introspection.
const production = createApp({
  executor: graph.executor,
  repos: graph.repos,
  graphiql: false,
  introspection: false,
  apiKeys: [TEST_API_KEY],
});

/**
 * Audits that production's introspection-off setting fails on purpose: they send a map of variables to a
 * `__type` query, which production refuses like any introspection (README, "Clients other than the browser").
 */
const PRODUCTION_INTROSPECTION_AUDITS = ['2EA1', '28B9'];

const servers: Server[] = [];
async function listen(app: App): Promise<string> {
  const server = createServer(app);
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

let dev = '';
let prod = '';
beforeAll(async () => {
  await graph.executor.applySchema();
  await graph.repos.ingest.importArticle(seedDocument());
  dev = await listen(graph.app);
  prod = await listen(production);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  await graph.close();
});

/** Runs graphql-http's server audits and splits them by the spec's keyword. */
async function audit(url: string) {
  const results: AuditResult[] = await Promise.all(serverAudits({ url }).map((a) => a.fn()));
  const keyword = (r: AuditResult) => /^(MUST|SHOULD|MAY)/.exec(r.name)?.[1] ?? 'MAY';
  const failed = (r: AuditResult) => r.status !== 'ok';
  const describe = (r: AuditResult) => `${r.id} ${r.name}: ${r.status !== 'ok' ? r.reason : 'ok'}`;
  return {
    count: results.length,
    mustOrShould: results.filter((r) => keyword(r) !== 'MAY'),
    failedMustOrShould: results.filter((r) => keyword(r) !== 'MAY' && failed(r)).map(describe),
    failedIds: results.filter(failed).map((r) => r.id),
  };
}

describe('GraphQL over HTTP: graphql-http server audits', () => {
  it('development passes every MUST and SHOULD audit', async () => {
    const result = await audit(dev);
    expect(result.mustOrShould.length).toBeGreaterThan(30);
    expect(result.failedMustOrShould).toEqual([]);
  });

  it('production passes every MUST and SHOULD audit but the introspection ones it refuses by design', async () => {
    const result = await audit(prod);
    const failed = result.failedMustOrShould.map((line) => line.split(' ')[0]);
    expect(failed.sort()).toEqual([...PRODUCTION_INTROSPECTION_AUDITS].sort());
    // …and they fail for that reason only: the audits' own query, sent as they send it.
    const response = await fetch(prod, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        query: 'query Type($name: String!) { __type(name: $name) { name } }',
        variables: { name: 'sometype' },
      }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    expect(body.errors?.map((e) => e.message)).toEqual([expect.stringMatching(/introspection/i)]);
  });
});

const PESKOV = `query Peskov($name: String!) { actor(name: $name) { id name } }`;

describe('third-party clients, with no custom header', () => {
  it('graphql-request runs queries over GET (and POST) against development and production', async () => {
    for (const url of [dev, prod]) {
      for (const method of ['GET', 'POST'] as const) {
        const client = new GraphQLClient(url, { method });
        const data = await client.request<{ actor: { id: string; name: string } }>(PESKOV, {
          name: 'Peskov',
        });
        expect(data.actor, `${method} ${url}`).toEqual({ id: 'Actor:dmitry-peskov', name: 'Dmitry Peskov' });
      }
    }
  });

  it('urql runs queries with its default GET', async () => {
    const seen: string[] = [];
    const client = createClient({
      url: prod,
      exchanges: [cacheExchange, fetchExchange],
      fetch: (input, init) => {
        seen.push(init?.method ?? 'GET');
        return fetch(input, init);
      },
    });
    const result = await client.query(PESKOV, { name: 'peskov' }).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data?.actor?.name).toBe('Dmitry Peskov');
    expect(seen).toEqual(['GET']);
  });

  it('refuses a mutation over GET and writes nothing; graphql-request itself posts mutations', async () => {
    const mutation = `mutation { upsertActor(input: { id: "csrf-probe", name: "CSRF probe", kind: PERSON }) { id } }`;
    // A link (or an <img>) carrying a mutation, even with a valid key: 405, nothing runs.
    const link = await fetch(`${dev}?query=${encodeURIComponent(mutation)}`, {
      headers: { authorization: `Bearer ${TEST_API_KEY}` },
    });
    expect(link.status).toBe(405);
    const after = await graph.graphql<{ actor: unknown }>('{ actor(id: "csrf-probe") { id } }');
    expect(after.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // graphql-request configured for GET switches to POST for mutations (here refused for lack of a key).
    const methods: string[] = [];
    const client = new GraphQLClient(dev, {
      method: 'GET',
      fetch: (input: RequestInfo | URL, init?: RequestInit) => {
        methods.push(init?.method ?? 'GET');
        return fetch(input, init);
      },
    });
    await expect(client.request(mutation)).rejects.toThrow(/API key/);
    expect(methods).toEqual(['POST']);
  });
});

describe('CSRF: what a foreign page can send without a preflight', () => {
  const query = JSON.stringify({ query: '{ __typename }' });
  it.each([
    ['text/plain', query],
    ['application/x-www-form-urlencoded', `query=${encodeURIComponent('{ __typename }')}`],
    [
      'multipart/form-data; boundary=x',
      `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${query}\r\n--x--\r\n`,
    ],
  ])('refuses a simple POST as %s without the CSRF header', async (type, body) => {
    for (const url of [dev, prod]) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': type }, body });
      expect(response.status, `${type} ${url}`).toBe(403);
      expect(await response.text()).toContain('CSRF');
    }
  });

  it('accepts the same POST once it carries the header a browser can only send after a preflight', async () => {
    const response = await fetch(dev, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-graphql-yoga-csrf': '1' },
      body: query,
    });
    expect(response.status).not.toBe(403);
  });

  it('grants no foreign origin the right to read answers', async () => {
    const response = await fetch(`${prod}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
