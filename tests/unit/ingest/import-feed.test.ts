import { describe, expect, it } from 'vitest';
import {
  FeedLimitError,
  type ImportedEvent,
  ImportFeed,
  SlowSubscriberError,
} from '../../../src/ingest/import-feed.js';

const event = (n: number): ImportedEvent => ({ articleId: `a${n}`, status: 'created', statementIds: [] });

describe('import feed', () => {
  it('refuses a subscriber past the limit, and frees the place when one leaves', async () => {
    const feed = new ImportFeed({ maxSubscribers: 1, bufferEvents: 10 });
    const first = feed.subscribe();
    expect(() => feed.subscribe()).toThrow(FeedLimitError);
    await first.return?.();
    expect(feed.subscriberCount).toBe(0);
    expect(() => feed.subscribe()).not.toThrow();
  });

  it('hears what is published from the moment it subscribes, before its first read', async () => {
    const feed = new ImportFeed();
    const sub = feed.subscribe();
    feed.publish(event(1));
    expect((await sub.next()).value).toEqual(event(1));
  });

  it('ends a subscriber that falls behind its buffer, after what it buffered', async () => {
    const feed = new ImportFeed({ maxSubscribers: 5, bufferEvents: 2 });
    const slow = feed.subscribe();
    for (let n = 1; n <= 3; n++) feed.publish(event(n));
    expect(feed.subscriberCount).toBe(0);
    expect((await slow.next()).value).toEqual(event(1));
    expect((await slow.next()).value).toEqual(event(2));
    await expect(slow.next()).rejects.toThrow(SlowSubscriberError);
  });

  it('stops a read that waits when the subscriber leaves', async () => {
    const feed = new ImportFeed();
    const sub = feed.subscribe();
    const pending = sub.next();
    await sub.return?.();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(feed.subscriberCount).toBe(0);
  });

  it('ends a waiting read and frees the place when its signal aborts (the client went away)', async () => {
    const feed = new ImportFeed({ maxSubscribers: 1, bufferEvents: 10 });
    const abort = new AbortController();
    const sub = feed.subscribe(abort.signal);
    feed.publish(event(1));
    const first = await sub.next();
    const pending = sub.next();
    abort.abort();
    expect(first.value).toEqual(event(1));
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(feed.subscriberCount).toBe(0);
    feed.publish(event(2));
    expect(await sub.next()).toEqual({ done: true, value: undefined });
    expect(() => feed.subscribe()).not.toThrow();
  });

  it('drops what a subscriber had buffered when its signal aborts', async () => {
    const feed = new ImportFeed();
    const abort = new AbortController();
    const sub = feed.subscribe(abort.signal);
    feed.publish(event(1));
    abort.abort();
    expect(await sub.next()).toEqual({ done: true, value: undefined });
  });

  it('takes no place for a request whose signal aborted before it subscribed', async () => {
    const feed = new ImportFeed({ maxSubscribers: 1, bufferEvents: 10 });
    const sub = feed.subscribe(AbortSignal.abort());
    expect(feed.subscriberCount).toBe(0);
    expect(await sub.next()).toEqual({ done: true, value: undefined });
  });
});
