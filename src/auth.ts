import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

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

/** A write without a valid API key. */
export class UnauthenticatedError extends Error {
  override name = 'UnauthenticatedError';
}

/** Guards every mutation: reads are public, writes need a configured key. */
export function requireWriter(auth: { canWrite: boolean }): void {
  if (!auth.canWrite) {
    throw new UnauthenticatedError('This mutation needs an API key: send "Authorization: Bearer <key>"');
  }
}

/**
 * With READS_REQUIRE_KEY, queries need a key as well: refused before execution, so nothing runs. Mutations
 * check their own (stricter) guard.
 */
export function useReadAccess(): Plugin<{ auth?: { canRead: boolean } }> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (args.contextValue.auth?.canRead !== false) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError('Reading this API needs an API key: send "Authorization: Bearer <key>"', {
            extensions: { code: 'UNAUTHENTICATED' },
          }),
        ],
      });
    },
  };
}
