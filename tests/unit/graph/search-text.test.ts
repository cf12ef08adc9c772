import { describe, expect, it } from 'vitest';
import { assembleGraph, type GraphNodeRow } from '../../../src/graph/graph-views.js';
import {
  findHighlights,
  makeSnippet,
  mergeHits,
  queryTerms,
  statementSnippet,
  type TextRange,
  toLuceneQuery,
} from '../../../src/graph/search-text.js';

const marked = (text: string, ranges: TextRange[]) => ranges.map((r) => text.slice(r.start, r.end));

describe('toLuceneQuery', () => {
  it('escapes every Lucene special character', () => {
    expect(toLuceneQuery('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('turns the operator words into plain words', () => {
    expect(toLuceneQuery('NATO AND Russia OR NOT Ukraine')).toBe('NATO and Russia or not Ukraine');
    expect(toLuceneQuery('ANDROID ORBIT NOTE')).toBe('ANDROID ORBIT NOTE');
  });

  it('gives null when nothing searchable is left', () => {
    for (const input of ['', '   ', '"', '(', '*', '&& || !', '\\', '…'])
      expect(toLuceneQuery(input)).toBeNull();
    expect(toLuceneQuery('Ü')).toBe('Ü');
    expect(toLuceneQuery('  2022 ')).toBe('2022');
  });
});

describe('queryTerms', () => {
  it('splits into lowercase words without repeats, dropping punctuation', () => {
    expect(queryTerms('Peskov, "peskov" (Kremlin) self-sufficient!')).toEqual([
      'peskov',
      'kremlin',
      'self',
      'sufficient',
    ]);
    expect(queryTerms('*')).toEqual([]);
  });
});

describe('findHighlights', () => {
  it('marks whole words in any case, in order', () => {
    const text = 'Peskov said PESKOV, not Peskovian nor xpeskov; peskov.';
    const ranges = findHighlights(text, ['peskov']);
    expect(marked(text, ranges)).toEqual(['Peskov', 'PESKOV', 'peskov']);
    expect(ranges[0]).toEqual({ start: 0, end: 6 });
  });

  it('prefers the longer of overlapping terms and takes terms literally', () => {
    const text = 'NATO expansion and the NATO-Russia Council (a.b)';
    expect(marked(text, findHighlights(text, ['nato', 'expansion', 'a.b']))).toEqual([
      'NATO',
      'expansion',
      'NATO',
      'a.b',
    ]);
    expect(findHighlights('a', [])).toEqual([]);
  });

  it('counts offsets in UTF-16 code units', () => {
    const text = '😀 Russia–NATO';
    const [range] = findHighlights(text, ['nato']);
    expect(range).toEqual({ start: 10, end: 14 });
  });
});

describe('makeSnippet', () => {
  const long = `${'Lorem ipsum dolor sit amet. '.repeat(12)}Dmitry Peskov said the sanctions do not matter. ${'Consectetur adipiscing elit. '.repeat(12)}`;

  it('keeps a short text whole', () => {
    const { snippet, highlights } = makeSnippet('Peskov  spoke\nto CNN.', ['cnn']);
    expect(snippet).toBe('Peskov spoke to CNN.');
    expect(marked(snippet, highlights)).toEqual(['CNN']);
  });

  it('cuts a long text around the first match, on spaces, with ellipses, within the limit', () => {
    const { snippet, highlights } = makeSnippet(long, ['peskov', 'sanctions']);
    expect(snippet.length).toBeLessThanOrEqual(200);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('Dmitry Peskov said the sanctions do not matter.');
    expect(snippet.slice(1, 2)).not.toBe(' ');
    expect(marked(snippet, highlights)).toEqual(['Peskov', 'sanctions']);
    // The text between the ellipses is a slice of the original on word boundaries.
    expect(long).toContain(snippet.slice(1, -1));
  });

  it('starts at the beginning when the match is near it, and ends at the end when it is near that', () => {
    const atStart = makeSnippet(`Peskov ${long}`, ['peskov']);
    expect(atStart.snippet.startsWith('Peskov ')).toBe(true);
    expect(atStart.snippet.endsWith('…')).toBe(true);
    const atEnd = makeSnippet(`${long} Final word.`, ['final']);
    expect(atEnd.snippet.startsWith('…')).toBe(true);
    expect(atEnd.snippet.endsWith('Final word.')).toBe(true);
    expect(atEnd.snippet.length).toBeLessThanOrEqual(200);
    expect(marked(atEnd.snippet, atEnd.highlights)).toEqual(['Final']);
  });

  it('shortens from the start when nothing matches, and honours a smaller limit', () => {
    const { snippet, highlights } = makeSnippet(long, ['absent'], 80);
    expect(snippet.length).toBeLessThanOrEqual(80);
    expect(snippet.startsWith('Lorem ipsum')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(highlights).toEqual([]);
  });

  it('cuts text without spaces anywhere, never inside a surrogate pair', () => {
    // With the leading "a", the natural cut falls between the two halves of an emoji.
    const { snippet } = makeSnippet(`a${'😀'.repeat(150)}`, [], 50);
    expect(snippet.length).toBeLessThanOrEqual(50);
    expect(snippet).toMatch(/^a(?:😀)+…$/u);
  });
});

describe('statementSnippet', () => {
  it('shows the quote when it holds more of the query words than the paraphrase', () => {
    const text = 'Russia will use the sanctions to strengthen its economy.';
    const quote = 'strengthening their home economy';
    expect(statementSnippet(text, quote, ['strengthening']).snippet).toBe(quote);
    expect(statementSnippet(text, quote, ['sanctions']).snippet).toBe(text);
    expect(statementSnippet(text, null, ['strengthening']).snippet).toBe(text);
  });
});

describe('mergeHits', () => {
  it('normalises each list by its best score, keeps actors first on ties, and cuts to first', () => {
    const actors = [
      { id: 'a1', score: 4 },
      { id: 'a2', score: 1 },
    ];
    const statements = [
      { id: 's1', score: 0.5 },
      { id: 's2', score: 0.4 },
      { id: 's3', score: 0.1 },
    ];
    const merged = mergeHits([actors, statements], 4);
    expect(merged.map((h) => h.id)).toEqual(['a1', 's1', 's2', 'a2']);
    expect(merged.map((h) => h.score)).toEqual([1, 1, 0.8, 0.25]);
    expect(mergeHits([[], statements], 10).map((h) => h.id)).toEqual(['s1', 's2', 's3']);
    expect(mergeHits([[], []], 10)).toEqual([]);
  });
});

describe('assembleGraph', () => {
  const node = (type: string, id: string, degree: number, label: string | null = id): GraphNodeRow => ({
    type,
    id,
    label,
    kind: null,
    degree,
  });

  it('keeps only edges between present nodes, gives parallel edges distinct ids and counts the relationships not drawn', () => {
    const graph = assembleGraph(
      [
        node('Statement', 'a:s1', 4, 'x '.repeat(60)),
        node('Outlet', 'cnn', 3),
        node('Article', 'a', 2, null),
      ],
      [
        { type: 'CITED_VIA', source: 'Statement:a:s1', target: 'Outlet:cnn', properties: [['article', 'b']] },
        { type: 'CITED_VIA', source: 'Statement:a:s1', target: 'Outlet:cnn', properties: [['article', 'a']] },
        { type: 'REPORTS', source: 'Article:a', target: 'Statement:a:s1', properties: [] },
        {
          type: 'MENTIONS',
          source: 'Statement:a:s1',
          target: 'Actor:gone',
          properties: [['role', 'target']],
        },
      ],
    );
    expect(graph.edges.map((e) => [e.id, e.properties])).toEqual([
      ['Article:a-[REPORTS]->Statement:a:s1', {}],
      ['Statement:a:s1-[CITED_VIA]->Outlet:cnn', { article: 'a' }],
      ['Statement:a:s1-[CITED_VIA]->Outlet:cnn#2', { article: 'b' }],
    ]);
    expect(graph.edges[1]?.source).toEqual({ type: 'Statement', id: 'a:s1' });
    // Degrees count relationships: s1 has 4 and 3 are drawn, CNN 3 with 2 drawn, the article 2 with 1 drawn.
    expect(graph.nodes.map((n) => [n.key.id, n.hiddenNeighbors])).toEqual([
      ['a:s1', 1],
      ['cnn', 1],
      ['a', 1],
    ]);
    expect(graph.nodes[0]?.label.length).toBeLessThanOrEqual(80);
    expect(graph.nodes[2]?.label).toBe('a');
  });
});
