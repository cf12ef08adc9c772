import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bulkLoadArticles } from '../../../src/cli/import-bulk.js';
import { loadConfig } from '../../../src/config.js';
import { resolveArticles } from '../../../src/ingest/bulk-graph.js';
import type { AnnotatedArticle } from '../../../src/ingest/format.js';
import {
  DocumentsRejectedError,
  documentSources,
  readValidDocuments,
} from '../../../src/ingest/read-documents.js';
import { validateAnnotatedArticle } from '../../../src/ingest/validate.js';
import { LocalNeo4j } from '../../../src/neo4j/local-server.js';
import { at, otherArticleOver, seedDocument } from '../../support/documents.js';

const dir = mkdtempSync(path.join(tmpdir(), 'claimgraph-bulk-documents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const valid = (doc: AnnotatedArticle): AnnotatedArticle => {
  const result = validateAnnotatedArticle(JSON.parse(JSON.stringify(doc)));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

describe('reading a folder for a bulk load', () => {
  it('takes a folder`s annotated articles and NDJSON lines, not its other JSON files', () => {
    const folder = path.join(dir, 'folder');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'b.annotated.json'), JSON.stringify(seedDocument()));
    writeFileSync(path.join(folder, 'sources.json'), '[]');
    writeFileSync(path.join(folder, 'a.ndjson'), '{"x":1}\n\n{"y":2}\n');
    expect(documentSources([folder], folder).map((s) => s.label)).toEqual([
      'a.ndjson:1',
      'a.ndjson:3',
      'b.annotated.json',
    ]);
  });

  it('rejects the whole load with every problem, its code, file and place', () => {
    const bad = seedDocument() as unknown as { statements: { speaker: string }[] };
    at(bad.statements, 2).speaker = 'nobody-declared';
    const sources = [
      { label: 'good.annotated.json', read: () => JSON.stringify(seedDocument()) },
      { label: 'bad.annotated.json', read: () => JSON.stringify(bad) },
      { label: 'broken.annotated.json', read: () => '{"format":' },
      { label: 'again.annotated.json', read: () => JSON.stringify(seedDocument()) },
    ];
    const error = (() => {
      try {
        readValidDocuments(sources);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DocumentsRejectedError);
    const problems = (error as DocumentsRejectedError).problems;
    expect(problems.map((p) => [p.label, p.code])).toEqual([
      ['bad.annotated.json', 'INVALID_DOCUMENT'],
      ['broken.annotated.json', 'UNREADABLE_DOCUMENT'],
      ['again.annotated.json', 'DUPLICATE_ARTICLE'],
    ]);
    expect(problems[0]?.issues).toContainEqual({
      path: 'statements[2].speaker',
      message: '"nobody-declared" is not a declared actor',
    });
    expect((error as Error).message).toMatch(
      /bad\.annotated\.json: INVALID_DOCUMENT\n {2}statements\[2\]\.speaker/,
    );
  });

  it('writes nothing, not even a store folder, when a document is invalid', async () => {
    const server = new LocalNeo4j({ ...loadConfig().local, dir: path.join(dir, 'neo4j'), instance: 'never' });
    const sources = [{ label: 'broken.json', read: () => '[]' }];
    await expect(bulkLoadArticles(server, sources)).rejects.toBeInstanceOf(DocumentsRejectedError);
    expect(existsSync(server.home)).toBe(false);
  });
});

describe('the graph of a folder, worked out in memory', () => {
  it('merges what articles share as the importer does, one after the other', () => {
    const seed = valid(seedDocument());
    const later = otherArticleOver(seedDocument(), 'later');
    const kremlin = later.actors.find((a) => a.id === 'kremlin');
    if (kremlin) kremlin.aliases = ['THE KREMLIN'];
    at(later.statements, 0).confidence = 1;
    const g = resolveArticles([seed, valid(later)], { seqBase: 100 });
    // One alias node per lowercase key, spelled as the first article wrote it, linked by both articles.
    expect(g.aliases.get('the kremlin')).toBe('the Kremlin');
    expect(g.hasAlias.get('kremlin\u0000the kremlin')?.props.articles).toEqual([
      seed.article.id,
      later.article.id,
    ]);
    // Without --link-reports every statement is its article's own; each declaration has its document's seq.
    expect(g.statements.size).toBe(2 * seed.statements.length);
    expect(g.declares.Actor.get(`${later.article.id}\u0000kremlin`)?.props.seq).toBe(101);
    // Stance edges carry the speaker copy; counts are per position and speech act.
    const stance = [...g.takesPosition.values()][0];
    expect(stance?.props.position).toBe(stance?.to);
    const counted = g.positionCounts.reduce((n, c) => n + c.statements, 0);
    const pairs = new Set([...g.takesPosition.values()].map((t) => `${t.from} ${t.to}`));
    expect(counted).toBe(pairs.size);
  });

  it('links further reports with --link-reports, keeping the first report`s wording', () => {
    const seed = valid(seedDocument());
    const again = otherArticleOver(seedDocument(), 'again');
    const g = resolveArticles([seed, valid(again)], { linkFurtherReports: true, seqBase: 0 });
    const spoken = seed.statements.filter((st) => st.speaker !== null).length;
    expect(g.furtherReports).toBe(spoken);
    expect(g.statements.size).toBe(2 * seed.statements.length - spoken);
    const reported = [...g.said.values()].find((e) => (e.props.articles as string[]).length === 2);
    expect(reported?.props.articles).toEqual([seed.article.id, again.article.id]);
  });
});
