import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleMeta } from '../extract/index.js';
import type { ImportStatus } from '../graph/article-store.js';
import { DEFAULT_EXTRACT_POOL, ExtractPool } from './extract-pool.js';
import { type Extract, ingestArticleText } from './ingest-text.js';

export type FileOutcome =
  | { file: string; ok: true; status: ImportStatus; articleId: string; statements: number }
  | { file: string; ok: false; error: string };

export type FolderProgress = { done: number; total: number; failed: number; last: FileOutcome };

export type FolderOptions = {
  /** Worker threads extracting at once (each loads the language model). */
  workers: number;
  onProgress?: (progress: FolderProgress) => void;
  /** Extraction time budget per text in its worker. */
  timeoutMs?: number;
};

const SLUG = /^[a-z0-9]+(?:[-:.][a-z0-9]+)*$/;

/** The .txt files of a folder, by name (not its subfolders). */
export async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => path.join(dir, e.name))
    .sort();
}

/** A file named like an article id gives the article its id; otherwise the extractor derives one. */
function metaFor(file: string): ArticleMeta {
  const base = path.basename(file, '.txt').toLowerCase();
  return SLUG.test(base) && base.length <= 200 ? { id: base } : {};
}

/**
 * Every .txt file of a folder into the graph, each as `npm run extract -- FILE --import` would: extracted in
 * a pool of worker threads (so that several texts are extracted at once and a runaway one fails alone),
 * imported one by one as each finishes. A file that fails is reported and the others go on.
 */
export async function ingestFolder(
  repos: Parameters<typeof ingestArticleText>[0],
  dir: string,
  options: FolderOptions,
): Promise<FileOutcome[]> {
  const files = await textFiles(dir);
  const workers = Math.max(1, options.workers);
  const pool = new ExtractPool({
    ...DEFAULT_EXTRACT_POOL,
    size: workers,
    maxQueue: files.length + workers,
    // Every file is queued at the start: waiting is bounded by the folder, not by a request's patience.
    maxWaitMs: 24 * 60 * 60 * 1000,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const extract: Extract = Object.assign((job: Parameters<Extract>[0]) => pool.extract(job), {
    check: (text: string) => pool.check(text),
  });
  // Extractions run in parallel; imports one at a time: articles of one folder share actors and outlets, and
  // concurrent writes to the same nodes would wait on each other's locks.
  let writing: Promise<unknown> = Promise.resolve();
  const ingest = repos.ingest;
  const serialRepos = {
    ...repos,
    ingest: Object.assign(Object.create(ingest) as typeof ingest, {
      importArticle: (...args: Parameters<typeof ingest.importArticle>) => {
        const run = writing.then(() => ingest.importArticle(...args));
        writing = run.catch(() => undefined);
        return run;
      },
    }),
  };
  const outcomes: FileOutcome[] = [];
  let next = 0;
  let failed = 0;
  const one = async (file: string): Promise<FileOutcome> => {
    try {
      const text = await readFile(file, 'utf8');
      const { outcome } = await ingestArticleText(serialRepos, text, metaFor(file), extract);
      return {
        file,
        ok: true,
        status: outcome.status,
        articleId: outcome.articleId,
        statements: outcome.statements,
      };
    } catch (error) {
      return { file, ok: false, error: (error as Error).message };
    }
  };
  // As many files in flight as workers: each takes a worker, then imports while the next one extracts.
  const lane = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i] as string;
      const outcome = await one(file);
      outcomes.push(outcome);
      if (!outcome.ok) failed++;
      options.onProgress?.({ done: outcomes.length, total: files.length, failed, last: outcome });
    }
  };
  try {
    pool.warm();
    await Promise.all(Array.from({ length: Math.min(workers, files.length) }, lane));
  } finally {
    await pool.close();
  }
  return outcomes.sort((a, b) => a.file.localeCompare(b.file));
}
