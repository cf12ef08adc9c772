import { existsSync } from 'node:fs';
import path from 'node:path';
import { fillEmptyLists } from '../graph/bulk-load.js';
import { createDriver } from '../graph/connect.js';
import { CypherRegistry } from '../graph/cypher-registry.js';
import { Executor } from '../graph/executor.js';
import { markPositionCountsWhole } from '../graph/position-counts.js';
import { markStanceCopiesWhole } from '../graph/stance-copies.js';
import { writeArticleCsv } from '../ingest/bulk-csv.js';
import { resolveArticles } from '../ingest/bulk-graph.js';
import { type DocumentSource, readValidDocuments } from '../ingest/read-documents.js';
import type { LocalNeo4j } from '../neo4j/local-server.js';

/**
 * `npm run import -- --bulk FOLDER|FILE…`: a first load of annotated articles by `neo4j-admin database import
 * full` into the project's own Neo4j. Every document is validated first (any problem: nothing is written);
 * the graph the article importer would write, one document after the other, is worked out in memory
 * (src/ingest/bulk-graph.ts) and written as CSV (src/ingest/bulk-csv.ts) into the instance's import folder;
 * the tool builds a new store from it while the server is stopped; then the server starts and gets what the
 * tool cannot write: the schema with its populated indexes, the empty lists, and the backfill markers that say
 * the stance copies and position counts (already in the files) are whole.
 */

export type BulkRefusal = 'NO_DOCUMENTS' | 'DATABASE_RUNNING' | 'DATABASE_NOT_EMPTY' | 'EXTERNAL_DATABASE';

/** The bulk load does not start: the reason's code and what to do. Nothing was written. */
export class BulkImportRefusedError extends Error {
  constructor(
    readonly code: BulkRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'BulkImportRefusedError';
  }
}

export type BulkArticlesOptions = {
  /** Replace a database that holds data (otherwise refused). */
  overwrite?: boolean;
  /** As the importer's `--link-reports`. */
  linkFurtherReports?: boolean;
  /** Off-heap memory of the import tool. */
  maxOffHeap?: string;
  /** Leave the server running afterwards (tests); by default it is stopped again, as it was found. */
  keepRunning?: boolean;
  log?: (line: string) => void;
};

export type BulkArticlesResult = {
  articles: number;
  statements: number;
  furtherReports: number;
  nodes: number;
  relationships: number;
  /** Milliseconds per phase, and all told (from reading the first document to every index online). */
  phases: {
    validate: number;
    check: number;
    resolve: number;
    csv: number;
    tool: number;
    start: number;
    finish: number;
  };
  ms: number;
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** Opens a driver and executor on a started server, runs `work`, closes the driver. */
async function withExecutor<T>(server: LocalNeo4j, work: (executor: Executor) => Promise<T>): Promise<T> {
  const driver = createDriver(server.connection);
  try {
    return await work(
      new Executor(driver, new CypherRegistry(), { database: 'neo4j', txTimeoutMs: 300_000 }),
    );
  } finally {
    await driver.close();
  }
}

/** Whether the stopped server's database holds anything but backfill markers; starts it to look if a store exists. */
async function holdsData(server: LocalNeo4j, log: (line: string) => void): Promise<boolean> {
  if (!existsSync(path.join(server.home, 'data', 'databases', 'neo4j'))) return false;
  log('[bulk] a store exists: starting Neo4j to see whether it holds data');
  await server.start();
  try {
    const [row] = await withExecutor(server, (executor) =>
      executor.transaction('read', 'bulk/count-data-nodes', (tx) =>
        tx.run<{ count: number }>('bulk/count-data-nodes'),
      ),
    );
    return (row?.count ?? 0) > 0;
  } finally {
    await server.stop();
  }
}

export async function bulkLoadArticles(
  server: LocalNeo4j,
  sources: readonly DocumentSource[],
  options: BulkArticlesOptions = {},
): Promise<BulkArticlesResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  let at = started;
  const lap = () => {
    const now = performance.now();
    const ms = now - at;
    at = now;
    return ms;
  };
  if (sources.length === 0) {
    throw new BulkImportRefusedError('NO_DOCUMENTS', 'No annotated-article documents were named or found.');
  }
  const valid = readValidDocuments(sources);
  const validate = lap();
  log(`[bulk] ${valid.length} document(s) valid (${seconds(validate)})`);

  const status = await server.status();
  if (status.state === 'running') {
    throw new BulkImportRefusedError(
      'DATABASE_RUNNING',
      `${server.home} is served by a running Neo4j (pid ${status.pid}); the import tool needs it stopped ` +
        '(npm run neo4j -- stop).',
    );
  }
  if (!options.overwrite && (await holdsData(server, log))) {
    throw new BulkImportRefusedError(
      'DATABASE_NOT_EMPTY',
      `The database in ${server.home} holds data; a bulk load replaces the whole store. Give --overwrite to ` +
        'replace it, or import the documents into it with `npm run import` (without --bulk).',
    );
  }
  const check = lap();

  const graph = resolveArticles(
    valid.map((v) => v.doc),
    { linkFurtherReports: options.linkFurtherReports ?? false, seqBase: Date.now() },
  );
  const resolve = lap();
  const csv = await writeArticleCsv(graph, path.join(server.importDir, 'articles'));
  const csvMs = lap();
  log(
    `[bulk] ${graph.articles.size} articles, ${graph.statements.size} statements (${graph.furtherReports} further ` +
      `reports) resolved in ${seconds(resolve)}; ${csv.nodeCount} nodes and ${csv.relationshipCount} relationships ` +
      `written as CSV (${(csv.bytes / 1e6).toFixed(1)} MB) in ${seconds(csvMs)}; running neo4j-admin import`,
  );
  await server.importFull(csv, { heap: '1g', maxOffHeap: options.maxOffHeap ?? '1g' });
  const tool = lap();
  log(`[bulk] neo4j-admin import done in ${seconds(tool)}`);
  await server.start();
  const start = lap();
  let finish = 0;
  let ms = 0;
  try {
    await withExecutor(server, async (executor) => {
      await executor.applySchema();
      await fillEmptyLists(executor);
      await markStanceCopiesWhole(executor);
      await markPositionCountsWhole(executor);
      // Full-text and range indexes are populated after the start; searching before finds too little.
      await executor.transaction('write', 'bench/await-indexes', (tx) => tx.run('bench/await-indexes'));
    });
    finish = lap();
    ms = performance.now() - started;
  } finally {
    if (!options.keepRunning) await server.stop();
  }
  log(
    `[bulk] start ${seconds(start)}, schema, empty lists and index population ${seconds(finish)}; ` +
      `${graph.statements.size} statements loaded in ${seconds(ms)} all told`,
  );
  return {
    articles: graph.articles.size,
    statements: graph.statements.size,
    furtherReports: graph.furtherReports,
    nodes: csv.nodeCount,
    relationships: csv.relationshipCount,
    phases: { validate, check, resolve, csv: csvMs, tool, start, finish },
    ms,
  };
}
