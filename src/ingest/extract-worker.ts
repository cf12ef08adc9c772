import { parentPort } from 'node:worker_threads';
import { ExtractionError } from '../extract/errors.js';
import { extractArticle } from '../extract/index.js';
import type { ExtractJob, WorkerReply } from './extract-pool.js';

/** One extraction per message, so that the pool can stop a runaway one by terminating this thread. */
parentPort?.on('message', (job: ExtractJob) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, document: extractArticle(job.text, job.meta, job.known) };
  } catch (error) {
    reply =
      error instanceof ExtractionError
        ? { ok: false, code: error.code, message: error.message }
        : { ok: false, code: 'internal', message: String((error as Error)?.message ?? error) };
  }
  parentPort?.postMessage(reply);
});
parentPort?.postMessage({ ready: true });
