import { DatabaseUnavailableError } from './errors.js';

/**
 * Runs article writes of this process one at a time, in arrival order. Imports that share actors serialise on
 * the actors' locks in Neo4j anyway; queueing them here instead means a waiting import holds no transaction
 * whose timeout runs while it waits, and two of them never deadlock. Writers in other processes (the CLI next
 * to the server) still meet in Neo4j, where the lock order of an import and the executor's retries handle
 * it. The queue is bounded by count, not time, so that a slow machine does not turn waiting into failures:
 * past `maxQueued` waiting writes, a new one is refused at once (SERVICE_UNAVAILABLE: retry later).
 */
export class WriteGate {
  private tail: Promise<void> = Promise.resolve();
  private queued = 0;

  constructor(private readonly maxQueued = 100) {}

  async run<T>(label: string, work: () => Promise<T>): Promise<T> {
    if (this.queued >= this.maxQueued) {
      throw new DatabaseUnavailableError(
        `${label}: ${this.queued} article writes are already queued; retry shortly`,
        label,
      );
    }
    this.queued += 1;
    const previous = this.tail;
    let release: () => void = () => {};
    this.tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      await previous;
      return await work();
    } finally {
      this.queued -= 1;
      release();
    }
  }
}
