import { once } from 'node:events';
import { createServer } from 'node:http';
import { createApp } from './app.js';
import { type Config, loadConfigOrExit } from './config.js';
import { seedIfEmpty } from './ingest/seed.js';
import { createLogger, type Logger } from './log.js';
import { openRuntime } from './runtime.js';

/** How long a shutdown waits for in-flight requests before closing their connections. */
const DRAIN_MS = 10_000;

async function run(config: Config, log: Logger): Promise<void> {
  const runtime = await openRuntime(config, log);
  const { executor, repos, local, connection } = runtime;
  try {
    if (config.seedOnStart) {
      const seeded = await seedIfEmpty(repos.ingest);
      if (seeded) log.info(`Empty database: loaded the seed article (${seeded.statements} statements).`);
    }
    const yoga = createApp({
      executor,
      repos,
      ...config.http,
      revealErrors: config.env === 'development',
      explainQueries: config.env === 'development',
      apiKeys: config.apiKeys,
      logger: log,
    });
    if (config.apiKeys.length === 0) log.info('No CLAIMGRAPH_API_KEYS set: the API is read-only.');
    const server = createServer(yoga);
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
      log.info(`${signal}: no longer accepting connections; draining in-flight requests…`);
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
      await drained;
      clearTimeout(timer);
      await runtime.close();
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
  } catch (error) {
    await runtime.close();
    throw error;
  }
}

const config = loadConfigOrExit();
const log = createLogger(config);
run(config, log).catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
