import { parseArgs } from 'node:util';
import {
  concurrentIngests,
  type Figure,
  hostileRequests,
  importLargeArticle,
  ingestThenDelete,
  parallelReads,
  soak,
} from '../bench/probe-checks.js';
import { type ProbeServer, startProbeServer } from '../bench/probe-server.js';
import { createDriver } from '../graph/connect.js';
import { CypherRegistry } from '../graph/cypher-registry.js';
import { Executor } from '../graph/executor.js';
import { createRepositories } from '../repositories.js';

/**
 * `npm run probe`: issue 12's adversarial probe. It starts its own server (a throwaway Neo4j on free loopback
 * ports and src/main.ts in a child process, as `npm start` runs it) and prints a figure for each target:
 * hostile requests, 20 parallel worst-case reads against a memory budget, 16 concurrent ingests, ingest +
 * delete round trips, and a bounded soak. Every loop is bounded in count and time; it stops by itself.
 */
const { values } = parseArgs({
  options: {
    'soak-seconds': { type: 'string', default: '120' },
    only: { type: 'string' },
  },
});
const soakSeconds = Number(values['soak-seconds']);
if (!(soakSeconds >= 10 && soakSeconds <= 600)) {
  console.error(
    'Usage: npm run probe -- [--soak-seconds 10..600] [--only hostile,reads,ingests,delete,soak]',
  );
  process.exit(2);
}
const only = new Set((values.only ?? 'hostile,reads,ingests,delete,soak').split(','));
/** The memory budget the README states for the server process. */
const RSS_BUDGET = 1024 * 1024 * 1024;

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);
const figures: Figure[] = [];
let server: ProbeServer | undefined;
let exitCode = 0;
const hardStop = setTimeout(
  () => {
    console.error('The probe ran over its own time limit; stopping.');
    process.exit(3);
  },
  (soakSeconds + 1800) * 1000,
);
hardStop.unref();

try {
  server = await startProbeServer(log);
  log(`Server up at ${server.url} (pid ${server.pid}), its Neo4j at ${server.neo4j.boltUri}.`);
  const driver = createDriver(server.neo4j.connection);
  const executor = new Executor(driver, new CypherRegistry(), { database: 'neo4j' });
  try {
    log('Importing a 5.5 MB article (issue 12, defect 2)…');
    const started = performance.now();
    const status = await importLargeArticle(createRepositories(executor).ingest);
    log(`  ${status} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (only.has('hostile')) {
      log('Hostile requests, one at a time, /health polled every 200 ms:');
      figures.push(...(await hostileRequests(server, log)));
    }
    if (only.has('reads')) {
      log('20 parallel worst-case reads…');
      figures.push(...(await parallelReads(server, RSS_BUDGET)));
    }
    if (only.has('ingests')) {
      log('16 concurrent ingests sharing actors…');
      figures.push(...(await concurrentIngests(server, executor)));
    }
    if (only.has('delete')) {
      log('Ingest + delete round trips, whole-graph dumps compared…');
      figures.push(...(await ingestThenDelete(server, executor)));
    }
    if (only.has('soak')) {
      log(`Soak: ${soakSeconds} s, 16 connections…`);
      figures.push(...(await soak(server, soakSeconds, 16, log)));
    }
  } finally {
    await driver.close();
  }
  figures.push({
    name: 'no input made the process exit',
    value: server.alive() ? 'alive' : 'DEAD',
    target: 'alive',
    ok: server.alive(),
  });
} catch (error) {
  console.error(`Probe failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  if (server) {
    log('Stopping the server (SIGTERM) and its Neo4j…');
    const code = await server.stop();
    log(`  server exited with ${code}`);
  }
}

console.log('\nFigures (issue 12):');
for (const f of figures) {
  console.log(`${f.ok ? 'PASS' : 'MISS'}  ${f.name}\n      ${f.value}\n      target: ${f.target}`);
}
console.log(`\n${figures.filter((f) => f.ok).length} of ${figures.length} figures reach their target.`);
process.exit(exitCode);
