import { describe, expect, it } from 'vitest';
import { TextBudget } from '../../../src/plugins/text-budget.js';

const limits = { perRequestChars: 100, inFlightChars: 150, waitMs: 200 };

describe('text budget', () => {
  it('refuses a request over its own limit with a code and the limit', async () => {
    const ledger = new TextBudget(limits).ledger();
    await ledger.reserve(60);
    const error = await ledger.reserve(60).catch((e: unknown) => e);
    expect(error).toMatchObject({
      message: expect.stringContaining('over the limit of 100 per request'),
      extensions: { code: 'RESPONSE_TOO_LARGE', limit: 100 },
    });
  });

  it('makes requests wait for room in flight, and lets them in as others finish', async () => {
    const budget = new TextBudget(limits);
    const first = budget.ledger();
    const second = budget.ledger();
    await first.reserve(100);
    let granted = false;
    const waiting = second.reserve(100).then(() => {
      granted = true;
    });
    await new Promise((r) => setImmediate(r));
    expect(granted).toBe(false);
    first.release();
    await waiting;
    expect(granted).toBe(true);
  });

  it('refuses as busy, with a code, a request that waited too long; its share is not leaked', async () => {
    const budget = new TextBudget(limits);
    const holder = budget.ledger();
    await holder.reserve(100);
    const late = budget.ledger();
    await expect(late.reserve(100)).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    late.release();
    holder.release();
    const after = budget.ledger();
    await after.reserve(100);
    await after.reserve(0);
    const other = budget.ledger();
    await other.reserve(50);
  });
});
