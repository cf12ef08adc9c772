import { spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { createDriver } from '../../src/graph/connect.js';
import { CypherRegistry } from '../../src/graph/cypher-registry.js';
import { Executor } from '../../src/graph/executor.js';
import type { AnnotatedArticle } from '../../src/ingest/format.js';
import { findFreePort } from '../../src/neo4j/local-server.js';
import { createRepositories } from '../../src/repositories.js';
import { seedDocument, sortDeep, uniqueSeedDocument } from '../support/documents.js';
import { connectTestGraph } from '../support/graph.js';
import { createTestNeo4j, destroyTestNeo4j } from '../support/test-neo4j.js';

describe('Neo4j killed (kill -9) during a multi-article import', () => {
  // Its own server: this test kills it.
  const serverPromise = createTestNeo4j('faults');
  afterAll(async () => destroyTestNeo4j(await serverPromise), 120_000);

  it('keeps every acknowledged article complete, none partial, none duplicated', {
    timeout: 300_000,
  }, async () => {
    const server = await serverPromise;
    await server.start();
    const open = () => {
      const driver = createDriver(server.connection);
      const executor = new Executor(driver, new CypherRegistry(), { database: 'neo4j' });
      return { driver, executor, repos: createRepositories(executor) };
    };
    const first = open();
    await first.executor.applySchema();

    const documents: AnnotatedArticle[] = Array.from({ length: 40 }, () => uniqueSeedDocument().doc);
    const ledger: string[] = [];
    let inFlight: string | undefined;
    const KILL_AFTER = 12;
    for (const doc of documents) {
      inFlight = doc.article.id;
      if (ledger.length === KILL_AFTER) {
        // The crash lands while this article's transaction is open or about to be.
        setTimeout(() => server.kill(), 5);
      }
      try {
        await first.repos.ingest.importArticle(doc);
        ledger.push(doc.article.id);
      } catch {
        break;
      }
    }
    await first.driver.close().catch(() => {});
    expect(ledger.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(ledger.length).toBeLessThan(documents.length);

    await server.start();
    const second = open();
    try {
      for (const id of ledger) {
        const doc = documents.find((d) => d.article.id === id);
        const back = await second.repos.ingest.getArticleAnnotation(id);
        expect(sortDeep(back), `acknowledged article ${id}`).toEqual(sortDeep(doc));
      }
      // The article in flight at the crash is all there or not there at all.
      const pending = documents.find((d) => d.article.id === inFlight);
      expect(pending, 'an import was in flight at the crash').toBeDefined();
      expect(ledger).not.toContain(inFlight);
      const back = await second.repos.ingest.getArticleAnnotation(String(inFlight));
      const landed = back !== undefined;
      expect(landed ? sortDeep(back) : 'absent').toEqual(landed ? sortDeep(pending) : 'absent');
      const { records } = await second.driver.executeQuery(
        'MATCH (a:Article) OPTIONAL MATCH (a)-[:REPORTS]->(s:Statement) RETURN count(DISTINCT a) AS articles, count(s) AS reports, count(DISTINCT s) AS statements',
      );
      const counts = records[0]?.toObject() as Record<string, { toNumber(): number }>;
      const articles = counts.articles?.toNumber() ?? 0;
      expect(articles).toBe(ledger.length + (landed ? 1 : 0));
      // No statement is duplicated: every report points at its own statement node.
      expect(counts.reports?.toNumber()).toBe(counts.statements?.toNumber());
      expect(counts.statements?.toNumber()).toBe(articles * (documents[0]?.statements.length ?? 0));
    } finally {
      await second.driver.close();
      await server.stop();
    }
  });
});

describe('SIGTERM under load', () => {
  beforeAll(async () => {
    const graph = connectTestGraph();
    await graph.executor.applySchema();
    await graph.repos.ingest.importArticle(seedDocument());
    await graph.close();
  });

  it('drains accepted requests with no 5xx, then exits', { timeout: 120_000 }, async () => {
    const connection = inject('neo4j');
    const port = await findFreePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        NEO4J_URI: connection.uri,
        NEO4J_PASSWORD: connection.password,
        SEED_ON_START: 'false',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    const deadline = Date.now() + 60_000;
    while (!output.includes('claimgraph is ready') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(output).toContain('claimgraph is ready');

    const body = JSON.stringify({
      query:
        '{ actor(id: "dmitry-peskov") { statements(first: 20) { totalCount edges { node { text citedVia { name } } } } } }',
    });
    const request = [
      'POST /graphql HTTP/1.1',
      `Host: 127.0.0.1:${port}`,
      'Content-Type: application/json',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
      '',
      body,
    ].join('\r\n');
    // Raw sockets make "accepted" unambiguous: each connection is established and its request sent before
    // the signal, so each must get a complete answer.
    const sockets = await Promise.all(
      Array.from({ length: 30 }, async () => {
        const socket = net.connect(port, '127.0.0.1');
        await once(socket, 'connect');
        let response = '';
        socket.on('data', (chunk) => {
          response += String(chunk);
        });
        const closed = once(socket, 'close').then(() => response);
        socket.write(request);
        return closed;
      }),
    );
    await new Promise((r) => setTimeout(r, 150));
    child.kill('SIGTERM');
    const responses = await Promise.all(sockets);
    const [code] = await once(child, 'exit');

    const results = responses.map((text) => ({
      status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0),
      ok: text.includes('"totalCount"') && !text.includes('"errors"'),
    }));
    const failed = responses.filter((_, i) => !(results[i]?.status === 200 && results[i]?.ok));
    expect(
      results.filter((r) => !(r.status === 200 && r.ok)),
      JSON.stringify(failed.slice(0, 2)),
    ).toEqual([]);
    expect(code).toBe(0);
    expect(output).toContain('Stopped.');
  });
});
