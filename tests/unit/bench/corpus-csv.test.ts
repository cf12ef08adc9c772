import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../../src/bench/corpus.js';
import { writeCorpusCsv } from '../../../src/bench/corpus-csv.js';
import { ARRAY_DELIMITER, csvField } from '../../../src/graph/admin-csv.js';
import { importArguments } from '../../../src/neo4j/admin-import.js';

// Whether the files make the same graph as the transactional loader is the integration test's question
// (tests/integration/graph/bulk-first-load.test.ts); here: the fields the import tool reads, and files that a
// CSV parser nobody here wrote reads back whole, with every relationship end among the nodes written.

describe('CSV fields for neo4j-admin import', () => {
  it('leaves null unquoted and empty, so that no property is written', () => {
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('""');
    expect(csvField([])).toBe('""');
  });

  it('quotes strings, doubling inner quotes, and joins arrays with the delimiter', () => {
    expect(csvField('She said "no", twice')).toBe('"She said ""no"", twice"');
    expect(csvField(['a', 'b,c'])).toBe(`"a${ARRAY_DELIMITER}b,c"`);
    expect(csvField(42)).toBe('42');
    expect(csvField(false)).toBe('false');
  });

  it('refuses what the files could not carry faithfully', () => {
    expect(() => csvField('two\nlines')).toThrow(/line break/);
    expect(() => csvField(1.5)).toThrow(/integer/);
    expect(() => csvField([`a${ARRAY_DELIMITER}b`])).toThrow(/delimiter/);
  });

  it('names the database before the file lists, which take any number of values', () => {
    const args = importArguments(
      { nodes: ['/x/a.csv', '/x/b.csv'], relationships: ['/x/r.csv'], arrayDelimiter: 'U+001F' },
      {
        java: { bin: 'java', flags: [] },
        classpath: ['/j.jar'],
        home: '/h',
        conf: '/h/conf',
        heap: '1g',
        maxOffHeap: '1g',
        reportFile: '/h/r',
      },
    );
    const full = args.indexOf('full');
    expect(args[full + 1]).toBe('neo4j');
    expect(args.slice(-3)).toEqual(['--nodes=/x/a.csv', '--nodes=/x/b.csv', '--relationships=/x/r.csv']);
  });
});

describe('the corpus as CSV files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = new Corpus({
    statements: 300,
    actors: 40,
    outlets: 8,
    articles: 60,
    positions: 10,
    events: 10,
    seed: 7,
  });

  it('holds every statement once, and every relationship joins nodes it wrote', async () => {
    const progress: number[] = [];
    const csv = await writeCorpusCsv(corpus, dir, {
      marker: 'tiny:7',
      onProgress: (p) => progress.push(p.statements),
    });
    expect(csv.statements).toBe(300);
    expect(progress.at(-1)).toBe(300);
    const read = (file: string) =>
      parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
    const ids = new Map<string, Set<string>>();
    for (const file of csv.nodes) {
      const rows = read(file);
      const idColumn = Object.keys(rows[0] ?? {}).find((c) => c.includes(':ID('));
      const space = /:ID\((\w+)\)/.exec(idColumn ?? '')?.[1] ?? '';
      ids.set(space, new Set(rows.map((r) => r[idColumn ?? ''] ?? '')));
      expect(new Set(rows.map((r) => r[':LABEL']))).toEqual(new Set([space]));
    }
    expect(ids.get('Statement')?.size).toBe(300);
    expect(ids.get('Article')?.size).toBe(60);
    const expectedStatementIds = [...corpus.articles()].flatMap((a) => a.statements.map((s) => s.id));
    expect(ids.get('Statement')).toEqual(new Set(expectedStatementIds));
    for (const file of csv.relationships) {
      const rows = read(file);
      expect(rows.length, file).toBeGreaterThan(0);
      const columns = Object.keys(rows[0] ?? {});
      for (const end of [':START_ID', ':END_ID']) {
        const column = columns.find((c) => c.startsWith(end)) ?? '';
        const space = /\((\w+)\)/.exec(column)?.[1] ?? '';
        const known = ids.get(space) ?? new Set();
        expect(rows.filter((r) => !known.has(r[column] ?? '')).length, `${file} ${end}`).toBe(0);
      }
    }
  });
});
