import type { Driver } from 'neo4j-driver';
import type { Config, Neo4jConnection } from './config.js';
import { createDriver } from './graph/connect.js';
import { CypherRegistry } from './graph/cypher-registry.js';
import { Executor } from './graph/executor.js';
import { backfillPositionCounts, countBackfillLine } from './graph/position-counts.js';
import { backfillStanceCopies, copiesBackfillLine } from './graph/stance-copies.js';
import type { Logger } from './log.js';
import { LocalNeo4j } from './neo4j/local-server.js';
import { createRepositories, type Repositories } from './repositories.js';

export type Runtime = {
  connection: Neo4jConnection;
  /** The project's own server, when NEO4J_URI is unset. */
  local: LocalNeo4j | undefined;
  driver: Driver;
  executor: Executor;
  repos: Repositories;
  /**
   * The same repositories without the per-request query timeout, for start-up work (seeding, warming up)
   * that a loaded machine may take longer over; the server's own transaction timeout still applies.
   */
  startupRepos: Repositories;
  /** The pid of the local Neo4j when this runtime started it (and so must stop it). */
  ownedNeo4jPid: number | undefined;
  /** Closes the driver and stops the local Neo4j if this runtime started it. */
  close(): Promise<void>;
};

/**
 * Connects to the configured Neo4j (starting the local one when NEO4J_URI is unset), checks that every named
 * query exists and applies the database schema. Shared by `npm start` and the CLIs.
 */
export async function openRuntime(config: Config, log: Logger): Promise<Runtime> {
  let local: LocalNeo4j | undefined;
  let startedLocal = false;
  let ownedNeo4jPid: number | undefined;
  let connection = config.external;
  if (!connection) {
    local = new LocalNeo4j(config.local, (line) => log.info(line));
    const started = await local.start();
    startedLocal = started.started;
    if (started.started) ownedNeo4jPid = started.pid;
    connection = local.connection;
  } else {
    log.info(`Using the Neo4j server at ${connection.uri} (database ${connection.database}).`);
  }
  const driver = createDriver(connection);
  const close = async () => {
    await driver.close();
    if (local && startedLocal) {
      log.info('Stopping the Neo4j this process started…');
      await local.stop();
    }
  };
  try {
    await driver.verifyConnectivity({ database: connection.database });
    const registry = new CypherRegistry();
    const executor = new Executor(driver, registry, {
      database: connection.database,
      txTimeoutMs: config.queryTimeoutMs,
      checkContracts: config.env !== 'production',
    });
    const startupRepos = createRepositories(
      new Executor(driver, registry, {
        database: connection.database,
        checkContracts: config.env !== 'production',
      }),
    );
    executor.onQuery((e) =>
      log.debug(
        { query: e.name, mode: e.mode, ms: Math.round(e.ms), rows: e.rows, error: e.error },
        'cypher',
      ),
    );
    const repos = createRepositories(executor);
    const applied = await executor.applySchema();
    log.info(`Database schema applied (${applied} idempotent statements).`);
    // Before the server takes writes: a store from before stance edges carried their stance copies gets them once.
    const backfill = await backfillStanceCopies(executor, (p) => log.info(copiesBackfillLine(p)));
    if (!backfill.skipped) log.info(copiesBackfillLine(backfill));
    // Likewise a store from before the position counts were kept gets them once.
    const counts = await backfillPositionCounts(executor, (p) => log.info(countBackfillLine(p)));
    if (!counts.skipped) log.info(countBackfillLine(counts));
    return { connection, local, driver, executor, repos, startupRepos, ownedNeo4jPid, close };
  } catch (error) {
    await close();
    throw error;
  }
}
