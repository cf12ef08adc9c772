import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Trusted documents by their SHA-256 (lowercase hex of the document text, exactly as the client hashes it). */
export type TrustedDocuments = ReadonlyMap<string, string>;

export class TrustedDocumentsError extends Error {
  override name = 'TrustedDocumentsError';
}

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Reads a manifest `{ "<sha256>": "<document>" }` (the shape graphql-codegen's client preset writes to
 * persisted-documents.json). Every entry is checked at start: the hash must be the document's, the document
 * must parse, so a stale or hand-edited manifest stops the server instead of failing requests later.
 */
export function loadTrustedDocuments(file: string): TrustedDocuments {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new TrustedDocumentsError(`${file}: not a readable JSON file (${(error as Error).message})`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new TrustedDocumentsError(`${file}: expected an object of "<sha256>": "<document>" entries`);
  }
  const documents = new Map<string, string>();
  const problems: string[] = [];
  for (const [key, document] of Object.entries(raw)) {
    const hash = key.replace(/^sha256:/, '');
    if (typeof document !== 'string') {
      problems.push(`${key}: the document is not a string`);
      continue;
    }
    if (sha256Hex(document) !== hash) {
      problems.push(`${key}: is not the SHA-256 of its document (expected ${sha256Hex(document)})`);
      continue;
    }
    try {
      parse(document);
    } catch (error) {
      problems.push(`${key}: ${(error as Error).message}`);
      continue;
    }
    documents.set(hash, document);
  }
  if (problems.length > 0) throw new TrustedDocumentsError(`${file}:\n  - ${problems.join('\n  - ')}`);
  if (documents.size === 0) throw new TrustedDocumentsError(`${file}: lists no documents`);
  return documents;
}

/** The hash a request names: the GraphQL-over-HTTP `documentId` ("sha256:<hex>") or Apollo's APQ extension. */
function requestedHash(params: { extensions?: Record<string, unknown> } & Record<string, unknown>) {
  const documentId = params.documentId;
  if (typeof documentId === 'string') return documentId.replace(/^sha256:/, '');
  const apq = params.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  return apq?.version === 1 && typeof apq.sha256Hash === 'string' ? apq.sha256Hash : null;
}

/**
 * Only the listed operations run; a request sends the hash instead of the text. Requests carrying a valid API
 * key (`isTrusted`) may still send any operation, so the team keeps GraphiQL and the explorer.
 */
export function useTrustedDocuments(
  documents: TrustedDocuments,
  isTrusted: (request: Request) => boolean,
): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => documents.get(hash.toLowerCase()) ?? null,
    extractPersistedOperationId: (params) => requestedHash(params as Parameters<typeof requestedHash>[0]),
    allowArbitraryOperations: isTrusted,
    customErrors: {
      notFound: {
        message: 'This operation is not on the trusted list.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
      },
      persistedQueryOnly: {
        message:
          'Only trusted documents run here: send the hash of a listed operation (documentId), not its text.',
        extensions: { code: 'PERSISTED_QUERY_ONLY' },
      },
      keyNotFound: {
        message: 'Send documentId "sha256:<hash>" of a listed operation.',
        extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED' },
      },
    },
  }) as Plugin;
}
