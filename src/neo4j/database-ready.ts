import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config.js';
import { type Progress, ProvisionError } from './provision.js';

export type ReadinessWait = {
  connection: Neo4jConnection;
  /** Epoch milliseconds after which waiting stops with an error. */
  deadline: number;
  pid: number;
  /** False once the server process has died: there is nothing left to wait for. */
  serverAlive: () => boolean;
  progress: Progress;
  /** What to add to an error so that a person can see why (the server's log tail). */
  explain: () => string;
};

/** One answer of the probe: online, or why not yet. */
type Probe = { online: true } | { online: false; why: string };

// Neo4j accepts Bolt logins (answered by the system database) before it has finished starting: the server
// logs "Bolt enabled" seconds before "Started.", and a loaded machine stretches that window. Work sent to the
// user database inside it can fail with closed connections for longer than the driver's retry window.
async function probe(driver: Driver, database: string, budgetMs: number): Promise<Probe> {
  const attempt = async (): Promise<Probe> => {
    const status = await driver.executeQuery(
      'SHOW DATABASE $database YIELD currentStatus, statusMessage',
      { database },
      { database: 'system' },
    );
    const row = status.records[0];
    if (!row) return { online: false, why: `the server lists no database "${database}"` };
    const current = String(row.get('currentStatus'));
    if (current !== 'online') {
      const message = String(row.get('statusMessage') ?? '');
      return { online: false, why: `database "${database}" is ${current}${message ? ` (${message})` : ''}` };
    }
    // "online" in the system database's view; a read on the database itself proves it takes transactions.
    await driver.executeQuery('RETURN 1', {}, { database, routing: neo4j.routing.READ });
    return { online: true };
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Probe>((resolve) => {
    timer = setTimeout(
      () => resolve({ online: false, why: 'the server did not answer the probe' }),
      budgetMs,
    );
  });
  try {
    return await Promise.race([
      attempt().catch((error: Error) => ({ online: false as const, why: error.message })),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Resolves once the connection's database is online and answers a read; polls until the deadline and then
 * throws a ProvisionError that says what the database was last seen doing.
 */
export async function waitForDatabaseOnline(wait: ReadinessWait): Promise<void> {
  const { uri, user, password, database } = wait.connection;
  // Retries are this loop's job: the driver's own would hide each attempt's reason.
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: 2_000,
    maxTransactionRetryTime: 0,
  });
  let lastWhy = 'no probe finished';
  let lastReport = Date.now();
  try {
    while (Date.now() < wait.deadline) {
      const answer = await probe(driver, database, Math.max(1_000, wait.deadline - Date.now()));
      if (answer.online) return;
      lastWhy = answer.why;
      if (!wait.serverAlive()) {
        throw new ProvisionError(`Neo4j exited before database "${database}" came online. ${wait.explain()}`);
      }
      if (Date.now() - lastReport > 10_000) {
        wait.progress(`  …still waiting for database "${database}" to come online (${lastWhy})`);
        lastReport = Date.now();
      }
      await sleep(300);
    }
  } finally {
    await driver.close();
  }
  throw new ProvisionError(
    `Neo4j answered on ${uri} but database "${database}" was not online before the start deadline; ` +
      `last seen: ${lastWhy}. It is left running as pid ${wait.pid} (stop it with: npm run neo4j -- stop). ` +
      wait.explain(),
  );
}
