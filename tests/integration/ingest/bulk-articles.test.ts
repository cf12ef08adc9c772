import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BulkImportRefusedError, bulkLoadArticles } from '../../../src/cli/import-bulk.js';
import { projectRoot } from '../../../src/config.js';
import { createDriver } from '../../../src/graph/connect.js';
import { CypherRegistry } from '../../../src/graph/cypher-registry.js';
import { Executor } from '../../../src/graph/executor.js';
import { backfillPositionCounts } from '../../../src/graph/position-counts.js';
import { backfillStanceCopies } from '../../../src/graph/stance-copies.js';
import type { AnnotatedArticle } from '../../../src/ingest/format.js';
import { ArticleImporter } from '../../../src/ingest/import.js';
import { documentSources } from '../../../src/ingest/read-documents.js';
import type { LocalNeo4j } from '../../../src/neo4j/local-server.js';
import { at, otherArticleOver, seedDocument } from '../../support/documents.js';
import { dumpGraph, dumpSchema, expectSameStore, type GraphDump } from '../../support/graph-dump.js';
import { createTestNeo4j, destroyTestNeo4j } from '../../support/test-neo4j.js';

// One folder of annotated articles loaded twice, each into a database of its own: once through the article
// importer, one document after the other (as `npm run import -- --link-reports` does), and once by
// `npm run import -- --bulk --link-reports` (neo4j-admin from CSV). The corpus's training articles, then the
// analysis fixtures (further reports, a misattributed remark, events in sequence, affiliations) and the seed
// article: real actors recur across them, so merges by id and by alias key are exercised. A generic dump of
// both graphs and the schema as SHOW reports it must be the same, line for line; only load times differ.
// Two more articles over the seed's entities, in one NDJSON file, re-declare what the seed declares with the
// merge rules' corner cases: a description or date left out (kept), a date of month precision, an alias that
// differs only in case (one Alias, the first spelling), a participant's role given later (the first one
// stays), the extractor's fields (an integral and a fractional confidence), a text with a CRLF and quotes.
const data = (...parts: string[]) => path.join(projectRoot, 'data', ...parts);
function variants(): AnnotatedArticle[] {
  const a = otherArticleOver(seedDocument(), 'bulk-a');
  a.article.text = `${a.article.text}\r\nA second line, "quoted", and a comma.`;
  a.article.publishedOn = { value: '2022-01', precision: 'month', context: false };
  a.article.imageCredits = [];
  const kremlin = a.actors.find((x) => x.id === 'kremlin');
  if (kremlin) kremlin.aliases = ['THE KREMLIN', 'Kremlin Palace'];
  at(a.actors, 0).description = 'Described again by a later article.';
  for (const o of a.outlets) delete o.country;
  const [first, second] = a.events;
  if (first) {
    delete first.description;
    delete first.date;
    first.participants = first.participants.map((p) => ({ ...p, role: 'host' }));
  }
  if (second) second.date = { value: '2022-01', precision: 'month', context: false };
  const unspoken = a.statements.filter((st) => st.speaker === null);
  at(unspoken, 0).confidence = 1;
  Object.assign(at(unspoken, 1), { confidence: 0.85, review: true, extractedBy: 'claimgraph-extract@1' });
  const b = otherArticleOver(seedDocument(), 'bulk-b');
  for (const e of b.events) e.participants = e.participants.map((p) => ({ ...p, role: 'guest' }));
  b.article.context = [];
  return [a, b];
}
const dir = mkdtempSync(path.join(tmpdir(), 'claimgraph-bulk-articles-'));
writeFileSync(
  path.join(dir, 'variants.ndjson'),
  `${variants()
    .map((d) => JSON.stringify(d))
    .join('\n')}\n`,
);
const sources = documentSources([
  data('corpus', 'train'),
  data('fixtures', 'analysis'),
  data('seed', 'article.annotated.json'),
  dir,
]);
const volatile = [
  { label: 'Backfill', property: 'updatedAt' },
  // The importer's `timestamp()`; the bulk path numbers the documents in order from its start.
  { label: 'DECLARES', property: 'seq' },
];
const log = (line: string) => console.log(`[bulk-articles test] ${line}`);

async function dump(server: LocalNeo4j) {
  const driver = createDriver(server.connection);
  try {
    return { graph: await dumpGraph(driver, volatile), schema: await dumpSchema(driver) };
  } finally {
    await driver.close();
  }
}

describe('a first load of a folder of annotated articles by neo4j-admin import', () => {
  const servers: LocalNeo4j[] = [];
  afterAll(async () => {
    for (const server of servers) await destroyTestNeo4j(server);
    rmSync(dir, { recursive: true, force: true });
  }, 180_000);

  it('writes the graph and schema that importing the documents one by one writes', {
    timeout: 1_200_000,
  }, async () => {
    expect(sources.length).toBeGreaterThan(50);
    // One server at a time: the machine is small.
    const transactionalServer = await createTestNeo4j('articles-tx', log);
    servers.push(transactionalServer);
    await transactionalServer.start();
    const driver = createDriver(transactionalServer.connection);
    let furtherReports = 0;
    try {
      const executor = new Executor(driver, new CypherRegistry(), {
        database: 'neo4j',
        txTimeoutMs: 120_000,
      });
      // As openRuntime (npm run import) does before it imports.
      await executor.applySchema();
      await backfillStanceCopies(executor);
      await backfillPositionCounts(executor);
      const importer = new ArticleImporter(executor);
      const started = performance.now();
      for (const source of sources) {
        const outcome = await importer.importArticle(JSON.parse(source.read()), { linkFurtherReports: true });
        expect(outcome.status).toBe('created');
        furtherReports += outcome.furtherReports;
      }
      log(
        `transactional: ${sources.length} documents in ${((performance.now() - started) / 1000).toFixed(1)}s`,
      );
      await executor.transaction('write', 'bench/await-indexes', (tx) => tx.run('bench/await-indexes'));
    } finally {
      await driver.close();
    }
    const transactional = await dump(transactionalServer);
    await transactionalServer.stop();

    const bulkServer = await createTestNeo4j('articles-bulk', log);
    servers.push(bulkServer);
    const loaded = await bulkLoadArticles(bulkServer, sources, {
      linkFurtherReports: true,
      keepRunning: true,
      log,
    });
    log(`bulk: ${JSON.stringify(loaded.phases)}, ${(loaded.ms / 1000).toFixed(1)}s all told`);
    expect(loaded.articles).toBe(sources.length);
    expect(loaded.furtherReports).toBe(furtherReports);
    // Not a comparison of nothing: the fixtures re-report remarks.
    expect(furtherReports).toBeGreaterThan(0);
    const bulk = await dump(bulkServer);

    const sizes = (d: GraphDump) => ({ nodes: d.nodes.length, relationships: d.relationships.length });
    log(
      `transactional ${JSON.stringify(sizes(transactional.graph))}, bulk ${JSON.stringify(sizes(bulk.graph))}`,
    );
    expect(transactional.graph.relationships.length).toBeGreaterThan(transactional.graph.nodes.length);
    expectSameStore(transactional, bulk);

    // The store now holds data: a second bulk load is refused while the server runs, and once it is stopped,
    // unless told to overwrite.
    const again = () => bulkLoadArticles(bulkServer, sources.slice(0, 1), { log });
    await expect(again()).rejects.toMatchObject({ code: 'DATABASE_RUNNING' });
    await bulkServer.stop();
    const refused = await again().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BulkImportRefusedError);
    expect(refused).toMatchObject({ code: 'DATABASE_NOT_EMPTY' });
  });
});
