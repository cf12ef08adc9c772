import { createHash, timingSafeEqual } from 'node:crypto';
import type { NamedApiKey } from './config.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The configured API keys. Keys are compared as SHA-256 digests with a constant-time comparison, so neither
 * their content nor their length leaks through timing; keys themselves are never logged. A key's name (from
 * `name:key` in CLAIMGRAPH_API_KEYS) is what reviews record as their reviewer.
 */
export class ApiKeys {
  private readonly digests: { name: string; digest: Buffer }[];

  constructor(keys: readonly (string | NamedApiKey)[]) {
    this.digests = keys
      .map((k, i) => (typeof k === 'string' ? { name: `key-${i + 1}`, key: k } : k))
      .filter((k) => k.key.length > 0)
      .map((k) => ({ name: k.name, digest: digest(k.key) }));
  }

  /** Whether an `Authorization: Bearer <key>` header carries a configured key. */
  allows(header: string | null): boolean {
    return this.nameOf(header) !== null;
  }

  /** The name of the configured key an `Authorization: Bearer <key>` header carries; null for none. */
  nameOf(header: string | null): string | null {
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match?.[1]) return null;
    const presented = digest(match[1]);
    let name: string | null = null;
    // Compare with every key, without an early exit, so timing does not tell which key matched.
    for (const d of this.digests) {
      const same = timingSafeEqual(d.digest, presented);
      name = same ? d.name : name;
    }
    return name;
  }
}

/** A request without the API key it needs (every write; every read with READS_REQUIRE_KEY): scope-auth throws it. */
export class UnauthenticatedError extends Error {
  override name = 'UnauthenticatedError';
}
