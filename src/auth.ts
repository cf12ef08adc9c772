import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The configured API keys. Keys are compared as SHA-256 digests with a constant-time comparison, so neither
 * their content nor their length leaks through timing; keys themselves are never logged.
 */
export class ApiKeys {
  private readonly digests: Buffer[];

  constructor(keys: readonly string[]) {
    this.digests = keys.filter((k) => k.length > 0).map(digest);
  }

  /** Whether an `Authorization: Bearer <key>` header carries a configured key. */
  allows(header: string | null): boolean {
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match?.[1]) return false;
    const presented = digest(match[1]);
    let ok = false;
    // Compare with every key, without an early exit, so timing does not tell which key matched.
    for (const d of this.digests) ok = timingSafeEqual(d, presented) || ok;
    return ok;
  }
}

/** A request without the API key it needs (every write; every read with READS_REQUIRE_KEY): scope-auth throws it. */
export class UnauthenticatedError extends Error {
  override name = 'UnauthenticatedError';
}
