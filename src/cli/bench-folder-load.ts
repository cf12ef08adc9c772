import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createDriver } from '../graph/connect.js';
import { CypherRegistry } from '../graph/cypher-registry.js';
import { Executor } from '../graph/executor.js';
import { backfillPositionCounts } from '../graph/position-counts.js';
import { backfillStanceCopies } from '../graph/stance-copies.js';
import { ArticleImporter } from '../ingest/import.js';
import { documentSources } from '../ingest/read-documents.js';
import { findFreePort, LocalNeo4j } from '../neo4j/local-server.js';
import { bulkLoadArticles } from './import-bulk.js';

/**
 * `npm run bench:folder-load -- [--link-reports] FOLDER|FILE…`: the same documents loaded both ways, each into a
 * throwaway Neo4j of its own (`.neo4j/instances/bench-folder-*`, deleted afterwards), one after the other, and
 * the times printed: through the article importer one document at a time (as `npm run import`), and by
 * `npm run import -- --bulk` (neo4j-admin). Figures go to docs/benchmarks.md.
 */

const usage = 'Usage: npm run bench:folder-load -- [--link-reports] FOLDER|FILE ...';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'link-reports': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
});
if (values.help || positionals.length === 0) {
  (values.help ? console.log : console.error)(usage);
  process.exit(values.help ? 0 : 2);
}
const linkFurtherReports = values['link-reports'];
const sources = documentSources(positionals);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
const log = (line: string) => console.log(line);

async function throwaway(name: string): Promise<LocalNeo4j> {
  const base = loadConfig().local;
  const server = new LocalNeo4j(
    {
      ...base,
      instance: `bench-folder-${name}`,
      boltPort: await findFreePort(),
      httpPort: await findFreePort(),
      heapSize: '1g',
      pageCacheSize: '1g',
      txTimeout: '300s',
      password: 'claimgraph-bench',
    },
    (line) => log(`[neo4j] ${line}`),
  );
  await server.stop();
  rmSync(server.home, { recursive: true, force: true });
  return server;
}

const tx = await throwaway('tx');
let transactional = { statements: 0, ms: 0, start: 0 };
try {
  const startAt = performance.now();
  await tx.start();
  const start = performance.now() - startAt;
  const driver = createDriver(tx.connection);
  try {
    const executor = new Executor(driver, new CypherRegistry(), { database: 'neo4j', txTimeoutMs: 300_000 });
    const started = performance.now();
    await executor.applySchema();
    await backfillStanceCopies(executor);
    await backfillPositionCounts(executor);
    const importer = new ArticleImporter(executor);
    let statements = 0;
    for (const [i, source] of sources.entries()) {
      const outcome = await importer.importArticle(JSON.parse(source.read()), { linkFurtherReports });
      statements += outcome.statements;
      if ((i + 1) % 50 === 0)
        log(`[transactional] ${i + 1}/${sources.length} documents, ${seconds(performance.now() - started)}`);
    }
    await executor.transaction('write', 'bench/await-indexes', (t) => t.run('bench/await-indexes'));
    transactional = { statements, ms: performance.now() - started, start };
  } finally {
    await driver.close();
  }
} finally {
  await tx.stop();
  rmSync(tx.home, { recursive: true, force: true });
}
log(
  `[transactional] ${sources.length} documents, ${transactional.statements} statements: ${seconds(transactional.ms)} ` +
    `from the schema to every index online (${Math.round(transactional.statements / (transactional.ms / 1000))} ` +
    `statements/s), after a server start of ${seconds(transactional.start)}`,
);

const bulk = await throwaway('bulk');
try {
  const result = await bulkLoadArticles(bulk, sources, { linkFurtherReports, log: (line) => log(line) });
  const p = result.phases;
  // The documents' statements, as the transactional line counts them (further reports included).
  const reported = result.statements + result.furtherReports;
  log(
    `[bulk] ${result.articles} documents, ${reported} statements: ${seconds(result.ms)} all told ` +
      `(${Math.round(reported / (result.ms / 1000))} statements/s): validate ${seconds(p.validate)}, ` +
      `check ${seconds(p.check)}, resolve ${seconds(p.resolve)}, CSV ${seconds(p.csv)}, neo4j-admin ` +
      `${seconds(p.tool)}, start ${seconds(p.start)}, schema and indexes ${seconds(p.finish)}`,
  );
} finally {
  await bulk.stop();
  rmSync(bulk.home, { recursive: true, force: true });
}
