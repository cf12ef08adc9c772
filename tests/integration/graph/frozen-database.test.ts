import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { createDriver } from '../../../src/graph/connect.js';
import { CypherRegistry } from '../../../src/graph/cypher-registry.js';
import { Executor } from '../../../src/graph/executor.js';
import { createRepositories } from '../../../src/repositories.js';
import { createTestNeo4j, destroyTestNeo4j } from '../../support/test-neo4j.js';

// A database that stops answering (here: SIGSTOP, as a stuck JVM or a network partition looks) must not hang
// requests: the server-side transaction timeout cannot fire while the server is frozen, so the executor keeps
// its own deadline (TIMEOUT), and a pool whose connections are all stuck fails fast (SERVICE_UNAVAILABLE).
describe('frozen database', () => {
  // Its own server: this test freezes it.
  const serverPromise = createTestNeo4j('frozen');
  afterAll(async () => destroyTestNeo4j(await serverPromise), 120_000);

  it('a request ends with TIMEOUT, one that finds no connection with SERVICE_UNAVAILABLE', {
    timeout: 300_000,
  }, async () => {
    const server = await serverPromise;
    const { pid } = await server.start();
    // Two connections, so that two stuck requests exhaust the pool; a short acquisition wait.
    const driver = createDriver(server.connection, {
      maxConnectionPoolSize: 2,
      connectionAcquisitionTimeout: 1_500,
    });
    const executor = new Executor(driver, new CypherRegistry(), {
      database: 'neo4j',
      txTimeoutMs: 2_000,
      deadlineGraceMs: 1_000,
    });
    const app = createApp({ executor, repos: createRepositories(executor) });
    const ask = async () => {
      const started = performance.now();
      const response = await app.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      return { code: body.errors?.[0]?.extensions?.code ?? 'OK', ms: performance.now() - started };
    };
    try {
      await executor.applySchema();
      // Warm up: the first run of a query also plans it, which a loaded machine may not finish in time.
      let warm = await ask();
      for (let i = 0; i < 10 && warm.code !== 'OK'; i += 1) warm = await ask();
      expect(warm.code).toBe('OK');
      // Two at once, so that the pool holds two open connections when the server freezes: a connection still to
      // be opened would fail acquisition instead of getting stuck.
      expect((await Promise.all([ask(), ask()])).map((r) => r.code)).toEqual(['OK', 'OK']);
      process.kill(pid, 'SIGSTOP');
      try {
        // Both pooled connections get stuck on the frozen server; each request still ends by its deadline.
        const stuck = await Promise.all([ask(), ask()]);
        expect(stuck.map((r) => r.code)).toEqual(['TIMEOUT', 'TIMEOUT']);
        for (const r of stuck) expect(r.ms).toBeLessThan(10_000);
        // The pool is now all stuck connections: the next request cannot get one.
        const starved = await ask();
        expect(starved.code).toBe('SERVICE_UNAVAILABLE');
        expect(starved.ms).toBeLessThan(10_000);
      } finally {
        process.kill(pid, 'SIGCONT');
      }
      // Once the server answers again, so does the API.
      let recovered = await ask();
      for (let i = 0; i < 20 && recovered.code !== 'OK'; i += 1) {
        await new Promise((r) => setTimeout(r, 500));
        recovered = await ask();
      }
      expect(recovered.code).toBe('OK');
    } finally {
      await driver.close();
      await server.stop();
    }
  });
});
