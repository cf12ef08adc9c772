import { createPubSub } from 'graphql-yoga';
import type { ImportStatus } from '../graph/article-store.js';

/** An import that committed: the article and the statements it wrote. */
export type ImportedEvent = { articleId: string; status: ImportStatus; statementIds: string[] };

/** Subscribers at once; one more is refused (FeedLimitError) instead of slowing every import's fan-out. */
export const MAX_FEED_SUBSCRIBERS = 100;
/** Imports a subscriber may fall behind by; past it the subscription ends (SlowSubscriberError). */
export const FEED_BUFFER_EVENTS = 256;

export class FeedLimitError extends Error {
  override name = 'FeedLimitError';
}

export class SlowSubscriberError extends Error {
  override name = 'SlowSubscriberError';
}

/**
 * The live feed of committed imports, in this process (yoga's in-memory pub/sub; docs/scaling.md says what
 * several processes would use). Each subscriber reads through a bounded buffer: one that does not keep up is
 * ended with an error it can act on (subscribe again) rather than holding an ever longer queue in memory.
 */
export class ImportFeed {
  private readonly target = new EventTarget();
  private readonly pubsub = createPubSub<{ imported: [ImportedEvent] }>({ eventTarget: this.target });
  private subscribers = 0;

  constructor(
    private readonly limits = { maxSubscribers: MAX_FEED_SUBSCRIBERS, bufferEvents: FEED_BUFFER_EVENTS },
  ) {}

  get subscriberCount(): number {
    return this.subscribers;
  }

  /** Called only after an import's transaction committed. */
  publish(event: ImportedEvent): void {
    this.pubsub.publish('imported', event);
  }

  /**
   * The committed imports from now on; throws FeedLimitError at once when the feed is full. It listens from
   * this call on (not from the first read, as the pub/sub's own lazy iterator would), so an import that
   * commits between subscribing and reading is not missed; `return()` stops listening at once, even while a
   * read waits. When `signal` aborts (the request's: its client went away) the subscription ends as if
   * returned. Over a socket, yoga also returns the iterator when the connection closes; an in-process
   * `app.fetch` whose signal aborts has nothing else to release a subscriber waiting for the next import.
   */
  subscribe(signal?: AbortSignal): AsyncIterableIterator<ImportedEvent> {
    const done = (): IteratorResult<ImportedEvent> => ({ done: true, value: undefined });
    if (signal?.aborted) {
      const ended: AsyncIterableIterator<ImportedEvent> = {
        next: () => Promise.resolve(done()),
        return: () => Promise.resolve(done()),
        [Symbol.asyncIterator]: () => ended,
      };
      return ended;
    }
    if (this.subscribers >= this.limits.maxSubscribers) {
      throw new FeedLimitError(
        `The live feed has its maximum of ${this.limits.maxSubscribers} subscribers; retry later`,
      );
    }
    this.subscribers += 1;
    const queue: ImportedEvent[] = [];
    let overflowed = false;
    let released = false;
    let waiting: ((result: IteratorResult<ImportedEvent>) => void) | undefined;
    const release = () => {
      if (released) return;
      released = true;
      this.target.removeEventListener('imported', listener);
      signal?.removeEventListener('abort', leave);
      this.subscribers -= 1;
    };
    const leave = () => {
      queue.length = 0;
      release();
      waiting?.(done());
      waiting = undefined;
    };
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<ImportedEvent>).detail;
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve({ done: false, value: detail });
      } else if (queue.length < this.limits.bufferEvents) {
        queue.push(detail);
      } else {
        overflowed = true;
        release();
      }
    };
    this.target.addEventListener('imported', listener);
    signal?.addEventListener('abort', leave, { once: true });
    const bufferEvents = this.limits.bufferEvents;
    return {
      next() {
        const value = queue.shift();
        if (value) return Promise.resolve({ done: false, value });
        if (overflowed) {
          return Promise.reject(
            new SlowSubscriberError(
              `This subscriber fell ${bufferEvents} imports behind and was ended; subscribe again`,
            ),
          );
        }
        if (released) return Promise.resolve(done());
        return new Promise((resolve) => {
          waiting = resolve;
        });
      },
      return() {
        leave();
        return Promise.resolve(done());
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}
