import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createDriver } from '../../src/graph/connect.js';
import { CypherRegistry } from '../../src/graph/cypher-registry.js';
import { Executor } from '../../src/graph/executor.js';
import { PortInUseError } from '../../src/neo4j/local-server.js';
import { ProvisionError } from '../../src/neo4j/provision.js';
import { createRepositories } from '../../src/repositories.js';
import { createTestNeo4j, destroyTestNeo4j } from '../support/test-neo4j.js';

// This file runs its own Neo4j, because it stops and starts it; the suite's shared server stays untouched.
const server = await createTestNeo4j('lifecycle');
afterAll(() => destroyTestNeo4j(server), 120_000);

describe('local Neo4j lifecycle', () => {
  it('starts, reports status, serves /ready, and recovers after a restart without restarting the app', {
    timeout: 240_000,
  }, async () => {
    expect(await server.status()).toEqual({ state: 'stopped' });
    const first = await server.start();
    expect(first.started).toBe(true);
    expect(await server.status()).toMatchObject({ state: 'running', pid: first.pid, answering: true });
    // A second start finds the running server instead of launching another.
    expect(await server.start()).toEqual({ started: false, pid: first.pid });

    const connection = server.connection;
    const driver = createDriver(connection);
    const executor = new Executor(driver, new CypherRegistry(), { database: connection.database });
    const app = createApp({ executor, repos: createRepositories(executor) });
    const ready = async () => (await app.fetch('http://claimgraph.test/ready')).status;
    // A cold JVM can take seconds over its first queries, more so on a busy machine.
    const readyWithin = async (ms: number) => {
      const deadline = Date.now() + ms;
      let status = await ready();
      while (status !== 200 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
        status = await ready();
      }
      return status;
    };
    const read = async () => {
      const response = await app.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ serverInfo { version } }' }),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    try {
      expect(await readyWithin(60_000)).toBe(200);

      expect(await server.stop()).toBe(true);
      expect(await server.status()).toEqual({ state: 'stopped' });
      expect(await ready()).toBe(503);
      expect((await app.fetch('http://claimgraph.test/health')).status).toBe(200);
      // Reads while the database is down fail cleanly: a code to retry on, no driver message.
      const down = await read();
      expect(down.status).toBe(200);
      expect(down.body).toMatchObject({
        errors: [
          {
            message: 'The database is unavailable; retry shortly.',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      });

      const second = await server.start();
      expect(second.started).toBe(true);
      // The pool may hold connections to the old process; readiness must come back without a new app.
      expect(await readyWithin(60_000)).toBe(200);
      expect((await read()).body).toEqual({
        data: { serverInfo: { version: expect.stringMatching(/^5\./) } },
      });
      expect(await server.stop()).toBe(true);
      expect(await server.stop()).toBe(false);
    } finally {
      await driver.close();
      await server.stop();
    }
  });

  it('refuses to start on a port that is taken, naming the port and the setting', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve, reject) => {
      blocker.once('error', reject);
      blocker.listen(server.settings.boltPort, '127.0.0.1', resolve);
    });
    try {
      const error = await server.start().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PortInUseError);
      expect((error as Error).message).toContain(`Port ${server.settings.boltPort}`);
      expect((error as Error).message).toContain('NEO4J_BOLT_PORT');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('reports a server that dies during start-up with the tail of its log', async () => {
    const broken = await createTestNeo4j('broken');
    // The JVM refuses a heap this small and exits at once.
    Object.assign(broken.settings, { heapSize: '1k' });
    try {
      const error = await broken.start().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProvisionError);
      expect((error as Error).message).toMatch(/Neo4j exited during start-up/);
      expect((error as Error).message).toMatch(/Last lines of .*console\.log:[\s\S]*heap/i);
      expect(await broken.status()).toEqual({ state: 'stopped' });
    } finally {
      await destroyTestNeo4j(broken);
    }
  });
});
