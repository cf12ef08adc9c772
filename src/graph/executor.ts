import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type Session,
} from 'neo4j-driver';
import { activeCausalContext } from './causal-context.js';
import type { CypherRegistry } from './cypher-registry.js';
import { checkColumns, checkParams, splitStatements } from './cypher-registry.js';
import { DataError, mapNeo4jError, QueryTimeoutError } from './errors.js';
import { type Plain, toPlain } from './plain.js';
import { activeRecorder, sumDbHits } from './query-recorder.js';

export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;
export type Mode = 'read' | 'write';

/** One finished Cypher call, for logging and for tests that count queries. */
export type QueryEvent = {
  name: string;
  text: string;
  mode: Mode;
  ms: number;
  rows: number;
  error?: string;
  /** Only when the active query recorder asked for PROFILE (src/graph/query-recorder.ts). */
  dbHits?: number;
};

export type ExecutorOptions = {
  database: string;
  /** Per-transaction timeout; the server's db.transaction.timeout still applies. */
  txTimeoutMs?: number;
  /**
   * How long a call keeps retrying transient failures (deadlocks, a leader switch, a server briefly gone);
   * by default as long as its deadline allows.
   */
  maxRetryMs?: number;
  /** How many times a call runs at most, the first run included. */
  maxAttempts?: number;
  /**
   * How long past its transaction timeout a call may take before the executor gives up on it by itself: the
   * server enforces the transaction timeout only while it runs, so a frozen server would otherwise hang the
   * caller for as long as the freeze lasts.
   */
  deadlineGraceMs?: number;
  /**
   * Holds every call to its query file's header (the parameters given, the columns returned) and fails on a
   * mismatch. On by default; production turns it off, since the tests have run every query with it on.
   */
  checkContracts?: boolean;
};

/** Without a configured transaction timeout, a call still ends by itself after this long. */
const DEFAULT_DEADLINE_MS = 60_000;

/** Options of one transaction. */
export type TransactionOptions = {
  /** A larger (or smaller) transaction timeout for this unit of work, e.g. a large import. */
  timeoutMs?: number;
};

/** Options of one query: reads go to readers, writes to the leader. */
export type QueryOptions = TransactionOptions & { mode?: Mode };

/** True for errors worth running the whole transaction again for, also when wrapped by the data layer. */
function isTransient(error: unknown): boolean {
  // Waiting for a bookmark already took the server's whole bookmark timeout: another try would only wait again.
  if (
    codeOf(error) === BOOKMARK_TIMEOUT ||
    codeOf(error instanceof DataError ? error.cause : undefined) === BOOKMARK_TIMEOUT
  ) {
    return false;
  }
  if (neo4j.isRetryableError(error)) return true;
  return error instanceof DataError && error.cause !== undefined && neo4j.isRetryableError(error.cause);
}

const BOOKMARK_TIMEOUT = 'Neo.TransientError.Transaction.BookmarkTimeout';

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

type QueryResult = { records: Neo4jRecord[]; summary: { profile: Parameters<typeof sumDbHits>[0] } };

/** A query's text, with PROFILE in front when the active recorder asks for db hits. */
const profiled = (text: string) => (activeRecorder()?.profile ? `PROFILE ${text}` : text);

/** Runs named queries inside a transaction that is already open. */
export type TxRunner = {
  run<R extends Row = Row>(name: string, params?: Params): Promise<R[]>;
};

/**
 * JavaScript numbers travel as floats, which Cypher refuses for LIMIT, SKIP and range bounds and stores as
 * FLOAT properties; integral numbers are therefore sent as Neo4j integers.
 */
function toParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toParams(v)]));
  }
  return value;
}

/**
 * What repositories need of the executor: the query function and the transaction function. They depend on this
 * rather than on the class, so the database-free tests can hand them a recording stand-in of the same shape.
 */
export type QueryExecutor = Pick<Executor, 'query' | 'transaction'>;

/**
 * The only code that runs Cypher. Queries are named files from cypher/; reads are routed to readers and writes
 * to the leader. Writes, and any unit of several queries, run in transaction functions, which the driver
 * retries on transient errors. A read that is one query runs as an auto-commit transaction instead, retried
 * here on the same errors: the driver then sends RUN and PULL in one write, where a transaction function
 * adds a BEGIN and a COMMIT round trip, and that made single-query reads ~1.5x faster on the raw driver
 * (docs/benchmarks.md). Every transaction carries the query name as metadata, so `SHOW TRANSACTIONS` and the
 * query log say what runs.
 */
export class Executor {
  private readonly listeners = new Set<(event: QueryEvent) => void>();
  private readonly commitListeners = new Set<() => void>();

  constructor(
    private readonly driver: Driver,
    private readonly registry: CypherRegistry,
    private readonly options: ExecutorOptions,
  ) {}

  /** Subscribes to finished queries; returns the unsubscribe function. */
  onQuery(listener: (event: QueryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Subscribes to committed write transactions of this executor (not other processes'); returns the
   * unsubscribe function. Called after the commit, so a listener that drops cached answers cannot race a
   * reader into caching the state before the write.
   */
  onCommit(listener: () => void): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  /**
   * The query function: declares a named query and returns its runner. Repositories declare their queries when
   * they are built, so a missing file is a start-up error rather than a failed request. A read runs as one
   * auto-commit transaction, retried like a transaction function (see `attempts`): reads are idempotent, so
   * running one again is always safe. A write runs in a transaction function of its own.
   */
  query<R extends Row = Row, P extends Params = Params>(
    name: string,
    options: QueryOptions = {},
  ): (params: P) => Promise<R[]> {
    const text = this.registry.get(name);
    const { mode = 'read', ...txOptions } = options;
    if (mode === 'write') {
      return (params) => this.transaction('write', name, (tx) => tx.run<R>(name, params), txOptions);
    }
    return (params) => {
      const config = this.txConfig(name, txOptions.timeoutMs ?? this.options.txTimeoutMs);
      return this.attempts(name, 'read', config.timeout, (session) =>
        this.run<R>(name, text, 'read', params, (query, values) => session.run(query, values, config)),
      );
    };
  }

  /**
   * Runs one named query on `target` (a session or an open transaction): checks its contract, reports it to
   * listeners and the active recorder, and maps a failure to a typed error.
   */
  private async run<R extends Row>(
    name: string,
    text: string,
    mode: Mode,
    params: Params,
    target: (text: string, params: Params) => PromiseLike<QueryResult>,
  ): Promise<R[]> {
    const contract = this.options.checkContracts === false ? null : this.registry.contract(name);
    if (contract) checkParams(name, contract, params);
    const started = performance.now();
    let result: QueryResult;
    try {
      result = await target(profiled(text), toParams(params) as Params);
    } catch (error) {
      this.emit({ name, text, mode, ms: performance.now() - started, rows: 0, error: String(error) });
      throw mapNeo4jError(error, name);
    }
    const [first] = result.records;
    if (contract && first) checkColumns(name, contract, first.keys as string[]);
    return this.rows<R>(result, { name, text, mode, ms: performance.now() - started });
  }

  /**
   * Runs `attempt` in a fresh session until it succeeds, retrying transient failures (a deadlock between
   * concurrent imports, a leader switch) with jittered exponential backoff, at most `maxAttempts` times and
   * for at most `maxRetryMs`. The whole call also has a client-side deadline (transaction timeout plus a
   * grace): past it the caller gets a QueryTimeoutError even when the server has stopped answering, and the
   * abandoned session is closed in the background.
   */
  private async attempts<T>(
    label: string,
    mode: Mode,
    timeoutMs: number | undefined,
    attempt: (session: Session) => Promise<T>,
  ): Promise<T> {
    const started = performance.now();
    const deadlineMs = (timeoutMs ?? DEFAULT_DEADLINE_MS) + (this.options.deadlineGraceMs ?? 2_000);
    const retryUntil = started + Math.min(this.options.maxRetryMs ?? deadlineMs, deadlineMs);
    const maxAttempts = this.options.maxAttempts ?? 10;
    // Made only when the deadline passes: an error's stack trace costs more than many a query's whole round trip.
    let overdue: QueryTimeoutError | undefined;
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        overdue = new QueryTimeoutError(
          `${label} did not finish within ${deadlineMs} ms (client-side deadline)`,
          label,
        );
        reject(overdue);
      }, deadlineMs);
    });
    expired.catch(() => {});
    const causal = activeCausalContext();
    try {
      for (let n = 1, delay = 50; ; n += 1, delay = Math.min(delay * 2, 1_000)) {
        const session = this.driver.session({
          database: this.options.database,
          defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
          ...(causal && causal.after.length > 0 ? { bookmarks: [...causal.after] } : {}),
        });
        let settled = false;
        try {
          const result = await Promise.race([attempt(session), expired]);
          settled = true;
          if (mode === 'write') {
            if (causal) causal.written = session.lastBookmarks();
            for (const listener of this.commitListeners) listener();
          }
          return result;
        } catch (error) {
          settled = error !== overdue;
          const wait = delay * (0.5 + Math.random());
          if (!isTransient(error) || n >= maxAttempts || performance.now() + wait > retryUntil) {
            throw mapNeo4jError(error, label);
          }
          await Promise.race([sleep(wait), expired]);
        } finally {
          // A session whose server froze may never close; waiting for it would undo the deadline.
          if (settled) await session.close();
          else session.close().catch(() => {});
        }
      }
    } finally {
      clearTimeout(timer);
    }
  }

  private txConfig(label: string, timeoutMs = this.options.txTimeoutMs) {
    return {
      metadata: { app: 'claimgraph', query: label },
      ...(timeoutMs ? { timeout: timeoutMs } : {}),
    };
  }

  private rows<R extends Row>(result: QueryResult, event: Omit<QueryEvent, 'rows'>): R[] {
    const rows = result.records.map((record) => toPlain(record.toObject()) as R);
    const plan = result.summary.profile;
    this.emit({ ...event, rows: rows.length, ...(plan ? { dbHits: sumDbHits(plan) } : {}) });
    return rows;
  }

  /**
   * Several named queries in one transaction: all of them commit, or none does. A transient failure runs the
   * whole of `work` again in a new transaction (see `attempts`), so `work` must not keep state across runs.
   */
  async transaction<T>(
    mode: Mode,
    label: string,
    work: (tx: TxRunner) => Promise<T>,
    options: TransactionOptions = {},
  ): Promise<T> {
    const config = this.txConfig(label, options.timeoutMs ?? this.options.txTimeoutMs);
    return this.attempts(label, mode, config.timeout, (session) => {
      // The runner hands out typed errors, which the driver does not retry by itself: `attempts` does.
      const fn = (tx: ManagedTransaction) => work(this.runner(tx, mode));
      return mode === 'read' ? session.executeRead(fn, config) : session.executeWrite(fn, config);
    });
  }

  private runner(tx: ManagedTransaction, mode: Mode): TxRunner {
    return {
      run: <R extends Row>(name: string, params: Params = {}) =>
        this.run<R>(name, this.registry.get(name), mode, params, (text, values) => tx.run(text, values)),
    };
  }

  private emit(event: QueryEvent): void {
    for (const listener of this.listeners) listener(event);
    activeRecorder()?.record({
      name: event.name,
      ms: event.ms,
      rows: event.rows,
      ...(event.dbHits !== undefined ? { dbHits: event.dbHits } : {}),
      ...(event.error ? { error: event.error } : {}),
    });
  }

  /**
   * True while the database answers a trivial query within `timeoutMs`. It runs outside a transaction
   * function on purpose: a readiness probe must fail fast, not retry until the driver gives up.
   */
  async ping(timeoutMs = 5000): Promise<boolean> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const query = session
        .run(
          this.registry.get('system/ping'),
          {},
          { timeout: timeoutMs, metadata: { app: 'claimgraph', query: 'system/ping' } },
        )
        .then(() => true)
        .catch(() => false);
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
      session.close().catch(() => {});
    }
  }

  /**
   * Applies every file under cypher/schema/, one statement per transaction (Neo4j forbids schema and data
   * changes in one transaction). The statements use IF NOT EXISTS, so this is safe on every start.
   */
  async applySchema(): Promise<number> {
    let applied = 0;
    for (const name of this.registry.names('schema/')) {
      for (const statement of splitStatements(this.registry.get(name))) {
        const session = this.driver.session({
          database: this.options.database,
          defaultAccessMode: neo4j.session.WRITE,
        });
        try {
          await session.executeWrite((tx) => tx.run(statement), {
            metadata: { app: 'claimgraph', query: name },
          });
          applied += 1;
        } catch (error) {
          throw mapNeo4jError(error, name);
        } finally {
          await session.close();
        }
      }
      this.emit({ name, text: this.registry.get(name), mode: 'write', ms: 0, rows: 0 });
    }
    return applied;
  }

  /** Compiles a named query without running it; used by tests to prove every file is valid Cypher. */
  async explain(name: string): Promise<void> {
    const session = this.driver.session({ database: this.options.database });
    try {
      for (const statement of splitStatements(this.registry.get(name))) {
        await session.run(`EXPLAIN ${statement}`);
      }
    } catch (error) {
      throw mapNeo4jError(error, name);
    } finally {
      await session.close();
    }
  }
}
