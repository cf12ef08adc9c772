import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import type { LocalNeo4jSettings, Neo4jConnection } from '../config.js';
import { type ImportInput, runImportFull } from './admin-import.js';
import { browserStyleCommand } from './browser-style.js';
import { waitForDatabaseOnline } from './database-ready.js';
import { findJava, type Progress, ProvisionError, provisionClasspath } from './provision.js';

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

// The flags Neo4j's own launcher passes on Java 17/21: the page cache and Bolt need reflective access to NIO.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

// Neo4j uses the vector API only from Java 21 on; on 17 the module merely earns a warning.
const jvmFlags = (javaMajor: number) =>
  javaMajor >= 21 ? [...JVM_FLAGS, '--add-modules=jdk.incubator.vector'] : JVM_FLAGS;

export type Neo4jStatus =
  | { state: 'stopped' }
  | { state: 'running'; pid: number; boltUri: string; httpUrl: string; answering: boolean };

export class PortInUseError extends ProvisionError {
  override name = 'PortInUseError';
}

function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port the OS says is free right now, for throwaway instances (tests). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tail(file: string, lines: number): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * One Neo4j Community server run from jars, in its own folder: conf, data, logs and run files live under
 * `<dir>/instances/<instance>`, and it listens on loopback only.
 */
export class LocalNeo4j {
  readonly home: string;
  private readonly conf: string;
  private readonly data: string;
  private readonly logs: string;
  private readonly pidFile: string;

  constructor(
    readonly settings: LocalNeo4jSettings,
    private readonly progress: Progress = () => {},
  ) {
    this.home = path.join(settings.dir, 'instances', settings.instance);
    this.conf = path.join(this.home, 'conf');
    this.data = path.join(this.home, 'data');
    this.logs = path.join(this.home, 'logs');
    this.pidFile = path.join(this.home, 'run', 'neo4j.pid');
  }

  get boltUri(): string {
    return `bolt://127.0.0.1:${this.settings.boltPort}`;
  }

  get httpUrl(): string {
    return `http://127.0.0.1:${this.settings.httpPort}`;
  }

  get connection(): Neo4jConnection {
    return { uri: this.boltUri, user: 'neo4j', password: this.settings.password, database: 'neo4j' };
  }

  /** The pid of this instance's server, if one is running (a stale pid file or a reused pid do not count). */
  private runningPid(): number | undefined {
    if (!existsSync(this.pidFile)) return undefined;
    const pid = Number(readFileSync(this.pidFile, 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes(ENTRY_POINT) || !cmdline.includes(this.home)) return undefined;
    } catch {
      // No /proc (not Linux): trust the pid file.
    }
    return pid;
  }

  async status(): Promise<Neo4jStatus> {
    const pid = this.runningPid();
    if (pid === undefined) return { state: 'stopped' };
    return {
      state: 'running',
      pid,
      boltUri: this.boltUri,
      httpUrl: this.httpUrl,
      answering: await this.answers(),
    };
  }

  /** Starts the server unless it already runs; resolves once its database is online and answers a read. */
  async start(): Promise<{ started: boolean; pid: number }> {
    const existing = this.runningPid();
    if (existing !== undefined) {
      await this.waitForReady(existing);
      return { started: false, pid: existing };
    }
    const java = findJava(this.settings.javaHome);
    const classpath = await provisionClasspath(this.settings, this.progress);
    for (const [name, port] of [
      ['NEO4J_BOLT_PORT', this.settings.boltPort],
      ['NEO4J_HTTP_PORT', this.settings.httpPort],
    ] as const) {
      if (!(await isPortFree(port))) {
        throw new PortInUseError(
          `Port ${port} on 127.0.0.1 is already in use, so Neo4j cannot listen there. ` +
            `Stop whatever holds it (ss -ltnp | grep ${port}) or set ${name} to another port.`,
        );
      }
    }
    this.writeConfig();
    if (!existsSync(path.join(this.data, 'dbms', 'auth.ini'))) this.setInitialPassword(java.bin, classpath);

    this.progress(`Starting Neo4j ${this.settings.version} (Bolt ${this.boltUri}, data in ${this.data})…`);
    const consoleLog = path.join(this.logs, 'console.log');
    const out = openSync(consoleLog, 'a');
    const child = spawn(
      java.bin,
      [
        `-Xms${this.settings.heapSize}`,
        `-Xmx${this.settings.heapSize}`,
        ...jvmFlags(java.major),
        '-cp',
        classpath.join(path.delimiter),
        ENTRY_POINT,
        `--home-dir=${this.home}`,
        `--config-dir=${this.conf}`,
        '--console-mode',
      ],
      { cwd: this.home, detached: true, stdio: ['ignore', out, out] },
    );
    closeSync(out);
    if (child.pid === undefined) throw new ProvisionError(`Could not launch ${java.bin}`);
    child.unref();
    writeFileSync(this.pidFile, String(child.pid));
    const startedAt = Date.now();
    await this.waitForReady(child.pid);
    this.progress(`Neo4j is up after ${((Date.now() - startedAt) / 1000).toFixed(1)}s (pid ${child.pid}).`);
    return { started: true, pid: child.pid };
  }

  /** The folders of the instance and its neo4j.conf, which the server and the admin tool both read. */
  private writeConfig(): void {
    for (const dir of [this.conf, this.data, this.logs, path.dirname(this.pidFile)]) {
      mkdirSync(dir, { recursive: true });
    }
    writeFileSync(path.join(this.conf, 'neo4j.conf'), this.renderConfig());
  }

  /** The instance's import folder (`server.directories.import`), where files for the admin tool belong. */
  get importDir(): string {
    return path.join(this.home, 'import');
  }

  /**
   * Replaces the instance's database with a store that `neo4j-admin database import full` builds from CSV files
   * (admin-import.ts). The tool writes store files directly, so the server must be stopped; the next start
   * serves the new store (apply the schema then: the tool creates no indexes of its own here).
   */
  async importFull(input: ImportInput, memory = { heap: '1g', maxOffHeap: '2g' }): Promise<void> {
    const pid = this.runningPid();
    if (pid !== undefined) {
      throw new ProvisionError(
        `Neo4j ${this.settings.instance} is running (pid ${pid}); the import tool needs it stopped.`,
      );
    }
    const java = findJava(this.settings.javaHome);
    const classpath = await provisionClasspath(this.settings, this.progress);
    this.writeConfig();
    await runImportFull(
      input,
      {
        java: { bin: java.bin, flags: jvmFlags(java.major) },
        classpath,
        home: this.home,
        conf: this.conf,
        heap: memory.heap,
        maxOffHeap: memory.maxOffHeap,
        reportFile: path.join(this.logs, 'import.report'),
      },
      this.progress,
    );
  }

  /** Stops the server gracefully (SIGTERM, then SIGKILL after a grace period); false when it was not running. */
  async stop(graceMs = 60_000): Promise<boolean> {
    const pid = this.runningPid();
    if (pid === undefined) {
      rmSync(this.pidFile, { force: true });
      return false;
    }
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (isAlive(pid) && Date.now() < deadline) await sleep(200);
    if (isAlive(pid)) {
      this.progress(`Neo4j (pid ${pid}) did not stop within ${graceMs / 1000}s; killing it.`);
      process.kill(pid, 'SIGKILL');
      while (isAlive(pid)) await sleep(100);
    }
    rmSync(this.pidFile, { force: true });
    return true;
  }

  /** Kills the server without a shutdown, as a crash would; for fault tests. */
  kill(): boolean {
    const pid = this.runningPid();
    if (pid === undefined) return false;
    process.kill(pid, 'SIGKILL');
    return true;
  }

  private renderConfig(): string {
    const s = this.settings;
    const lines = {
      'server.directories.data': this.data,
      'server.directories.logs': this.logs,
      'server.directories.run': path.dirname(this.pidFile),
      'server.directories.plugins': path.join(this.home, 'plugins'),
      'server.directories.import': path.join(this.home, 'import'),
      'server.directories.transaction.logs.root': path.join(this.data, 'transactions'),
      'server.default_listen_address': '127.0.0.1',
      'server.default_advertised_address': '127.0.0.1',
      'server.bolt.listen_address': `127.0.0.1:${s.boltPort}`,
      'server.bolt.advertised_address': `127.0.0.1:${s.boltPort}`,
      'server.http.enabled': 'true',
      'server.http.listen_address': `127.0.0.1:${s.httpPort}`,
      'server.http.advertised_address': `127.0.0.1:${s.httpPort}`,
      'server.https.enabled': 'false',
      'dbms.security.auth_enabled': 'true',
      'server.memory.heap.initial_size': s.heapSize,
      'server.memory.heap.max_size': s.heapSize,
      'server.memory.pagecache.size': s.pageCacheSize,
      'db.transaction.timeout': s.txTimeout,
      'dbms.usage_report.enabled': 'false',
      // Neo4j Browser: claimgraph's captions and colours on every connect, and no reporting to Neo4j (offline).
      'browser.post_connect_cmd': browserStyleCommand().slice(1),
      'client.allow_telemetry': 'false',
      'server.logs.gc.enabled': 'false',
    };
    return `# Written by claimgraph on every start; edit the environment (README), not this file.\n${Object.entries(
      lines,
    )
      .map(([k, v]) => `${k}=${v}`)
      .join('\n')}\n`;
  }

  private setInitialPassword(javaBin: string, classpath: string[]): void {
    const result = spawnSync(
      javaBin,
      [
        '-cp',
        classpath.join(path.delimiter),
        'org.neo4j.cli.AdminTool',
        'dbms',
        'set-initial-password',
        this.settings.password,
      ],
      {
        encoding: 'utf8',
        cwd: this.home,
        env: { ...process.env, NEO4J_HOME: this.home, NEO4J_CONF: this.conf },
      },
    );
    if (result.status !== 0) {
      throw new ProvisionError(
        `neo4j-admin set-initial-password failed:\n${result.stdout}\n${result.stderr}`,
      );
    }
  }

  private async answers(): Promise<boolean> {
    const { uri, user, password } = this.connection;
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2000 });
    try {
      await driver.verifyConnectivity();
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized') {
        throw new ProvisionError(
          `Neo4j at ${uri} rejected the password: its data in ${this.data} was created with another ` +
            'NEO4J_PASSWORD. Use that password, or stop Neo4j and delete the instance folder to start afresh.',
        );
      }
      return false;
    } finally {
      await driver.close();
    }
  }

  /** Bolt first (it proves the password), then the database: one start deadline for both. */
  private async waitForReady(pid: number): Promise<void> {
    const deadline = Date.now() + this.settings.startTimeoutMs;
    await this.waitForBolt(pid, deadline);
    await waitForDatabaseOnline({
      connection: this.connection,
      deadline,
      pid,
      serverAlive: () => isAlive(pid),
      progress: this.progress,
      explain: () => this.logTail(),
    });
  }

  private async waitForBolt(pid: number, deadline: number): Promise<void> {
    let lastReport = Date.now();
    while (Date.now() < deadline) {
      if (await this.answers()) return;
      if (!isAlive(pid)) {
        rmSync(this.pidFile, { force: true });
        throw new ProvisionError(`Neo4j exited during start-up. ${this.logTail()}`);
      }
      if (Date.now() - lastReport > 10_000) {
        this.progress(`  …still waiting for Bolt on ${this.boltUri}`);
        lastReport = Date.now();
      }
      await sleep(300);
    }
    throw new ProvisionError(
      `Neo4j did not answer on ${this.boltUri} within ${this.settings.startTimeoutMs / 1000}s ` +
        `(it is left running as pid ${pid}; stop it with: npm run neo4j -- stop). ${this.logTail()}`,
    );
  }

  private logTail(): string {
    const parts = ['console.log', 'debug.log']
      .map((name) => [name, tail(path.join(this.logs, name), 15)] as const)
      .filter(([, text]) => text)
      .map(([name, text]) => `Last lines of ${path.join(this.logs, name)}:\n${text}`);
    return parts.length > 0 ? parts.join('\n') : `No log was written in ${this.logs}.`;
  }
}
