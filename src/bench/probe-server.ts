import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { loadConfig, projectRoot } from '../config.js';
import { findFreePort, LocalNeo4j } from '../neo4j/local-server.js';

/**
 * The probe's own server: a throwaway Neo4j (instance `probe`, free ports, fresh data) and `src/main.ts` in a
 * child process started the way `npm start` starts it (tsx), plus --expose-gc so that the probe can ask it to
 * collect garbage (SIGUSR2) before a memory figure. Loopback only; everything stops in `stop`.
 */
export type ProbeServer = {
  url: string;
  pid: number;
  apiKey: string;
  neo4j: LocalNeo4j;
  output(): string;
  /** Resolves when the server's output has `text` after `from` characters (no sleeps). */
  waitFor(text: string, ms: number, from?: number): Promise<void>;
  alive(): boolean;
  rssBytes(): number;
  stop(): Promise<number | null>;
};

export async function startProbeServer(progress: (line: string) => void): Promise<ProbeServer> {
  const base = loadConfig({ ...process.env, NEO4J_URI: undefined, NEO4J_PASSWORD: undefined });
  const settings = {
    ...base.local,
    instance: 'probe',
    boltPort: await findFreePort(),
    httpPort: await findFreePort(),
    heapSize: '1g',
    pageCacheSize: '512m',
  };
  const neo4j = new LocalNeo4j(settings, (line) => progress(`[neo4j] ${line}`));
  await neo4j.stop();
  rmSync(neo4j.home, { recursive: true, force: true });
  await neo4j.start();
  const port = await findFreePort();
  const apiKey = randomBytes(16).toString('hex');
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join('src', 'main.ts')],
    {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        HOST: '127.0.0.1',
        NEO4J_URI: neo4j.boltUri,
        NEO4J_PASSWORD: settings.password,
        CLAIMGRAPH_API_KEYS: apiKey,
        SEED_ON_START: 'true',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const waiters = new Set<() => void>();
  let echo = true;
  const onData = (chunk: Buffer) => {
    output += String(chunk);
    if (echo) for (const line of String(chunk).split('\n').filter(Boolean)) progress(`[server] ${line}`);
    for (const w of waiters) w();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = once(child, 'exit');
  const server: ProbeServer = {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid as number,
    apiKey,
    neo4j,
    output: () => output,
    waitFor: (text, ms, from = 0) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (output.indexOf(text, from) === -1) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`the server did not print "${text}" within ${ms / 1000} s`));
        }, ms);
        waiters.add(check);
        check();
      }),
    alive: () => child.exitCode === null && child.signalCode === null,
    rssBytes: () => {
      try {
        const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return Number(kb ?? 0) * 1024;
      } catch {
        return 0;
      }
    },
    stop: async () => {
      if (server.alive()) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      const [code] = await exited;
      clearTimeout(timer);
      await neo4j.stop();
      rmSync(neo4j.home, { recursive: true, force: true });
      return code as number | null;
    },
  };
  progress('Starting the server (src/main.ts under tsx, --expose-gc)…');
  try {
    await server.waitFor('claimgraph is ready', 300_000);
    echo = false;
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n${output.slice(-2000)}`);
  }
  return server;
}
