import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportFormat, exportChunks } from '../../../src/export/run-export.js';
import { at, uniqueSeedDocument } from '../../support/documents.js';
import { connectTestGraph } from '../../support/graph.js';
import { importForTest } from '../../support/import-retry.js';
import { loadSchemaOrgVocabulary, schemaOrgProblems } from '../../support/schema-org.js';

/**
 * A statement with two speakers and two original media, as a further report crediting the remark to someone
 * else leaves it: article `a` reports it as Peskov's to CNN, article `b` (with entities of its own) reports the
 * same statement as said by another actor to another outlet. Every relationship of the exported statements
 * must come out as an edge, checked against the graph itself with NetworkX reading the file.
 */
const graph = connectTestGraph();
const a = uniqueSeedDocument();
const b = uniqueSeedDocument();
const shared = at(
  a.doc.statements.filter((s) => s.speaker && s.originalMedium),
  0,
);
const secondSpeaker = `western-countries-${b.suffix}`;
const secondMedium = `ap-${b.suffix}`;
const dir = mkdtempSync(path.join(tmpdir(), 'claimgraph-export-edges-'));
const python = spawnSync('python3', ['-c', 'import networkx']).status === 0;

beforeAll(async () => {
  await graph.executor.applySchema();
  await importForTest(graph.repos.ingest, a.doc);
  await importForTest(graph.repos.ingest, b.doc);
  // The write a further report makes (text ingestion's), in article b's name.
  await graph.executor.transaction('write', 'statement/merge-statements', (tx) =>
    tx.run('statement/merge-statements', {
      articleId: b.doc.article.id,
      statements: [
        {
          id: shared.id,
          speaker: secondSpeaker,
          originalMedium: secondMedium,
          citedVia: [`sputnik-${b.suffix}`],
          positions: [{ position: `nato-expansion-${a.suffix}`, stance: 'opposes' }],
          mentions: [{ actor: `kremlin-${b.suffix}`, role: null }],
          events: [],
          evidence: [],
        },
      ],
    }),
  );
});
afterAll(async () => {
  await graph.repos.ingest.deleteArticleCascade(b.doc.article.id);
  await graph.repos.ingest.deleteArticleCascade(a.doc.article.id);
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

type Edge = [source: string, target: string, type: string];
const sortEdges = (edges: Edge[]) => edges.map((e) => e.join(' ')).sort();

/**
 * The relationships the export of article a's statements covers, read from the graph: each statement's edges of
 * the exported types, and the publisher of every article that reports one.
 */
async function graphEdges(): Promise<Edge[]> {
  const { records } = await graph.driver.executeQuery(
    `MATCH (:Article {id: $article})-[:REPORTS]->(s:Statement)
     MATCH (s)-[r:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS]-()
     RETURN startNode(r) AS from, endNode(r) AS to, type(r) AS type
     UNION ALL
     MATCH (:Article {id: $article})-[:REPORTS]->(s:Statement)
     MATCH (art:Article)-[:REPORTS]->(s)
     WITH DISTINCT art
     MATCH (art)-[r:PUBLISHED_BY]->(o:Outlet)
     RETURN art AS from, o AS to, type(r) AS type`,
    { article: a.doc.article.id },
  );
  const globalId = (n: { labels: string[]; properties: { id: string } }) =>
    `${n.labels[0]}:${n.properties.id}`;
  return records.map((r) => [globalId(r.get('from')), globalId(r.get('to')), r.get('type')]);
}

async function exported(format: ExportFormat, narrowLimit?: number): Promise<string> {
  const source = { exports: graph.repos.exports, statements: graph.repos.statements };
  let text = '';
  const filter = { article: a.doc.article.id };
  for await (const chunk of exportChunks(source, format, filter, () => {}, narrowLimit)) {
    text += chunk;
  }
  return text;
}

describe('GraphML export of statements with several speakers and media', () => {
  it('the fixture statement has two speakers and two original media in the graph', async () => {
    const edges = await graphEdges();
    const of = (type: string) =>
      edges.filter(([from, to, t]) => t === type && [from, to].includes(`Statement:${shared.id}`));
    expect(
      of('SAID')
        .map(([from]) => from)
        .sort(),
    ).toEqual([`Actor:${shared.speaker}`, `Actor:${secondSpeaker}`].sort());
    expect(
      of('SAID_TO')
        .map(([, to]) => to)
        .sort(),
    ).toEqual([`Outlet:${shared.originalMedium}`, `Outlet:${secondMedium}`].sort());
  });

  it.skipIf(!python)('writes every edge the graph has, and no node without one', async () => {
    const expected = sortEdges(await graphEdges());
    // Once as the list of matching ids (a narrow filter), once walked through every entity and statement.
    for (const narrowLimit of [undefined, 0]) {
      const file = path.join(dir, `edges-${narrowLimit ?? 'narrow'}.graphml`);
      writeFileSync(file, await exported('graphml', narrowLimit));
      const run = spawnSync(
        'python3',
        [
          '-c',
          `import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({
  'edges': [[u, v, d.get('type')] for u, v, d in g.edges(data=True)],
  'isolated': sorted(nx.isolates(g)),
  'untyped': sorted(n for n, d in g.nodes(data=True) if 'type' not in d),
}))`,
          file,
        ],
        { encoding: 'utf8' },
      );
      if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
      const read = JSON.parse(run.stdout) as { edges: Edge[]; isolated: string[]; untyped: string[] };
      expect(read.isolated).toEqual([]);
      expect(read.untyped).toEqual([]);
      expect(read.edges).toHaveLength(expected.length);
      expect(sortEdges(read.edges)).toEqual(expected);
    }
  });

  it('CSV lists both speakers and both media; JSON-LD gives both authors in schema.org terms', async () => {
    const csv = (await exported('csv')).split('\r\n');
    const header = at(csv, 0).split(',');
    const row = csv.find((line) => line.startsWith(`${shared.id},`)) as string;
    const cells = [...row.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]);
    const cell = (name: string) => cells[header.indexOf(name)];
    expect(cell('speaker_id')?.split('; ').sort()).toEqual([shared.speaker, secondSpeaker].sort());
    expect(cell('original_medium')?.split('; ').sort()).toEqual([shared.originalMedium, secondMedium].sort());

    const document = JSON.parse(await exported('jsonld'));
    expect(schemaOrgProblems(document, loadSchemaOrgVocabulary())).toEqual([]);
    const claim = (document['@graph'] as { identifier: string; author: unknown }[]).find(
      (c) => c.identifier === shared.id,
    );
    const authors = (claim?.author ?? []) as { identifier: string }[];
    expect(authors.map((x) => x.identifier).sort()).toEqual([shared.speaker, secondSpeaker].sort());
  });
});
