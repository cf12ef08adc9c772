/**
 * Typed errors of the data layer. The GraphQL layer maps the ones a client can act on to coded errors and masks
 * the rest; nothing above the data layer looks at Neo4j error codes.
 */

export class DataError extends Error {
  constructor(
    message: string,
    /** The named query that failed, when one did. */
    readonly query?: string,
    /** The Neo4j status code, when the server gave one. */
    readonly neo4jCode?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A write broke a uniqueness or existence constraint. */
export class ConflictError extends DataError {}

/** The thing asked for does not exist. */
export class NotFoundError extends DataError {}

/** The input cannot be stored as given (type errors, values Neo4j refuses). */
export class InvalidInputError extends DataError {}

/** Neo4j cannot be reached (down, restarting, network). */
export class DatabaseUnavailableError extends DataError {}

/** The transaction ran longer than the database allows. */
export class QueryTimeoutError extends DataError {}

/** Neo4j refused the credentials. */
export class DatabaseAuthError extends DataError {}

/** A bug: a query that does not compile, a missing parameter, or anything else unexpected. */
export class QueryError extends DataError {}

type Neo4jLikeError = { code?: unknown; message?: unknown };

/** The database did not apply the transactions a bookmark names within its bookmark timeout. */
export class BookmarkNotReachedError extends DataError {}

/** Maps a driver or server error to a typed error, keeping the original as the cause. */
export function mapNeo4jError(error: unknown, query?: string): DataError {
  if (error instanceof DataError) return error;
  const e = (error ?? {}) as Neo4jLikeError;
  const code = typeof e.code === 'string' ? e.code : undefined;
  const message = typeof e.message === 'string' ? e.message : String(error);
  const where = query ? ` in ${query}` : '';
  const make = (Type: typeof DataError, text: string) => new Type(text, query, code, { cause: error });

  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return make(ConflictError, `Constraint violated${where}: ${message}`);
  }
  if (
    code === 'ServiceUnavailable' ||
    // The pool gave no connection in time: every connection is busy with a server that does not answer.
    message.startsWith('Connection acquisition timed out') ||
    code === 'SessionExpired' ||
    code === 'Neo.TransientError.General.DatabaseUnavailable'
  ) {
    return make(DatabaseUnavailableError, `Neo4j is unavailable${where}: ${message}`);
  }
  if (
    code?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    // A transaction stopped while waiting for a lock reports the lock, not the timeout that stopped it.
    code?.endsWith('.Transaction.LockClientStopped')
  ) {
    return make(QueryTimeoutError, `The query${where} took longer than the transaction timeout`);
  }
  if (code === 'Neo.TransientError.Transaction.BookmarkTimeout') {
    return make(
      BookmarkNotReachedError,
      'The database has not yet applied the transactions the bookmark names; retry shortly.',
    );
  }
  if (code?.startsWith('Neo.ClientError.Transaction.InvalidBookmark')) {
    return make(InvalidInputError, `The bookmark is not one this database issued: ${message}`);
  }
  if (code?.startsWith('Neo.ClientError.Security.')) {
    return make(DatabaseAuthError, `Neo4j refused the credentials: ${message}`);
  }
  if (
    code === 'Neo.ClientError.Statement.TypeError' ||
    code === 'Neo.ClientError.Statement.ArgumentError' ||
    code === 'Neo.ClientError.Statement.ArithmeticError'
  ) {
    return make(InvalidInputError, `Neo4j refused a value${where}: ${message}`);
  }
  return make(QueryError, `Query failed${where}${code ? ` (${code})` : ''}: ${message}`);
}
