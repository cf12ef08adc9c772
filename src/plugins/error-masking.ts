import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { UnauthenticatedError } from '../auth.js';
import { ExtractionError } from '../extract/errors.js';
import {
  BookmarkNotReachedError,
  ConflictError,
  DatabaseUnavailableError,
  InvalidInputError,
  NotFoundError,
  QueryTimeoutError,
} from '../graph/errors.js';
import { ExtractionBusyError, ExtractionTimeoutError } from '../ingest/extract-pool.js';
import { FeedLimitError, SlowSubscriberError } from '../ingest/import-feed.js';

/** The most of a message a client gets back: room for a validation error's hundred listed problems. */
export const MAX_ERROR_MESSAGE_CHARS = 10_000;

/**
 * Messages quote what was asked ("No actor is named …"), and what was asked can be megabytes: an answer that
 * echoes it whole costs the server its size again, per error. The start says what and where.
 */
export function shortened(message: string): string {
  if (message.length <= MAX_ERROR_MESSAGE_CHARS) return message;
  return `${message.slice(0, MAX_ERROR_MESSAGE_CHARS)}… (message cut: ${message.length} characters)`;
}

/** Errors a client can act on keep their message and get a code; everything else is masked. */
function clientError(error: unknown): GraphQLError | undefined {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const coded = (code: string, message: string, extra: Record<string, unknown> = {}) =>
    new GraphQLError(shortened(message), {
      ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
      extensions: { code, ...extra },
    });
  if (original instanceof UnauthenticatedError) return coded('UNAUTHENTICATED', original.message);
  if (original instanceof NotFoundError) return coded('NOT_FOUND', original.message);
  if (original instanceof ConflictError) return coded('CONFLICT', original.message);
  if (original instanceof InvalidInputError) {
    // Validation errors of annotated articles list every problem with its path.
    const issues = (original as { issues?: unknown }).issues;
    return coded('BAD_USER_INPUT', original.message, issues ? { issues } : {});
  }
  if (original instanceof ExtractionError) {
    return coded('BAD_USER_INPUT', original.message, { reason: original.code });
  }
  if (original instanceof DatabaseUnavailableError) {
    return coded('SERVICE_UNAVAILABLE', 'The database is unavailable; retry shortly.');
  }
  if (original instanceof ExtractionTimeoutError) return coded('TIMEOUT', original.message);
  if (original instanceof ExtractionBusyError) return coded('SERVICE_UNAVAILABLE', original.message);
  if (original instanceof FeedLimitError) return coded('SERVICE_UNAVAILABLE', original.message);
  if (original instanceof SlowSubscriberError) return coded('SLOW_SUBSCRIBER', original.message);
  if (original instanceof BookmarkNotReachedError) return coded('TIMEOUT', original.message);
  if (original instanceof QueryTimeoutError)
    return coded('TIMEOUT', 'The query took too long and was stopped.');
  return undefined;
}

/** graphql-js hints such as ` Did you mean the enum value "PERSON"?` name parts of the schema. */
const SUGGESTION = / Did you mean [^?]*\?/g;

/**
 * Errors yoga and graphql-js raise for a request itself (a variable of the wrong type, a missing CSRF header)
 * carry no code; they get one from their HTTP status, and lose schema hints when `hideSuggestions`.
 */
function requestError(error: GraphQLError, hideSuggestions: boolean): GraphQLError {
  const code = error.extensions.code;
  const message = shortened(hideSuggestions ? error.message.replace(SUGGESTION, '') : error.message);
  if (typeof code === 'string' && message === error.message) return error;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: {
      ...error.extensions,
      code: typeof code === 'string' ? code : status === 403 ? 'FORBIDDEN' : 'BAD_USER_INPUT',
    },
  });
}

/**
 * The `maskError` of yoga's `maskedErrors`: our coded errors (the map above) pass with their message; for the rest
 * yoga's own maskError decides: a GraphQLError thrown on purpose (validation, a coded resolver error) passes,
 * with a code added where it has none, and anything unexpected becomes "Unexpected error." with no stack, Cypher
 * or driver message (yoga's own masked error, which reaches clients as exactly `{ code: 'INTERNAL_SERVER_ERROR' }`).
 * With yoga's `isDev` (revealErrors, never in production) the message shows instead.
 */
export function maskError(hideSuggestions = false) {
  return (error: unknown, message: string, isDev = false): Error => {
    const known = clientError(error);
    if (known) return known;
    const masked = yogaMaskError(error, message, false);
    if (masked === error && error instanceof GraphQLError) {
      // A coded error thrown inside keeps its own message; otherwise the outer one says where (the variable).
      const inner = error.originalError;
      const coded = inner instanceof GraphQLError && typeof inner.extensions.code === 'string';
      return requestError(coded ? inner : error, hideSuggestions);
    }
    if (!isDev) return masked;
    const original = error instanceof GraphQLError ? error.originalError : error;
    return new GraphQLError(String((original as Error)?.message ?? original), {
      ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  };
}
