import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export type TextBudgetLimits = {
  /** Characters of article text one request may load. */
  perRequestChars: number;
  /** Characters of article text all requests in flight together may hold; more wait for room. */
  inFlightChars: number;
  /** How long a request waits for room before it is refused as busy. */
  waitMs: number;
};

/**
 * Article texts can be megabytes each, and a cheap-looking query (15 aliases of a page of texts) multiplies
 * them: loaded, decoded, serialised, a few copies each. Text is therefore metered by its stored length before
 * it is loaded, per request and across the requests in flight, so that memory stays bounded however many
 * clients ask at once.
 */
export const DEFAULT_TEXT_BUDGET: TextBudgetLimits = {
  perRequestChars: 8 * 1024 * 1024,
  inFlightChars: 32 * 1024 * 1024,
  waitMs: 10_000,
};

/** One request's share of the budget; released when its response is made. */
export type TextLedger = {
  /**
   * Waits for room for `chars` characters. Every occurrence counts, the same text under two aliases too:
   * the response carries each copy.
   */
  reserve(chars: number): Promise<void>;
  release(): void;
};

type Waiter = { chars: number; grant: () => void };

export class TextBudget {
  private held = 0;
  private readonly waiting: Waiter[] = [];

  constructor(readonly limits: TextBudgetLimits = DEFAULT_TEXT_BUDGET) {}

  ledger(): TextLedger {
    let claimed = 0;
    let held = 0;
    let released = false;
    return {
      reserve: async (chars) => {
        if (claimed + chars > this.limits.perRequestChars) {
          throw new GraphQLError(
            `This request would load ${claimed + chars} characters of article text, over the limit of ` +
              `${this.limits.perRequestChars} per request: ask for the text of fewer articles at a time.`,
            { extensions: { code: 'RESPONSE_TOO_LARGE', limit: this.limits.perRequestChars } },
          );
        }
        claimed += chars;
        try {
          await this.acquire(chars);
        } catch (error) {
          claimed -= chars;
          throw error;
        }
        // A request that ended while it waited gives its share straight back.
        if (released) this.give(chars);
        else held += chars;
      },
      release: () => {
        if (released) return;
        released = true;
        this.give(held);
      },
    };
  }

  private acquire(chars: number): Promise<void> {
    // One text larger than the whole budget still goes through, alone.
    if (this.waiting.length === 0 && (this.held === 0 || this.held + chars <= this.limits.inFlightChars)) {
      this.held += chars;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        chars,
        grant: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        this.give(0);
        reject(
          new GraphQLError('Too much article text is being served at once; retry shortly.', {
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          }),
        );
      }, this.limits.waitMs);
      this.waiting.push(waiter);
    });
  }

  private give(chars: number): void {
    this.held -= chars;
    while (this.waiting.length > 0) {
      const next = this.waiting[0] as Waiter;
      if (this.held + next.chars > this.limits.inFlightChars && this.held > 0) return;
      this.waiting.shift();
      this.held += next.chars;
      next.grant();
    }
  }
}

/** Gives each request a ledger (read by the context factory) and releases it once the response is made. */
export function useTextBudget(budget: TextBudget, ledgers: WeakMap<Request, TextLedger>): Plugin {
  return {
    onRequest({ request }) {
      ledgers.set(request, budget.ledger());
    },
    onResponse({ request }) {
      ledgers.get(request)?.release();
    },
  };
}
