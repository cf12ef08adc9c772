import { describe, expect, it } from 'vitest';
import { ExtractionError, extractArticle } from '../../../src/extract/index.js';

function failure(run: () => unknown): ExtractionError {
  try {
    run();
  } catch (error) {
    if (error instanceof ExtractionError) return error;
    throw error;
  }
  throw new Error('expected an ExtractionError');
}

describe('bad input', () => {
  it('rejects an empty or blank text', () => {
    expect(failure(() => extractArticle('')).code).toBe('empty');
    expect(failure(() => extractArticle(' \n\t ')).message).toMatch(/empty or only whitespace/);
  });

  it('rejects binary data, saying where', () => {
    const nul = failure(() => extractArticle('Russia said\u0000 it was ready.'));
    expect(nul.code).toBe('binary');
    expect(nul.message).toMatch(/NUL bytes.*at character 11/);
    const garbage = String.fromCharCode(...Array.from({ length: 200 }, (_, i) => (i % 2 ? 0x01 : 0x41)));
    expect(failure(() => extractArticle(garbage)).message).toMatch(/not printable.*first at character 1/);
  });

  it('rejects a text over 5 MB', () => {
    const big = 'Russia said it was ready. '.repeat(210_000);
    const error = failure(() => extractArticle(big));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/over the limit of 5242880 bytes/);
  });

  it('rejects a text without sentences', () => {
    const error = failure(() => extractArticle('A Headline Only\n\n(Image: AP)'));
    expect(error.code).toBe('no_sentences');
  });

  it('rejects bad metadata with the field and value', () => {
    expect(failure(() => extractArticle('Russia said it was ready.', { url: 'not a url' })).message).toMatch(
      /url must be an http\(s\) URL \(found "not a url"\)/,
    );
    expect(failure(() => extractArticle('Russia said it was ready.', { publishedOn: '16 Jan' })).code).toBe(
      'bad_meta',
    );
    for (const publishedOn of ['2022-99-01', '2022-02-30', '0000']) {
      const error = failure(() => extractArticle('Russia said it was ready.', { publishedOn }));
      expect(error.code).toBe('bad_meta');
      expect(error.message).toBe(
        `publishedOn must be a calendar date YYYY, YYYY-MM or YYYY-MM-DD (found "${publishedOn}")`,
      );
    }
  });

  it('finds no statement in punctuation', () => {
    expect(extractArticle('!!! ??? ...').statements).toEqual([]);
  });
});

describe('a text with more statements than an article may hold', () => {
  it('is refused as too large, saying the limit, not as an internal error', async () => {
    const { readFileSync } = await import('node:fs');
    const seed = readFileSync(new URL('../../../data/seed/article.txt', import.meta.url), 'utf8');
    const error = failure(() => extractArticle(Array(60).fill(seed).join('\n\n')));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/at most 500/);
  });
});
