import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { CSV_COLUMNS } from '../../../src/export/csv.js';
import { exportChunks } from '../../../src/export/run-export.js';
import { validateAnnotatedArticle } from '../../../src/ingest/validate.js';
import { uniqueSeedDocument } from '../../support/documents.js';
import { connectTestGraph, TEST_API_KEY } from '../../support/graph.js';
import { importForTest } from '../../support/import-retry.js';
import { loadSchemaOrgVocabulary, schemaOrgProblems } from '../../support/schema-org.js';

const graph = connectTestGraph();
const { doc } = uniqueSeedDocument();
// The seed quotes nobody verbatim; one quoted statement makes the export write a Quotation too.
const quotedStatement = doc.statements.find((s) => s.speaker && s.evidence[0]);
if (quotedStatement?.evidence[0]) quotedStatement.quote = quotedStatement.evidence[0].text;
const dir = mkdtempSync(path.join(tmpdir(), 'claimgraph-export-'));
const python = spawnSync('python3', ['--version']).status === 0;

beforeAll(async () => {
  await graph.executor.applySchema();
  await importForTest(graph.repos.ingest, doc);
});
afterAll(async () => {
  await graph.repos.ingest.deleteArticleCascade(doc.article.id);
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

async function download(format: string, query = `article=${doc.article.id}`, app = graph.app, headers = {}) {
  const response = await app.fetch(`http://claimgraph.test/export/${format}?${query}`, { headers });
  return { response, text: await response.text() };
}

/** Runs a Python script on a file and returns what it printed as JSON. */
function runPython(script: string, file: string): Record<string, unknown> {
  const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

const statements = doc.statements.length;
const quoted = doc.statements.filter((s) => s.quote !== null).length;

/** The global ids of the nodes a GraphML export of these statements of `doc` must hold, and no others. */
function touchedBy(selected: typeof doc.statements): string[] {
  const ids = new Set([`Article:${doc.article.id}`]);
  if (doc.article.publisher) ids.add(`Outlet:${doc.article.publisher}`);
  for (const s of selected) {
    ids.add(`Statement:${s.id}`);
    if (s.speaker) ids.add(`Actor:${s.speaker}`);
    if (s.originalMedium) ids.add(`Outlet:${s.originalMedium}`);
    for (const o of s.citedVia) ids.add(`Outlet:${o}`);
    for (const p of s.positions) ids.add(`Position:${p.position}`);
    for (const m of s.mentions) ids.add(`Actor:${m.actor}`);
    for (const e of s.events) ids.add(`Event:${e}`);
  }
  return [...ids].sort();
}

/** The node ids of a GraphML text that NetworkX reads, and those it had to make up for an undeclared edge end. */
function graphmlNodes(text: string): { nodes: string[]; untyped: string[] } {
  const file = path.join(dir, 'nodes.graphml');
  writeFileSync(file, text);
  return runPython(
    `import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({'nodes': sorted(g.nodes), 'untyped': sorted(n for n, d in g.nodes(data=True) if 'type' not in d)}))`,
    file,
  ) as { nodes: string[]; untyped: string[] };
}

/** Edge ends the text names before (or without) their node: a streaming reader could not place them. */
function edgesBeforeNodes(text: string): string[] {
  const seen = new Set<string>();
  const early: string[] = [];
  for (const [, kind, a, b] of text.matchAll(
    /<(node) id="([^"]*)"|<(?:edge) id="[^"]*" source="([^"]*)" target="([^"]*)"/g,
  )) {
    if (kind) seen.add(a as string);
    else for (const end of [a, b]) if (end && !seen.has(end)) early.push(end);
  }
  return early;
}

describe('GraphML export', () => {
  it.skipIf(!python)('opens in NetworkX as it is, with typed attributes', async () => {
    const { response, text } = await download('graphml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="claimgraph-.*\.graphml"/,
    );
    const file = path.join(dir, 'export.graphml');
    writeFileSync(file, text);
    const result = runPython(
      `import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
statements = [d for _, d in g.nodes(data=True) if d.get('type') == 'Statement']
reports = [d for _, _, d in g.edges(data=True) if d.get('type') == 'REPORTS']
print(json.dumps({
  'directed': g.is_directed(),
  'statements': len(statements),
  'types': sorted({d['type'] for _, d in g.nodes(data=True)}),
  'negatedIsBool': all(isinstance(d['negated'], bool) for d in statements),
  'evidenceCountIsInt': all(isinstance(d['evidence_count'], int) for d in statements),
  'spanIsInt': all(isinstance(d['evidence_start'], int) for d in reports),
  'reports': len(reports),
  'stances': sorted({d['stance'] for _, _, d in g.edges(data=True) if d.get('type') == 'TAKES_POSITION'}),
}))`,
      file,
    );
    expect(result).toMatchObject({
      directed: true,
      statements,
      reports: statements,
      negatedIsBool: true,
      evidenceCountIsInt: true,
      spanIsInt: true,
    });
    expect(result.types).toEqual(['Actor', 'Article', 'Event', 'Outlet', 'Position', 'Statement']);
    expect((result.stances as string[]).length).toBeGreaterThan(1);
    expect(graphmlNodes(text)).toEqual({ nodes: touchedBy(doc.statements), untyped: [] });
    expect(edgesBeforeNodes(text)).toEqual([]);
  });

  it.skipIf(!python)(
    "holds exactly the entities a filter's or a neighborhood's statements touch",
    async () => {
      const speaker = doc.statements.find((s) => s.speaker)?.speaker as string;
      const spoken = doc.statements.filter((s) => s.speaker === speaker);
      expect(spoken.length).toBeLessThan(statements);
      const filtered = await download('graphml', `article=${doc.article.id}&speaker=Actor:${speaker}`);
      expect(graphmlNodes(filtered.text)).toEqual({ nodes: touchedBy(spoken), untyped: [] });
      expect(edgesBeforeNodes(filtered.text)).toEqual([]);
      // The same filter walked through every entity and statement, as one that matches many statements is.
      let walked = '';
      const source = { exports: graph.repos.exports, statements: graph.repos.statements };
      const filter = { article: doc.article.id, speaker };
      for await (const chunk of exportChunks(source, 'graphml', filter, () => {}, 0)) walked += chunk;
      expect(walked).toBe(filtered.text);

      const around = await download('graphml', `neighborhood=Actor:${speaker}&depth=1&limit=100`);
      const near = doc.statements.filter(
        (s) => s.speaker === speaker || s.mentions.some((m) => m.actor === speaker),
      );
      expect(graphmlNodes(around.text)).toEqual({ nodes: touchedBy(near), untyped: [] });
      expect(edgesBeforeNodes(around.text)).toEqual([]);
    },
  );
});

describe('CSV export', () => {
  it.skipIf(!python)(
    'is one statements table that pandas (or Python csv) reads with no options',
    async () => {
      const { response, text } = await download('csv');
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      // RFC 4180: every record ends in CRLF; a bare LF only inside a quoted field.
      expect(text.endsWith('\r\n')).toBe(true);
      const file = path.join(dir, 'export.csv');
      writeFileSync(file, text);
      const result = runPython(
        `import json, sys, csv
try:
  import pandas as pd
  df = pd.read_csv(sys.argv[1])
  print(json.dumps({'reader': 'pandas', 'rows': len(df), 'columns': list(df.columns),
    'negated': str(df['negated'].dtype), 'start': str(df['evidence_start'].dtype),
    'speakers': int(df['speaker_id'].notna().sum())}))
except ImportError:
  with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows = list(csv.reader(f, strict=True))
  print(json.dumps({'reader': 'csv', 'rows': len(rows) - 1, 'columns': rows[0],
    'widths': sorted({len(r) for r in rows})}))`,
        file,
      );
      expect(result.rows).toBe(statements);
      expect(result.columns).toEqual([...CSV_COLUMNS]);
      if (result.reader === 'pandas') {
        expect(result).toMatchObject({ negated: 'bool', start: 'int64' });
        expect(result.speakers).toBe(doc.statements.filter((s) => s.speaker).length);
      } else {
        expect(result.widths).toEqual([CSV_COLUMNS.length]);
      }
    },
  );
});

describe('JSON-LD export', () => {
  it('uses only types and properties schema.org defines, one Claim per statement', async () => {
    const { response, text } = await download('jsonld');
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const document = JSON.parse(text);
    expect(schemaOrgProblems(document, loadSchemaOrgVocabulary())).toEqual([]);
    const claims = document['@graph'] as Record<string, unknown>[];
    expect(claims).toHaveLength(statements);
    expect(claims.filter((c) => Array.isArray(c['@type']) && c['@type'].includes('Quotation'))).toHaveLength(
      quoted,
    );
    const first = quotedStatement;
    expect(quoted).toBeGreaterThan(0);
    const claim = claims.find((c) => c.identifier === first?.id) as {
      author: { identifier: string; '@id': string };
      spokenByCharacter: { '@id': string };
      appearance: Record<string, unknown>[];
    };
    expect(claim.author.identifier).toBe(first?.speaker);
    expect(claim.spokenByCharacter['@id']).toBe(claim.author['@id']);
    const span = first?.evidence[0];
    expect(claim.appearance[0]).toMatchObject({
      '@id': `urn:claimgraph:article:${doc.article.id}#char=${span?.start},${span?.end}`,
      text: span?.text,
    });
  });
});

describe('NDJSON export', () => {
  it('writes valid import documents; a filter keeps only matching statements', async () => {
    const speaker = doc.statements.find((s) => s.speaker)?.speaker as string;
    const { text } = await download('ndjson', `article=${doc.article.id}&speaker=Actor:${speaker}`);
    const lines = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    const mine = lines.filter((d) => d.article.id === doc.article.id);
    expect(mine).toHaveLength(1);
    expect(validateAnnotatedArticle(mine[0]).ok).toBe(true);
    expect(mine[0].statements.map((s: { id: string }) => s.id)).toEqual(
      doc.statements.filter((s) => s.speaker === speaker).map((s) => s.id),
    );
    // The narrow filter reads the owning article alone; walked through every article it writes the same lines.
    expect(lines).toHaveLength(1);
    const source = { exports: graph.repos.exports, statements: graph.repos.statements };
    const filter = { article: doc.article.id, speaker };
    const read = async (narrowLimit?: number) => {
      let text = '';
      const queries: string[] = [];
      const stop = graph.executor.onQuery((event) => queries.push(event.name));
      for await (const chunk of exportChunks(source, 'ndjson', filter, () => {}, narrowLimit)) text += chunk;
      stop();
      return { text, owners: queries.includes('export/list-statement-articles') };
    };
    expect(await read()).toEqual({ text, owners: true });
    expect(await read(0)).toEqual({ text, owners: false });
  });
});

describe('export downloads', () => {
  it('refuses a bad filter, an unknown format and, with READS_REQUIRE_KEY, a missing key', async () => {
    const bad = await download('csv', 'stance=maybe');
    expect(bad.response.status).toBe(400);
    expect(JSON.parse(bad.text).errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(JSON.parse(bad.text).errors[0].message).toMatch(/stance must be one of/);
    expect((await download('xlsx')).response.status).toBe(404);
    const locked = createApp({
      executor: graph.executor,
      repos: graph.repos,
      apiKeys: [TEST_API_KEY],
      readsRequireKey: true,
    });
    expect((await download('csv', '', locked)).response.status).toBe(401);
    const allowed = await download('csv', `article=${doc.article.id}`, locked, {
      authorization: `Bearer ${TEST_API_KEY}`,
    });
    expect(allowed.response.status).toBe(200);
  });

  it('exports a neighborhood: the statements around a node', async () => {
    const speaker = doc.statements.find((s) => s.speaker)?.speaker as string;
    const { text } = await download('csv', `neighborhood=Actor:${speaker}&depth=1&limit=100`);
    const ids = text
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[0]);
    expect(ids.sort()).toEqual(
      doc.statements
        .filter((s) => s.speaker === speaker || s.mentions.some((m) => m.actor === speaker))
        .map((s) => s.id)
        .sort(),
    );
  });
});
