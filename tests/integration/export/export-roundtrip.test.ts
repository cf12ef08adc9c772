import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import { exportChunks } from '../../../src/export/run-export.js';
import { createDriver } from '../../../src/graph/connect.js';
import { CypherRegistry } from '../../../src/graph/cypher-registry.js';
import { Executor } from '../../../src/graph/executor.js';
import { SEED_FILE } from '../../../src/ingest/seed.js';
import type { LocalNeo4j } from '../../../src/neo4j/local-server.js';
import { createRepositories, type Repositories } from '../../../src/repositories.js';
import { importForTest } from '../../support/import-retry.js';
import { createTestNeo4j, destroyTestNeo4j } from '../../support/test-neo4j.js';

// A database of its own: the round trip empties it, which the shared suite database must never be.
let server: LocalNeo4j;
let driver: Driver;
let repos: Repositories;

const goldDir = path.join(projectRoot, 'data', 'gold');
const originals = [
  SEED_FILE,
  ...readdirSync(goldDir)
    .filter((f) => f.endsWith('.annotated.json'))
    .map((f) => path.join(goldDir, f)),
].map((file) => JSON.parse(readFileSync(file, 'utf8')) as unknown);

/**
 * Every node with its labels and properties and every relationship with its type, ends and properties, as sorted
 * lines. Article.digest is left out: it fingerprints the document an article was imported from, and a document
 * is not recoverable from the graph (entities several articles declare are merged), so the export's documents
 * have digests of their own. AFFILIATED_WITH.sources is compared as a set: its order is the order of imports.
 * DECLARES.seq is left out as rel-data's provenance test leaves it out: it is when the import ran.
 */
async function dump(db: Driver) {
  const { records: nodes } = await db.executeQuery(
    `MATCH (n) RETURN labels(n) AS labels, properties(n) AS props`,
  );
  const { records: rels } = await db.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, coalesce(a.id, a.key) AS from, coalesce(b.id, b.key) AS to, properties(r) AS props`,
  );
  const canon = (value: unknown) =>
    JSON.stringify(value, (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
        : typeof v === 'bigint'
          ? Number(v)
          : v,
    );
  const plain = (props: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(props).map(([k, v]) => [
        k,
        v && typeof v === 'object' && 'toString' in v && !Array.isArray(v) ? String(v) : v,
      ]),
    );
  return {
    nodes: nodes
      .map((r) => {
        const props = plain(r.get('props'));
        delete props.digest;
        return canon({ labels: [...r.get('labels')].sort(), props });
      })
      .sort(),
    rels: rels
      .map((r) => {
        const props = plain(r.get('props'));
        if (Array.isArray(props.sources)) props.sources = [...props.sources].sort();
        // `seq` on DECLARES is the time of the import: the one property that differs by design between runs.
        if (r.get('type') === 'DECLARES') delete props.seq;
        return canon({ type: r.get('type'), from: r.get('from'), to: r.get('to'), props });
      })
      .sort(),
  };
}

async function exportNdjson(): Promise<string> {
  let text = '';
  for await (const chunk of exportChunks(
    { exports: repos.exports, statements: repos.statements },
    'ndjson',
    {},
  )) {
    text += chunk;
  }
  return text;
}

beforeAll(async () => {
  server = await createTestNeo4j('roundtrip');
  await server.start();
  driver = createDriver(server.connection);
  const executor = new Executor(driver, new CypherRegistry(), { database: server.connection.database });
  repos = createRepositories(executor);
  await executor.applySchema();
}, 240_000);

afterAll(async () => {
  await driver?.close();
  if (server) await destroyTestNeo4j(server);
});

describe('NDJSON export round trip', () => {
  it('imports the seed and gold articles, exports them, and an empty database importing the export holds the same graph', async () => {
    for (const doc of originals) await importForTest(repos.ingest, doc);
    const before = await dump(driver);
    expect(before.nodes.length).toBeGreaterThan(200);
    expect(before.rels.length).toBeGreaterThan(400);

    const exported = await exportNdjson();
    const lines = exported.trimEnd().split('\n');
    expect(lines).toHaveLength(originals.length);

    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    expect((await dump(driver)).nodes).toEqual([]);
    for (const line of lines) {
      expect((await importForTest(repos.ingest, JSON.parse(line))).status).toBe('created');
    }
    const after = await dump(driver);
    expect(after.rels).toEqual(before.rels);
    expect(after.nodes).toEqual(before.nodes);

    // The export of the rebuilt graph is the same text: the documents are a fixed point.
    expect(await exportNdjson()).toBe(exported);
    // Eighteen imports and two exports: more than the default per-test budget on a loaded machine.
  }, 300_000);
});
