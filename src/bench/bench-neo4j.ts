import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../config.js';
import { BulkLoader, type BulkLoadResult, fillEmptyLists } from '../graph/bulk-load.js';
import { createDriver } from '../graph/connect.js';
import { CypherRegistry } from '../graph/cypher-registry.js';
import { Executor } from '../graph/executor.js';
import { backfillPositionCounts, countBackfillLine } from '../graph/position-counts.js';
import { backfillStanceCopies, copiesBackfillLine, markStanceCopiesWhole } from '../graph/stance-copies.js';
import { findFreePort, LocalNeo4j } from '../neo4j/local-server.js';
import { type Corpus, corpusFor, type PresetName } from './corpus.js';
import { writeCorpusCsv } from './corpus-csv.js';

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
  options: { bulk?: boolean } = {},
): Promise<BenchDatabase> {
  const started = performance.now();
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
  const corpus = corpusFor(preset, BENCH_SEED);
  const marker = `${preset}:${BENCH_SEED}`;
  const bulk = options.bulk ? await bulkFirstLoad(server, corpus, marker, memory.pageCache, log) : undefined;
  const startedAt = performance.now();
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
    const schemaAt = performance.now();
    await executor.applySchema();
    const importer = new BulkLoader(executor);
    let lastLog = 0;
    // Also on a reused store: a bulk load stopped between the import (whose files hold the marker) and this step
    // would otherwise stay without its empty lists. Writes nothing when they are there.
    await fillEmptyLists(executor);
    // The bulk CSV writes stance edges with their copies; any other store is looked at once.
    if (bulk) await markStanceCopiesWhole(executor);
    else {
      const copies = await backfillStanceCopies(executor, (p) => log(`[backfill] ${copiesBackfillLine(p)}`));
      if (!copies.skipped) log(`[backfill] ${copiesBackfillLine(copies)}`);
    }
    // The bulk CSV holds no position counts: they are counted once after the admin import, as for any store
    // written before they were kept.
    const counts = await backfillPositionCounts(executor, (p) => log(`[backfill] ${countBackfillLine(p)}`));
    if (!counts.skipped) log(`[backfill] ${countBackfillLine(counts)}`);
    const load =
      bulk ??
      (await importer.import(corpus, {
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
      }));
    if (!bulk)
      log(
        load.skipped
          ? `[import] corpus ${marker} already loaded in ${server.home}: reused`
          : `[import] ${load.statements.toLocaleString('en')} statements in ${(load.ms / 1000).toFixed(1)}s ` +
              `(${Math.round(load.statements / (load.ms / 1000)).toLocaleString('en')}/s)`,
      );
    // Full-text indexes are populated asynchronously; searching before they catch up finds too little.
    await executor.transaction('write', 'bench/await-indexes', (tx) => tx.run('bench/await-indexes'));
    if (bulk) {
      // The whole first load: CSV, store, start, schema and every index populated.
      bulk.ms = performance.now() - started;
      log(
        `[bulk] start ${seconds(schemaAt - startedAt)}, schema and index population ` +
          `${seconds(performance.now() - schemaAt)}; ${bulk.statements.toLocaleString('en')} statements loaded in ` +
          `${seconds(bulk.ms)} all told (${Math.round(bulk.statements / (bulk.ms / 1000)).toLocaleString('en')} statements/s)`,
      );
    }
    return { server, driver, registry, executor, corpus, load, close };
  } catch (error) {
    await close();
    throw error;
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/**
 * A first load by `neo4j-admin database import full`: the corpus as CSV files in the instance's import folder,
 * then a new store written from them while the server is stopped. It replaces whatever the bench database held.
 */
export async function bulkFirstLoad(
  server: LocalNeo4j,
  corpus: Corpus,
  marker: string,
  offHeap: string,
  log: (line: string) => void,
): Promise<BulkLoadResult> {
  const started = performance.now();
  // Refused before the CSV is written, not after (importFull refuses too).
  const status = await server.status();
  if (status.state === 'running') {
    throw new Error(
      `${server.home} is served by a running Neo4j (pid ${status.pid}); stop it before --bulk.`,
    );
  }
  const dir = path.join(server.importDir, 'corpus');
  log(`[bulk] writing the corpus as CSV into ${dir}`);
  const csv = await writeCorpusCsv(corpus, dir, {
    marker,
    onProgress: (p) =>
      log(
        `[bulk] CSV: ${p.statements.toLocaleString('en')}/${p.totalStatements.toLocaleString('en')} statements, ` +
          `${p.articles.toLocaleString('en')} articles, ${(p.bytes / 1e6).toFixed(0)} MB, ${seconds(p.elapsedMs)}`,
      ),
  });
  log(
    `[bulk] CSV written: ${(csv.bytes / 1e6).toFixed(0)} MB in ${seconds(csv.ms)}; running neo4j-admin import`,
  );
  const importAt = performance.now();
  await server.importFull(csv, { heap: '1g', maxOffHeap: offHeap });
  log(`[bulk] neo4j-admin import done in ${seconds(performance.now() - importAt)}`);
  return {
    skipped: false,
    articles: csv.articles,
    statements: csv.statements,
    ms: performance.now() - started,
  };
}
