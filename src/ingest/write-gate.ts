import { QueryTimeoutError } from '../graph/errors.js';

/**
 * Runs article writes of this process one at a time, in arrival order. Imports that share actors serialise on
 * the actors' locks in Neo4j anyway; queueing them here instead means a waiting import holds no transaction
 * whose timeout runs while it waits, and two of them never deadlock. Writers in other processes (the CLI next
 * to the server) still meet in Neo4j, where the executor's retries handle it. A write that has waited
 * `maxWaitMs` gives up with a timeout before it starts, so the queue cannot hold a request indefinitely.
 */
export class WriteGate {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly maxWaitMs = 60_000) {}

  run<T>(label: string, work: () => Promise<T>): Promise<T> {
    const queued = performance.now();
    const previous = this.tail;
    let release: () => void = () => {};
    this.tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    return previous
      .then(() => {
        if (performance.now() - queued > this.maxWaitMs) {
          throw new QueryTimeoutError(`${label} waited over ${this.maxWaitMs} ms for earlier writes`, label);
        }
        return work();
      })
      .finally(release);
  }
}
