import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import type { AnnotatedArticle } from '../../../src/ingest/format.js';
import { ArticleValidationError } from '../../../src/ingest/import.js';
import { at, sortDeep, uniqueSeedDocument } from '../../support/documents.js';
import { connectTestGraph } from '../../support/graph.js';

const graph = connectTestGraph();
const created: string[] = [];

beforeAll(() => graph.executor.applySchema());
afterAll(async () => {
  for (const id of created) await graph.repos.ingest.deleteArticleCascade(id);
  await graph.close();
});

/** Nodes and relationships of one test's data: everything whose id or alias key carries the test's suffix. */
async function footprint(suffix: string) {
  const { records } = await graph.driver.executeQuery(
    `MATCH (n) WHERE coalesce(n.id, n.key) CONTAINS $suffix
     OPTIONAL MATCH (n)-[r]->()
     RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS rels`,
    { suffix },
  );
  return { nodes: records[0]?.get('nodes').toNumber(), rels: records[0]?.get('rels').toNumber() };
}

function fresh(): { doc: AnnotatedArticle; suffix: string } {
  const { doc, suffix } = uniqueSeedDocument();
  created.push(doc.article.id);
  return { doc, suffix };
}

describe('importer', () => {
  it('imports the seed annotation and reads back exactly what went in', async () => {
    const { doc } = fresh();
    const outcome = await graph.repos.ingest.importArticle(doc);
    expect(outcome).toMatchObject({ status: 'created', statements: doc.statements.length });
    const back = await graph.repos.ingest.getArticleAnnotation(doc.article.id);
    expect(sortDeep(back)).toEqual(sortDeep(doc));
  });

  it('is idempotent: a second import reports unchanged, and a forced rewrite moves no count', async () => {
    const { doc, suffix } = fresh();
    await graph.repos.ingest.importArticle(doc);
    const before = await footprint(suffix);
    expect(before.nodes).toBeGreaterThan(50);
    expect((await graph.repos.ingest.importArticle(doc)).status).toBe('unchanged');
    expect(await footprint(suffix)).toEqual(before);
    // Through the write path itself: every MERGE must find what the first import made.
    expect((await graph.repos.ingest.importArticle(doc, { force: true })).status).toBe('unchanged');
    expect(await footprint(suffix)).toEqual(before);
  });

  it('replaces a changed annotation: dropped statements and spans disappear', async () => {
    const { doc, suffix } = fresh();
    await graph.repos.ingest.importArticle(doc);
    const before = await footprint(suffix);
    const dropped = doc.statements.pop();
    const outcome = await graph.repos.ingest.importArticle(doc);
    expect(outcome.status).toBe('updated');
    const back = await graph.repos.ingest.getArticleAnnotation(doc.article.id);
    expect(back?.statements.map((s) => s.id)).not.toContain(dropped?.id);
    expect(back?.statements).toHaveLength(doc.statements.length);
    const after = await footprint(suffix);
    expect(after.nodes).toBe(before.nodes - 1 - (dropped?.evidence.length ?? 0));
  });

  it('writes nothing of an article whose transaction fails midway', async () => {
    const { doc, suffix } = fresh();
    // A real failure inside the transaction, after actors, outlets, positions, the article and events were
    // written: the statements query's completion throws, and Neo4j must roll everything back.
    const off = graph.executor.onQuery((event) => {
      if (event.name === 'statement/merge-statements') throw new Error('injected failure');
    });
    try {
      await expect(graph.repos.ingest.importArticle(doc)).rejects.toThrow(/injected failure/);
    } finally {
      off();
    }
    expect(await footprint(suffix)).toEqual({ nodes: 0, rels: 0 });
    expect(await graph.repos.ingest.getArticleAnnotation(doc.article.id)).toBeUndefined();
  });

  it('rejects an invalid document with path-specific messages and writes nothing', async () => {
    const { doc, suffix } = fresh();
    const bad = structuredClone(doc);
    at(bad.statements, 5).speaker = 'peskow';
    at(at(bad.statements, 3).evidence, 0).end = 99_999;
    const error = await graph.repos.ingest.importArticle(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleValidationError);
    const messages = (error as ArticleValidationError).issues.map((i) => `${i.path} ${i.message}`);
    expect(messages).toContain('statements[5].speaker "peskow" is not a declared actor');
    expect(messages).toContain('statements[3].evidence[0].end is beyond the article text (2463 characters)');
    expect(await footprint(suffix)).toEqual({ nodes: 0, rels: 0 });
  });

  it('stores the graph the model describes: speaker, outlets, stances, evidence', async () => {
    const { doc } = fresh();
    await graph.repos.ingest.importArticle(doc);
    const withQuote = doc.statements.find((s) => s.originalMedium && s.citedVia.length > 0);
    expect(withQuote).toBeDefined();
    const { records } = await graph.driver.executeQuery(
      `MATCH (speaker:Actor)-[:SAID]->(s:Statement {id: $id})-[:SAID_TO]->(medium:Outlet)
       MATCH (s)-[:CITED_VIA {article: $article}]->(via:Outlet)
       MATCH (s)-[:HAS_EVIDENCE]->(ev:Evidence)-[:IN_ARTICLE]->(a:Article {id: $article})
       RETURN speaker.id AS speaker, medium.id AS medium, collect(DISTINCT via.id) AS via,
              collect(DISTINCT substring(a.text, ev.start, ev.end - ev.start) = ev.text) AS spansMatch`,
      { id: withQuote?.id, article: doc.article.id },
    );
    expect(records[0]?.toObject()).toEqual({
      speaker: withQuote?.speaker,
      medium: withQuote?.originalMedium,
      via: withQuote?.citedVia,
      spansMatch: [true],
    });
  });
});

describe('npm run import', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimgraph-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const runImport = (...files: string[]) => {
    const connection = inject('neo4j');
    return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...files], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env.PATH,
        NEO4J_URI: connection.uri,
        NEO4J_PASSWORD: connection.password,
        LOG_LEVEL: 'warn',
      },
    });
  };

  it('imports, reports unchanged on a second run, and rejects a malformed file with its reasons', () => {
    const { doc } = fresh();
    const good = path.join(dir, 'good.json');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(good, JSON.stringify(doc));
    const broken = structuredClone(doc);
    Object.assign(at(broken.statements, 2), { speechAct: 'shouting' });
    writeFileSync(bad, JSON.stringify(broken));

    const first = runImport(good);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`created ${doc.article.id}`);
    expect(first.stdout).toContain('1 created, 0 updated, 0 unchanged, 0 rejected');

    const second = runImport(good, bad);
    expect(second.status).toBe(1);
    expect(second.stdout).toContain('0 created, 0 updated, 1 unchanged, 1 rejected');
    expect(second.stderr).toContain('rejected, nothing written');
    expect(second.stderr).toMatch(/statements\[2\]\.speechAct must be one of claim, report/);
  });
});
