import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadGoldArticles } from '../../../src/extract/gold.js';
import { extractArticle } from '../../../src/extract/index.js';

const [seed] = loadGoldArticles();

describe('ids and determinism', () => {
  it('extracts the same document from the same text every time', () => {
    if (!seed) throw new Error('no seed');
    const first = extractArticle(seed.text, seed.meta);
    const second = extractArticle(seed.text, seed.meta);
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('is not affected by an extraction of another text in between', () => {
    const text = 'Ryabkov said the talks were useful.';
    const before = extractArticle(text);
    extractArticle('Deputy Foreign Minister Sergei Ryabkov said nothing. Acme Corp said it would leave.');
    expect(extractArticle(text)).toEqual(before);
  });

  it('takes the article id from meta.id, else the title, else the text’s hash', () => {
    const text = 'Russia said it was ready.';
    expect(extractArticle(text, { id: 'my-article' }).article.id).toBe('my-article');
    expect(extractArticle(text, { title: 'Russia Is Ready, Says Lavrov!' }).article.id).toBe(
      'russia-is-ready-says-lavrov',
    );
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
    const doc = extractArticle(text);
    expect(doc.article.id).toBe(`article-${hash}`);
    expect(doc.statements.map((s) => s.id)).toEqual([`article-${hash}:s01`]);
  });

  it('numbers statements in text order and spans are exact substrings', () => {
    if (!seed) throw new Error('no seed');
    const doc = extractArticle(seed.text, seed.meta);
    doc.statements.forEach((s, i) => {
      expect(s.id).toBe(`${doc.article.id}:s${String(i + 1).padStart(2, '0')}`);
      for (const e of s.evidence) expect(seed.text.slice(e.start, e.end)).toBe(e.text);
    });
  });
});
