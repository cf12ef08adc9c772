import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../config.js';
import { BulkLoader, type BulkLoadResult } from '../graph/bulk-load.js';
import { createDriver } from '../graph/connect.js';
import { CypherRegistry } from '../graph/cypher-registry.js';
import { Executor } from '../graph/executor.js';
import { findFreePort, LocalNeo4j } from '../neo4j/local-server.js';
import { type Corpus, corpusFor, type PresetName } from './corpus.js';

export type BenchDatabase = {
  server: LocalNeo4j;
  driver: Driver;
  registry: CypherRegistry;
  executor: Executor;
  corpus: Corpus;
  load: BulkLoadResult;
  close(): Promise<void>;
};

export const BENCH_SEED = 42;
const BENCH_TX_TIMEOUT_MS = 300_000;

/**
 * The benchmark's own Neo4j (`.neo4j/instances/bench-<preset>`), never the dev or test databases, with a
 * larger heap and page cache than the dev server. Its data folder persists, and a marker node written after
 * a complete import lets the next run skip the load.
 */
export async function openBenchDatabase(
  preset: PresetName,
  log: (line: string) => void,
  memory: { heap: string; pageCache: string } = { heap: '4g', pageCache: '4g' },
): Promise<BenchDatabase> {
  const base = loadConfig().local;
  const server = new LocalNeo4j(
    {
      ...base,
      instance: `bench-${preset}`,
      boltPort: await findFreePort(),
      httpPort: await findFreePort(),
      heapSize: memory.heap,
      pageCacheSize: memory.pageCache,
      txTimeout: `${BENCH_TX_TIMEOUT_MS / 1000}s`,
      password: 'claimgraph-bench',
    },
    (line) => log(`[neo4j] ${line}`),
  );
  await server.start();
  const driver = createDriver(server.connection);
  const registry = new CypherRegistry();
  // The loader's batches get the server's transaction timeout: without one the executor gives up on its own
  // default deadline, which a batch of 10,000 statements outlasts on a loaded machine.
  const executor = new Executor(driver, registry, { database: 'neo4j', txTimeoutMs: BENCH_TX_TIMEOUT_MS });
  const close = async () => {
    await driver.close();
    await server.stop();
  };
  try {
    await executor.applySchema();
    const corpus = corpusFor(preset, BENCH_SEED);
    const importer = new BulkLoader(executor);
    const marker = `${preset}:${BENCH_SEED}`;
    let lastLog = 0;
    const load = await importer.import(corpus, {
      marker,
      onProgress: (p) => {
        const now = performance.now();
        if (p.phase === 'articles' && now - lastLog < 2_000 && p.statements < p.totalStatements) return;
        lastLog = now;
        log(
          `[import] ${p.phase}: ${p.statements.toLocaleString('en')}/${p.totalStatements.toLocaleString('en')} ` +
            `statements, ${p.articles.toLocaleString('en')} articles, ${(p.elapsedMs / 1000).toFixed(1)}s, ` +
            `${Math.round(p.rate).toLocaleString('en')} statements/s overall, ` +
            `${Math.round(p.recentRate).toLocaleString('en')}/s over the last 10 s`,
        );
      },
    });
    log(
      load.skipped
        ? `[import] corpus ${marker} already loaded in ${server.home}: reused`
        : `[import] ${load.statements.toLocaleString('en')} statements in ${(load.ms / 1000).toFixed(1)}s ` +
            `(${Math.round(load.statements / (load.ms / 1000)).toLocaleString('en')}/s)`,
    );
    // Full-text indexes are populated asynchronously; searching before they catch up finds too little.
    await executor.transaction('write', 'bench/await-indexes', (tx) => tx.run('bench/await-indexes'));
    return { server, driver, registry, executor, corpus, load, close };
  } catch (error) {
    await close();
    throw error;
  }
}
