import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import { ExtractionError } from '../../../src/extract/errors.js';
import { extractArticle } from '../../../src/extract/index.js';
import { checkIngestSize, guardText, MAX_INGEST_TEXT_BYTES } from '../../../src/extract/input-guard.js';

/** The inputs of issue 12 that froze the extractor for 30 s to minutes, or ran its heap out. */
const HOSTILE = {
  nestedQuotes: `${'He said "she said \u201cthey said \u2018'.repeat(20000)}.`,
  hugeToken: `A${'a'.repeat(131072)} said Peskov.`,
  repeatedAttribution: 'Peskov said '.repeat(50000),
  quoteRun: '"'.repeat(200000),
};

const texts = (dir: string) =>
  readdirSync(path.join(projectRoot, 'data', dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(projectRoot, 'data', dir, f), 'utf8'));

describe('input guard', () => {
  it.each(Object.entries(HOSTILE))('refuses %s at once, saying which limit and where', (_name, text) => {
    const started = performance.now();
    const error = (() => {
      try {
        extractArticle(text);
      } catch (e) {
        return e;
      }
    })();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as ExtractionError).code).toBe('too_large');
    expect((error as Error).message).toMatch(/limit of \d+|More than \d+/);
    expect((error as Error).message).toMatch(/at character \d+/);
  });

  it('passes every gold article and the seed untouched', () => {
    for (const text of [...texts('gold'), ...texts('seed')]) expect(() => guardText(text)).not.toThrow();
  });

  it('states the API size limit, and accepts text up to it', () => {
    expect(() => checkIngestSize('a'.repeat(MAX_INGEST_TEXT_BYTES))).not.toThrow();
    expect(() => checkIngestSize('a'.repeat(MAX_INGEST_TEXT_BYTES + 1))).toThrow(
      `over the limit of ${MAX_INGEST_TEXT_BYTES} bytes`,
    );
  });

  it('measures each limit exactly', () => {
    const limits = { maxWordChars: 5, maxSentenceChars: 20, maxQuoteRun: 2 };
    expect(() => guardText('abcde fghi.', limits)).not.toThrow();
    expect(() => guardText('abcdef.', limits)).toThrow('A word of 7 characters');
    expect(() => guardText('ab cd ef gh ij kl mn op', limits)).toThrow('A sentence of 23 characters');
    expect(() => guardText('ab cd. ef gh ij kl mn op', limits)).not.toThrow();
    expect(() => guardText('a "" b', limits)).not.toThrow();
    expect(() => guardText('a """ b', limits)).toThrow('More than 2 quotation marks');
  });
});
