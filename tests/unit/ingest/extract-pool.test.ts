import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import { ExtractionError } from '../../../src/extract/errors.js';
import { extractArticle } from '../../../src/extract/index.js';
import {
  DEFAULT_EXTRACT_POOL,
  ExtractionBusyError,
  ExtractionTimeoutError,
  ExtractPool,
} from '../../../src/ingest/extract-pool.js';

const seed = readFileSync(path.join(projectRoot, 'data', 'seed', 'article.txt'), 'utf8');
/** Valid prose that passes every guard and takes seconds: the seed many times over, under the statement limit. */
const long = Array(40).fill(seed).join('\n\n');

const pools: ExtractPool[] = [];
const pool = (options: Partial<typeof DEFAULT_EXTRACT_POOL> = {}) => {
  const p = new ExtractPool({ ...DEFAULT_EXTRACT_POOL, ...options });
  pools.push(p);
  return p;
};
afterEach(async () => {
  for (const p of pools.splice(0)) await p.close();
});

/** Counts event-loop turns while `work` runs: a blocked loop counts none. */
async function ticksDuring<T>(work: Promise<T>): Promise<{ ticks: number; result: T | Error }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 20);
  try {
    const result = await work.catch((e: Error) => e);
    return { ticks, result };
  } finally {
    clearInterval(timer);
  }
}

describe('extraction worker pool', { timeout: 120_000 }, () => {
  it('extracts in a worker exactly what the main thread extracts, and keeps the event loop free', async () => {
    const { ticks, result } = await ticksDuring(pool().extract({ text: long, meta: {}, known: {} }));
    expect(result).toEqual(extractArticle(long));
    expect(ticks).toBeGreaterThan(10);
  });

  it('stops an extraction over its time budget with a timeout, and the next one runs', async () => {
    const p = pool({ timeoutMs: 300 });
    const error = await p.extract({ text: long, meta: {}, known: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractionTimeoutError);
    expect((error as Error).message).toContain('time budget of 0.3 s');
    const again = pool();
    await expect(again.extract({ text: seed, meta: {}, known: {} })).resolves.toMatchObject({
      statements: expect.any(Array),
    });
  });

  it('a worker out of memory fails its request, not the process', async () => {
    const p = pool({ heapMb: 32, timeoutMs: 60_000 });
    const text = Array(100).fill(seed).join('\n\n');
    const error = await p.extract({ text, meta: {}, known: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as Error).message).toContain('more than the 32 MB');
  });

  it('refuses text over the size limit and work over the queue bound at once', async () => {
    const p = pool({ size: 1, maxQueue: 1, maxTextBytes: 1000 });
    await expect(p.extract({ text: 'x'.repeat(1001), meta: {}, known: {} })).rejects.toThrow(
      'over the limit of 1000 bytes',
    );
    const small = { text: seed.slice(0, 900), meta: {}, known: {} };
    const running = [p.extract(small), p.extract(small)];
    await expect(p.extract(small)).rejects.toBeInstanceOf(ExtractionBusyError);
    await Promise.allSettled(running);
  });

  it('reports bad input from the worker as the extractor does', async () => {
    await expect(pool().extract({ text: '"'.repeat(5000), meta: {}, known: {} })).rejects.toMatchObject({
      name: 'ExtractionError',
      code: 'too_large',
    });
  });
});
