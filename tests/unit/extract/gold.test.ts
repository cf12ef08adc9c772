import { describe, expect, it } from 'vitest';
import { evaluateArticle, overlap, score } from '../../../src/extract/evaluation.js';
import { GOLD_CONVENTIONS, loadGoldArticles } from '../../../src/extract/gold.js';
import { extractArticle } from '../../../src/extract/index.js';
import { formatIssues, validateAnnotatedArticle } from '../../../src/ingest/validate.js';

const articles = loadGoldArticles();

describe('the gold articles', () => {
  it('are the seed and at least five more', () => {
    expect(articles[0]?.name).toBe('seed');
    expect(articles.length).toBeGreaterThanOrEqual(6);
  });

  it.each(articles.map((a) => [a.name, a] as const))('%s: the extraction validates', (_, article) => {
    const doc = extractArticle(article.text, article.meta);
    const result = validateAnnotatedArticle(doc);
    expect(result.ok ? '' : formatIssues(result.errors)).toBe('');
    expect(doc.statements.length).toBeGreaterThan(0);
  });

  it('the seed article reaches speaker and outlet F1 of at least 0.9', () => {
    const seed = articles[0];
    if (!seed) throw new Error('no seed');
    const scores = evaluateArticle(extractArticle(seed.text, seed.meta, {}, GOLD_CONVENTIONS), seed.gold);
    expect(score(scores.speaker).f1).toBeGreaterThanOrEqual(0.9);
    expect(score(scores.outlets).f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the metric', () => {
  const span = (start: number, end: number) => ({ start, end, text: 'x'.repeat(end - start) });

  it('measures overlap on the union of spans', () => {
    expect(overlap([span(0, 10), span(5, 20)], [span(15, 30)])).toBe(5);
    expect(overlap([span(0, 10)], [span(10, 20)])).toBe(0);
  });

  it('gives a gold annotation perfect scores against itself, and punishes a wrong speaker', () => {
    const seed = articles[0];
    if (!seed) throw new Error('no seed');
    const self = evaluateArticle(seed.gold, seed.gold);
    for (const counts of Object.values(self)) {
      const s = score(counts);
      if (s.f1 !== null) expect(s.f1).toBe(1);
    }
    const wrong = structuredClone(seed.gold);
    for (const s of wrong.statements) if (s.speaker === 'dmitry-peskov') s.speaker = 'russia';
    // 13 of the 24 statements are Peskov's.
    expect(score(evaluateArticle(wrong, seed.gold).speaker).f1).toBeLessThan(0.6);
  });
});
