import { once } from 'node:events';
import { createServer } from 'node:http';
import { createApp } from './app.js';
import { type Config, loadConfigOrExit } from './config.js';
import { QueryTimeoutError } from './graph/errors.js';
import { loadExamples } from './graphiql-examples.js';
import { HttpDrain } from './http-drain.js';
import { DEFAULT_EXTRACT_POOL, ExtractPool } from './ingest/extract-pool.js';
import { seedIfEmpty } from './ingest/seed.js';
import { createLogger, type Logger } from './log.js';
import { type Watchdog, watchNeo4j } from './neo4j/watchdog.js';
import { loadTrustedDocuments } from './plugins/trusted-documents.js';
import { openRuntime, type Runtime } from './runtime.js';

/** Attempts at seeding: a cold database on a loaded machine can run the first import over its own timeout. */
const SEED_ATTEMPTS = 3;

/** How long a fatal error waits for the driver and the local Neo4j to stop before the process exits. */
const FATAL_STOP_MS = 30_000;

/**
 * Runs the example operations once before listening, without the per-request timeout: the first queries of
 * a fresh database compile their plans and warm the page cache, which on a loaded machine can take longer
 * than a client's request may.
 */
async function warmUp(runtime: Runtime, log: Logger): Promise<void> {
  const app = createApp({ executor: runtime.executor, repos: runtime.startupRepos });
  const started = performance.now();
  log.info('Warming up: running the example operations once…');
  for (const example of loadExamples()) {
    const response = await app.fetch('http://claimgraph.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: example.query }),
    });
    await response.text();
  }
  log.info(`Warmed up the query plans in ${Math.round(performance.now() - started)} ms.`);
}

/** The import is atomic and idempotent, so a timed-out attempt left nothing behind and can run again. */
async function seed(runtime: Runtime, config: Config, log: Logger) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await seedIfEmpty(runtime.startupRepos.ingest, {
        analysisFixtures: config.seedAnalysisFixtures,
      });
    } catch (error) {
      if (!(error instanceof QueryTimeoutError) || attempt === SEED_ATTEMPTS) throw error;
      log.warn(`Seeding ran over the database's transaction timeout (attempt ${attempt}); trying again…`);
    }
  }
}

async function run(config: Config, log: Logger): Promise<void> {
  // Read before anything starts: a bad manifest is a configuration error, not a failure at the first request.
  const trustedDocuments = config.trustedDocumentsFile
    ? loadTrustedDocuments(config.trustedDocumentsFile)
    : undefined;
  const runtime = await openRuntime(config, log);
  const { executor, repos, local, connection } = runtime;
  let watchdog: Watchdog | undefined;
  const pool = new ExtractPool({
    ...DEFAULT_EXTRACT_POOL,
    size: config.extraction.workers,
    timeoutMs: config.extraction.timeoutMs,
    heapMb: config.extraction.heapMb,
  });
  const stopEverything = async () => {
    await pool.close();
    await runtime.close();
    watchdog?.release();
  };
  try {
    if (runtime.ownedNeo4jPid !== undefined) watchdog = watchNeo4j(runtime.ownedNeo4jPid);
    onFatal(log, stopEverything);
    pool.warm();
    if (config.seedOnStart) {
      const seeded = await seed(runtime, config, log);
      if (seeded) log.info(`Empty database: loaded the seed article (${seeded.statements} statements).`);
    }
    await warmUp(runtime, log);
    const yoga = createApp({
      executor,
      repos,
      extractPool: pool,
      ...config.http,
      revealErrors: config.env === 'development',
      explainQueries: config.env === 'development',
      apiKeys: config.apiKeys,
      trustedDocuments,
      logger: log,
    });
    if (trustedDocuments)
      log.info(`Trusted documents: ${trustedDocuments.size} operations may run without an API key.`);
    if (config.apiKeys.length === 0) log.info('No CLAIMGRAPH_API_KEYS set: the API is read-only.');
    const drain = new HttpDrain();
    const server = createServer(drain.listener(yoga));
    server.listen(config.port, config.host);
    await once(server, 'listening');
    const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
    console.log(`\nclaimgraph is ready.
  GraphQL + GraphiQL  ${base}/graphql
  Graph explorer      ${base}/explore
  Liveness            ${base}/health
  Readiness           ${base}/ready
  ${local ? `Neo4j Browser       ${local.httpUrl}/browser/  (bolt ${local.boltUri}, user neo4j)` : `Neo4j               ${connection.uri}`}
Press Ctrl+C to stop.\n`);

    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info(
        `${signal}: draining; no new requests, in-flight reads get ${config.drain.readMs / 1000} s and writes ${config.drain.writeMs / 1000} s…`,
      );
      const report = await drain.drain(server, config.drain);
      log.info(
        `Drained in ${report.ms} ms: ${report.finished} requests finished, ${report.cut} cut at the budget.`,
      );
      await stopEverything();
      log.info('Stopped.');
    };
    // Listening with `on`, not `once`: a second signal (npm forwards one too) must not kill a draining process.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        shutdown(signal).catch((error) => {
          log.error(`Shutdown failed: ${error}`);
          process.exitCode = 1;
        });
      });
    }
    // A probe's hook, only with --expose-gc: collect garbage now and report memory, so that a memory figure
    // taken after it says what the process holds rather than what it has not yet collected.
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) {
      process.on('SIGUSR2', () => {
        gc();
        const m = process.memoryUsage();
        log.info(`gc: rss=${m.rss} heapUsed=${m.heapUsed} external=${m.external}`);
      });
    }
  } catch (error) {
    await stopEverything();
    throw error;
  }
}

/**
 * An error nothing caught leaves the process in an unknown state: stop the local Neo4j (the watchdog would
 * too, later) and exit, rather than serve on or leave the database running unsupervised.
 */
function onFatal(log: Logger, stop: () => Promise<void>): void {
  let fatal = false;
  const die = (what: string, error: unknown) => {
    log.fatal(`${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (fatal) return;
    fatal = true;
    process.exitCode = 1;
    setTimeout(() => process.exit(1), FATAL_STOP_MS).unref();
    stop().finally(() => process.exit(1));
  };
  process.on('uncaughtException', (error) => die('Uncaught exception', error));
  process.on('unhandledRejection', (error) => die('Unhandled rejection', error));
}

const config = loadConfigOrExit();
const log = createLogger(config);
run(config, log).catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
