import { afterAll, describe, expect, it } from 'vitest';
import { BENCH_SEED, bulkFirstLoad } from '../../../src/bench/bench-neo4j.js';
import { corpusFor } from '../../../src/bench/corpus.js';
import { BulkLoader, fillEmptyLists } from '../../../src/graph/bulk-load.js';
import { createDriver } from '../../../src/graph/connect.js';
import { CypherRegistry } from '../../../src/graph/cypher-registry.js';
import { Executor } from '../../../src/graph/executor.js';
import { backfillPositionCounts } from '../../../src/graph/position-counts.js';
import type { LocalNeo4j } from '../../../src/neo4j/local-server.js';
import { dumpGraph, dumpSchema, expectSameStore, type GraphDump } from '../../support/graph-dump.js';
import { createTestNeo4j, destroyTestNeo4j } from '../../support/test-neo4j.js';

// The `small` benchmark corpus loaded twice, each into a database of its own: once in write transactions
// (BulkLoader, cypher/bulk/*.cypher) and once as a new store written by neo4j-admin from the CSV files of
// src/bench/corpus-csv.ts. A generic dump of both graphs must be the same, line for line; only the marker's
// load time differs, so it is compared by its type.
const corpus = corpusFor('small', BENCH_SEED);
const marker = `small:${BENCH_SEED}`;
const volatile = [
  { label: 'BenchCorpus', property: 'completedAt' },
  { label: 'Backfill', property: 'updatedAt' },
];
const log = (line: string) => console.log(`[bulk-first-load test] ${line}`);

/** Starts the server, applies the schema, runs `load`, waits for the indexes, and dumps graph and schema. */
async function loadAndDump(server: LocalNeo4j, load: (executor: Executor) => Promise<unknown>) {
  await server.start();
  const driver = createDriver(server.connection);
  try {
    const executor = new Executor(driver, new CypherRegistry(), { database: 'neo4j', txTimeoutMs: 120_000 });
    await executor.applySchema();
    await load(executor);
    await executor.transaction('write', 'bench/await-indexes', (tx) => tx.run('bench/await-indexes'));
    return { graph: await dumpGraph(driver, volatile), schema: await dumpSchema(driver) };
  } finally {
    await driver.close();
  }
}

describe('a first load by neo4j-admin import', () => {
  const servers: LocalNeo4j[] = [];
  afterAll(async () => {
    for (const server of servers) await destroyTestNeo4j(server);
  }, 180_000);

  it('writes the graph and schema that the transactional loader writes (small corpus)', {
    timeout: 1_200_000,
  }, async () => {
    // One server at a time: the machine is small.
    const transactionalServer = await createTestNeo4j('load-tx', log);
    servers.push(transactionalServer);
    // As openBenchDatabase: the position counts' backfill finds an empty store whole, then the loader counts.
    const transactional = await loadAndDump(transactionalServer, async (executor) => {
      await backfillPositionCounts(executor);
      // Batches small enough for the test server's 30 s transaction limit on a loaded machine.
      await new BulkLoader(executor).import(corpus, { marker, batchSize: 2_000 });
    });
    await transactionalServer.stop();

    const bulkServer = await createTestNeo4j('load-admin', log);
    servers.push(bulkServer);
    const loaded = await bulkFirstLoad(bulkServer, corpus, marker, '1g', log);
    expect(loaded.statements).toBe(corpus.options.statements);
    // The admin import writes no position counts: they are counted after it, as openBenchDatabase does.
    const bulk = await loadAndDump(bulkServer, async (executor) => {
      await fillEmptyLists(executor);
      await backfillPositionCounts(executor);
    });

    const sizes = (d: GraphDump) => ({ nodes: d.nodes.length, relationships: d.relationships.length });
    log(
      `transactional ${JSON.stringify(sizes(transactional.graph))}, bulk ${JSON.stringify(sizes(bulk.graph))}`,
    );
    // Not an empty comparison: every statement, its evidence and article, and more edges than nodes.
    expect(transactional.graph.nodes.length).toBeGreaterThan(2 * corpus.options.statements);
    expect(transactional.graph.relationships.length).toBeGreaterThan(transactional.graph.nodes.length);
    expectSameStore(transactional, bulk);
  });
});
