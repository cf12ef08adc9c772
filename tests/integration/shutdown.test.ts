import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import net from 'node:net';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { findFreePort } from '../../src/neo4j/local-server.js';
import { connectTestGraph, TEST_API_KEY } from '../support/graph.js';

const graph = connectTestGraph();
const actorId = `drain-${randomUUID().slice(0, 8)}`;

beforeAll(() => graph.executor.applySchema(), 240_000);
afterAll(async () => {
  await graph.driver.executeQuery('MATCH (a:Actor {id: $id}) DETACH DELETE a', { id: actorId });
  await graph.close();
});

/** The server's output so far, and a way to wait for a line deterministically (no sleeps). */
function watchOutput(child: ChildProcessByStdio<null, Readable, Readable>) {
  let output = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += String(chunk);
    for (const w of waiters.filter((w) => output.includes(w.text))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return {
    text: () => output,
    waitFor: (text: string, ms: number) =>
      new Promise<void>((resolve, reject) => {
        if (output.includes(text)) return resolve();
        const timer = setTimeout(() => reject(new Error(`no "${text}" within ${ms} ms:\n${output}`)), ms);
        waiters.push({
          text,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      }),
  };
}

/** A raw HTTP/1.1 connection: what it received, and whether the server closed it. */
async function connection(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  await once(socket, 'connect');
  let received = '';
  const listeners: (() => void)[] = [];
  socket.on('data', (chunk) => {
    received += String(chunk);
    for (const l of listeners) l();
  });
  const closed = once(socket, 'close').then(() => received);
  return {
    socket,
    closed,
    received: () => received,
    /** Resolves once the received bytes contain `text`. */
    until: (text: string) =>
      new Promise<void>((resolve) => {
        const check = () => received.includes(text) && resolve();
        listeners.push(check);
        check();
      }),
  };
}

const head = (port: number, body: string, extra: string[] = []) =>
  [
    'POST /graphql HTTP/1.1',
    `Host: 127.0.0.1:${port}`,
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: keep-alive',
    ...extra,
    '',
    '',
  ].join('\r\n');

describe('SIGTERM', () => {
  it('stops taking requests at once, finishes the accepted ones (a read and a write) with Connection: close, then exits', {
    timeout: 300_000,
  }, async () => {
    const connectionInfo = inject('neo4j');
    const port = await findFreePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        NEO4J_URI: connectionInfo.uri,
        NEO4J_PASSWORD: connectionInfo.password,
        SEED_ON_START: 'false',
        LOG_LEVEL: 'info',
        CLAIMGRAPH_API_KEYS: TEST_API_KEY,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = watchOutput(child);
    const exited = once(child, 'exit');
    try {
      await out.waitFor('claimgraph is ready', 180_000);

      // An idle keep-alive connection: one request answered, nothing in flight at the signal.
      const read = JSON.stringify({ query: '{ serverInfo { version } }' });
      const idle = await connection(port);
      idle.socket.write(head(port, read) + read);
      await idle.until('"version"');

      // Two requests accepted before the signal and held open by their clients: the server has answered
      // "100 Continue", so it has taken each one in, and it cannot finish them before the rest of the body.
      const write = JSON.stringify({
        query: `mutation { upsertActor(input: { id: "${actorId}", name: "Drain Test", kind: PERSON }) { key } }`,
      });
      const heldRead = await connection(port);
      heldRead.socket.write(head(port, read, ['Expect: 100-continue']));
      const heldWrite = await connection(port);
      heldWrite.socket.write(
        head(port, write, ['Expect: 100-continue', `Authorization: Bearer ${TEST_API_KEY}`]),
      );
      await Promise.all([heldRead.until('100 Continue'), heldWrite.until('100 Continue')]);

      child.kill('SIGTERM');
      await out.waitFor('SIGTERM: draining', 10_000);

      // Idle connections are closed at once. (That new connections are refused is not asserted: once the
      // listener closes, the port is free, and a test running beside this one may take it.)
      await idle.closed;

      // The accepted requests complete, say Connection: close, and their connections end.
      heldRead.socket.write(read);
      heldWrite.socket.write(write);
      const [readResponse, writeResponse] = await Promise.all([heldRead.closed, heldWrite.closed]);
      for (const response of [readResponse, writeResponse]) {
        const final = response.slice(response.lastIndexOf('HTTP/1.1 '));
        expect(final).toMatch(/^HTTP\/1\.1 200 /);
        expect(final.toLowerCase()).toContain('connection: close');
        expect(final).not.toContain('"errors"');
      }
      expect(readResponse).toContain('"version":"5.');
      expect(writeResponse).toContain(`"key":"${actorId}"`);

      const [code] = await exited;
      expect(code, out.text()).toBe(0);
      expect(out.text()).toContain('2 requests finished, 0 cut');
      expect(out.text()).toContain('Stopped.');
      // The write committed.
      const { records } = await graph.driver.executeQuery('MATCH (a:Actor {id: $id}) RETURN a.name AS name', {
        id: actorId,
      });
      expect(records[0]?.get('name')).toBe('Drain Test');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
