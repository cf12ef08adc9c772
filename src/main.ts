import { once } from 'node:events';
import { createServer } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { createApp } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { createDriver } from './graph/connect.js';
import { CypherRegistry } from './graph/cypher-registry.js';
import { Executor } from './graph/executor.js';
import { createRepositories } from './graph/repositories.js';
import { createLogger, type Logger } from './log.js';
import { LocalNeo4j } from './neo4j/local-server.js';
import { ProvisionError } from './neo4j/provision.js';

/** How long a shutdown waits for in-flight requests before closing their connections. */
const DRAIN_MS = 10_000;

async function run(config: Config, log: Logger): Promise<void> {
  let local: LocalNeo4j | undefined;
  let startedLocal = false;
  let connection = config.external;
  if (!connection) {
    local = new LocalNeo4j(config.local, (line) => log.info(line));
    startedLocal = (await local.start()).started;
    connection = local.connection;
  } else {
    log.info(`Using the Neo4j server at ${connection.uri} (database ${connection.database}).`);
  }

  let driver: Driver | undefined;
  const stopLocal = async () => {
    if (local && startedLocal) {
      log.info('Stopping the Neo4j this process started…');
      await local.stop();
    }
  };
  try {
    driver = createDriver(connection);
    await driver.verifyConnectivity({ database: connection.database });
    const executor = new Executor(driver, new CypherRegistry(), { database: connection.database });
    const repos = createRepositories(executor);
    const applied = await executor.applySchema();
    log.info(`Database schema applied (${applied} idempotent statements).`);

    const yoga = createApp({ executor, repos, dev: config.env !== 'production' });
    const server = createServer(yoga);
    server.listen(config.port, config.host);
    await once(server, 'listening');
    const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
    console.log(`\nclaimgraph is ready.
  GraphQL + GraphiQL  ${base}/graphql
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
      await driver?.close();
      await stopLocal();
      log.info('Stopped.');
    };
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        shutdown(signal).catch((error) => {
          log.error(`Shutdown failed: ${error}`);
          process.exitCode = 1;
        });
      });
    }
  } catch (error) {
    await driver?.close();
    await stopLocal();
    throw error;
  }
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const log = createLogger(config.logLevel);
run(config, log).catch((error: unknown) => {
  log.error(error instanceof ProvisionError || error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
