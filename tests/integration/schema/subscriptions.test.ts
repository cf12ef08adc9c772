import { createParser } from 'eventsource-parser';
import { createClient } from 'graphql-sse';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve } from '../../../src/bench/serve.js';
import { Executor } from '../../../src/graph/executor.js';
import type { AnnotatedArticle } from '../../../src/ingest/format.js';
import { ArticleImporter } from '../../../src/ingest/import.js';
import { uniqueSeedDocument } from '../../support/documents.js';
import { connectTestGraph, TEST_API_KEY } from '../../support/graph.js';

const graph = connectTestGraph();
const created: string[] = [];
/** Every client a test opened, closed after it whatever happened, so that a failure does not leak into the next. */
const opened: (() => unknown)[] = [];

beforeAll(async () => {
  await graph.executor.applySchema();
  // The first import on a just-started Neo4j plans every import query inside its one transaction, which on a
  // loaded machine can outlast the test server's transaction timeout; the checks below time real imports, so
  // the plans are made here first (a second try once the first has planned what it reached).
  await graph.repos.ingest.importArticle(fresh()).catch(() => graph.repos.ingest.importArticle(fresh()));
});
afterEach(async () => {
  for (const close of opened.splice(0)) await close();
});
afterAll(async () => {
  for (const id of created) await graph.repos.ingest.deleteArticleCascade(id);
  await graph.close();
});

function fresh(): AnnotatedArticle {
  const { doc } = uniqueSeedDocument();
  created.push(doc.article.id);
  return doc;
}

type Next = { data?: { statementAdded?: { id: string } }; errors?: { extensions?: { code?: string } }[] };

/**
 * A subscription over Server-Sent Events as a browser's client would see it: the response stream parsed by
 * eventsource-parser (a parser nobody here wrote), not by yoga's own code.
 */
async function subscribe(query: string, variables: Record<string, unknown> = {}) {
  const abort = new AbortController();
  opened.push(() => abort.abort());
  const response = await graph.app.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const events: Next[] = [];
  let changed = () => {};
  const parser = createParser({
    onEvent(event) {
      if (event.event === 'next') events.push(JSON.parse(event.data));
      changed();
    },
  });
  const body = response.body;
  if (!body) throw new Error('no response body');
  const reader = body.getReader();
  const decoder = new TextDecoder();
  (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      parser.feed(decoder.decode(value, { stream: true }));
    }
  })().catch(() => {});
  return {
    events,
    /** Resolves once `count` events have arrived (the test's own timeout bounds the wait). */
    until: (count: number) =>
      new Promise<void>((resolve) => {
        changed = () => {
          if (events.length >= count) resolve();
        };
        changed();
      }),
    close: () => abort.abort(),
  };
}

const STATEMENT_ADDED = `subscription ($filter: StatementFilter) { statementAdded(filter: $filter) { id } }`;
const ids = (events: Next[]) => events.map((e) => e.data?.statementAdded?.id?.replace(/^Statement:/, ''));

async function importThroughApi(doc: AnnotatedArticle) {
  const result = await graph.graphql(
    'mutation ($d: JSON!) { importArticle(document: $d) { status } }',
    { d: doc },
    { authorization: `Bearer ${TEST_API_KEY}` },
  );
  expect(result.errors).toBeUndefined();
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));

/** Waits (at most `ms`) for the feed to have `count` subscribers and returns how many it has then. */
async function subscribersWithin(count: number, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (graph.repos.feed.subscriberCount !== count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return graph.repos.feed.subscriberCount;
}

describe('live feed over SSE', () => {
  it("receives exactly an imported article's statements once the import commits; a filter narrows them", async () => {
    const doc = fresh();
    const speaker = doc.statements.find((s) => s.speaker)?.speaker as string;
    const spoken = doc.statements.filter((s) => s.speaker === speaker).map((s) => s.id);
    const all = await subscribe(STATEMENT_ADDED);
    const filtered = await subscribe(STATEMENT_ADDED, { filter: { speaker: `Actor:${speaker}` } });
    expect(graph.repos.feed.subscriberCount).toBe(2);
    await importThroughApi(doc);
    await all.until(doc.statements.length);
    await filtered.until(spoken.length);
    await settle();
    expect(ids(all.events).sort()).toEqual(doc.statements.map((s) => s.id).sort());
    expect(ids(filtered.events).sort()).toEqual([...spoken].sort());
    // An unchanged re-import wrote nothing, so it announces nothing.
    await importThroughApi(doc);
    await settle();
    expect(all.events).toHaveLength(doc.statements.length);
    all.close();
    filtered.close();
    expect(await subscribersWithin(0)).toBe(0);
  });

  it("over a real socket, graphql-sse's client gets the statements, queries still answer, and leaving releases the subscriber", async () => {
    // The app on a real loopback socket, as `npm start` serves it.
    const server = await serve(graph.app);
    // graphql-sse's reference client (distinct-connections mode), not our parsing.
    const client = createClient({ url: server.url, retryAttempts: 0 });
    opened.push(
      () => client.dispose(),
      () => server.close(),
    );
    const before = graph.repos.feed.subscriberCount;
    const doc = fresh();
    const received: string[] = [];
    const problems: unknown[] = [];
    let arrived = () => {};
    const dispose = client.subscribe<{ statementAdded: { id: string } }>(
      { query: STATEMENT_ADDED },
      {
        next: (result) => {
          if (result.errors) problems.push(result.errors);
          const id = result.data?.statementAdded.id;
          if (id) received.push(id.replace(/^Statement:/, ''));
          arrived();
        },
        error: (error) => problems.push(error),
        complete: () => {},
      },
    );
    expect(await subscribersWithin(before + 1)).toBe(before + 1);
    // An ordinary query over the same server answers while the subscription streams.
    const query = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serverInfo { version } }' }),
    });
    expect(query.status).toBe(200);
    expect(((await query.json()) as { errors?: unknown }).errors).toBeUndefined();
    await importThroughApi(doc);
    await new Promise<void>((resolve) => {
      arrived = () => {
        if (received.length >= doc.statements.length) resolve();
      };
      arrived();
    });
    expect(received.sort()).toEqual(doc.statements.map((s) => s.id).sort());
    expect(problems).toEqual([]);
    // The client closes its connection; no import comes after, so only the socket's close can release it.
    dispose();
    expect(await subscribersWithin(before)).toBe(before);
  });

  it('publishes nothing for an import that rolled back', async () => {
    const locked = fresh();
    await graph.repos.ingest.importArticle(locked);
    const feed = await subscribe(STATEMENT_ADDED);
    // A changed annotation of an article whose node another transaction holds: the import waits for the lock
    // until its transaction times out and rolls back.
    const changed = structuredClone(locked);
    const first = changed.statements[0];
    if (first) first.text = `${first.text} (revised)`;
    const impatient = new ArticleImporter(
      new Executor(graph.driver, graph.registry, { database: inject('neo4j').database, txTimeoutMs: 2000 }),
      graph.repos.feed,
    );
    const session = graph.driver.session();
    const holder = session.beginTransaction();
    try {
      await holder.run('MATCH (a:Article {id: $id}) SET a.title = a.title', { id: locked.article.id });
      await expect(impatient.importArticle(changed)).rejects.toThrow(/timeout/i);
    } finally {
      await holder.rollback();
      await session.close();
    }
    // The next committed import is the first thing the subscriber hears.
    const next = fresh();
    await graph.repos.ingest.importArticle(next);
    await feed.until(next.statements.length);
    await settle();
    expect(ids(feed.events).sort()).toEqual(next.statements.map((s) => s.id).sort());
    feed.close();
  });
});
