import { Worker } from 'node:worker_threads';
import { ExtractionError, type ExtractionErrorCode } from '../extract/errors.js';
import type { ArticleMeta, KnownEntities } from '../extract/index.js';
import { checkIngestSize, guardText, MAX_INGEST_TEXT_BYTES } from '../extract/input-guard.js';
import type { AnnotatedArticle } from './format.js';

export type ExtractJob = { text: string; meta: ArticleMeta; known: KnownEntities };
export type WorkerReply =
  | { ok: true; document: AnnotatedArticle }
  | { ok: false; code: ExtractionErrorCode; message: string };

export type ExtractPoolOptions = {
  /** Worker threads at most; each holds the language model (about 100 MB). */
  size: number;
  /** Time budget of one extraction in its worker (TIMEOUT beyond). */
  timeoutMs: number;
  /** Extractions that may wait for a worker; more are refused at once. */
  maxQueue: number;
  /** How long an extraction may wait for a worker (SERVICE_UNAVAILABLE beyond). */
  maxWaitMs: number;
  /** Old-generation heap of each worker: text that needs more fails alone, the process lives on. */
  heapMb: number;
  /** Largest text taken, checked before it is queued. */
  maxTextBytes: number;
};

export const DEFAULT_EXTRACT_POOL: ExtractPoolOptions = {
  size: 2,
  timeoutMs: 15_000,
  maxQueue: 32,
  maxWaitMs: 60_000,
  heapMb: 384,
  maxTextBytes: MAX_INGEST_TEXT_BYTES,
};

/** The extraction did not finish within the time budget and its worker was stopped. */
export class ExtractionTimeoutError extends Error {
  override name = 'ExtractionTimeoutError';
}

/** Every worker is busy and the queue is full: retry shortly. */
export class ExtractionBusyError extends Error {
  override name = 'ExtractionBusyError';
}

/** The worker died for a reason other than the text (a bug): masked, but the process lives on. */
export class ExtractionCrashError extends Error {
  override name = 'ExtractionCrashError';
}

type Pending = {
  job: ExtractJob;
  resolve: (document: AnnotatedArticle) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  slot?: Slot;
};

type Slot = { worker: Worker; ready: boolean; job: Pending | undefined; error?: Error };

const WORKER_URL = new URL('./extract-worker.mjs', import.meta.url);

/**
 * Runs extraction off the main thread, so that the event loop keeps answering every other client whatever a
 * text costs. A bounded set of workers, a bounded queue, a time budget per extraction (the worker is
 * terminated when it runs over) and a heap limit per worker: a runaway or dying extraction fails its own
 * request with a coded error and never the process.
 */
export class ExtractPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private closed = false;

  constructor(readonly options: ExtractPoolOptions = DEFAULT_EXTRACT_POOL) {}

  /** Starts one worker ahead of the first request (loading the model takes seconds). */
  warm(): void {
    if (this.slots.size === 0) this.spawn();
  }

  extract(job: ExtractJob): Promise<AnnotatedArticle> {
    if (this.closed) return Promise.reject(new ExtractionBusyError('The server is shutting down.'));
    try {
      this.check(job.text);
    } catch (error) {
      return Promise.reject(error);
    }
    const waiting = this.queue.length;
    const running = [...this.slots].filter((s) => s.job !== undefined).length;
    if (running + waiting >= this.options.size + this.options.maxQueue) {
      return Promise.reject(
        new ExtractionBusyError(
          `All ${this.options.size} extraction workers are busy and ${waiting} texts are waiting; retry shortly.`,
        ),
      );
    }
    return new Promise<AnnotatedArticle>((resolve, reject) => {
      const pending: Pending = {
        job,
        resolve,
        reject,
        timer: setTimeout(() => this.expire(pending), this.options.maxWaitMs),
      };
      this.queue.push(pending);
      this.dispatch();
    });
  }

  /** Throws ExtractionError for text a worker would refuse (size, shapes), before any other work. */
  check(text: string): void {
    checkIngestSize(text, this.options.maxTextBytes);
    guardText(text);
  }

  /** Terminates every worker; extractions still running fail as busy. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) this.fail(pending, new ExtractionBusyError('Shutting down.'));
    await Promise.all(
      [...this.slots].map(async (slot) => {
        if (slot.job) this.fail(slot.job, new ExtractionBusyError('The server is shutting down.'));
        this.slots.delete(slot);
        await slot.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = [...this.slots].find((s) => s.ready && s.job === undefined);
      if (!slot) {
        const starting = [...this.slots].some((s) => !s.ready);
        if (this.slots.size < this.options.size && !starting) this.spawn();
        return;
      }
      const pending = this.queue.shift() as Pending;
      slot.job = pending;
      pending.slot = slot;
      clearTimeout(pending.timer);
      pending.timer = setTimeout(() => this.expire(pending), this.options.timeoutMs);
      slot.worker.ref();
      slot.worker.postMessage(pending.job);
      slot = undefined;
    }
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, ready: false, job: undefined };
    this.slots.add(slot);
    worker.unref();
    worker.on('message', (message: WorkerReply | { ready: true }) => {
      if ('ready' in message) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const pending = slot.job;
      slot.job = undefined;
      worker.unref();
      if (pending) {
        clearTimeout(pending.timer);
        if (message.ok) pending.resolve(message.document);
        else pending.reject(new ExtractionError(message.code, message.message));
      }
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      slot.error =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ExtractionError(
              'too_large',
              `Analysing this text needs more than the ${this.options.heapMb} MB an extraction may use; send a shorter text`,
            )
          : new ExtractionCrashError(`The extraction worker failed: ${error.message}`);
    });
    worker.on('exit', () => {
      this.slots.delete(slot);
      const error = slot.error ?? new ExtractionCrashError('The extraction worker exited.');
      // A worker that dies before it is ready would die again: the waiting text fails instead of looping.
      const pending = slot.job ?? (slot.ready ? undefined : this.queue.shift());
      slot.job = undefined;
      if (pending) this.fail(pending, error);
      if (!this.closed) this.dispatch();
    });
    return slot;
  }

  private expire(pending: Pending): void {
    const slot = pending.slot;
    if (slot) {
      slot.job = undefined;
      this.slots.delete(slot);
      slot.worker.terminate().catch(() => {});
    } else {
      const at = this.queue.indexOf(pending);
      if (at !== -1) this.queue.splice(at, 1);
      pending.reject(
        new ExtractionBusyError(
          `The text waited ${this.options.maxWaitMs / 1000} s for an extraction worker; retry shortly.`,
        ),
      );
      return;
    }
    pending.reject(
      new ExtractionTimeoutError(
        `Extraction did not finish within its time budget of ${this.options.timeoutMs / 1000} s and was stopped; send a shorter or plainer text`,
      ),
    );
    this.dispatch();
  }

  private fail(pending: Pending, error: Error): void {
    clearTimeout(pending.timer);
    pending.reject(error);
  }
}
