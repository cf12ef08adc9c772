import { CypherRegistry, checkColumns, checkParams } from '../../src/graph/cypher-registry.js';
import type {
  Executor,
  Mode,
  Params,
  QueryExecutor,
  QueryOptions,
  Row,
  TransactionOptions,
  TxRunner,
} from '../../src/graph/executor.js';

/** One named query the code under test ran. */
export type RecordedCall = { name: string; params: Params; mode: Mode };

/** The rows a query answers with: fixed, or computed from the parameters it was given. */
export type Answer = Row[] | ((params: Params) => Row[]);

/**
 * A stand-in for the executor in the database-free tier: it records every named query (name, parameters, mode)
 * and answers with canned rows. It tests our own logic (which query a resolver or the statement planner picks
 * and with which parameters, what it makes of the rows) and nothing of Neo4j's: what a query returns from a real
 * graph stays in the integration tier.
 *
 * It cannot drift from the real one: it implements the same `QueryExecutor` type the repositories take, it knows
 * only the queries in cypher/ (an unknown name fails as at start-up), and it holds every call to its file's
 * header, the parameters given and the columns of the canned rows, as the real executor does.
 */
export class FakeExecutor implements QueryExecutor, Pick<Executor, 'ping' | 'onCommit'> {
  readonly calls: RecordedCall[] = [];
  private readonly answers = new Map<string, Answer>();

  constructor(private readonly registry = new CypherRegistry()) {}

  /** Sets the rows `name` answers with from now on; a query without an answer returns no rows. */
  answer(name: string, rows: Answer): this {
    this.registry.get(name);
    this.answers.set(name, rows);
    return this;
  }

  /** The calls of one query, in order. */
  callsOf(name: string): RecordedCall[] {
    return this.calls.filter((call) => call.name === name);
  }

  query<R extends Row = Row, P extends Params = Params>(
    name: string,
    options: QueryOptions = {},
  ): (params: P) => Promise<R[]> {
    this.registry.get(name);
    const mode = options.mode ?? 'read';
    return async (params) => this.run<R>(name, params, mode);
  }

  async transaction<T>(
    mode: Mode,
    _label: string,
    work: (tx: TxRunner) => Promise<T>,
    _options: TransactionOptions = {},
  ): Promise<T> {
    return work({
      run: async <R extends Row>(name: string, params: Params = {}) => this.run<R>(name, params, mode),
    });
  }

  async ping(): Promise<boolean> {
    return true;
  }

  /** Nothing commits here; the response cache is tested against Neo4j. */
  onCommit(_listener: Parameters<Executor['onCommit']>[0]): () => void {
    return () => {};
  }

  private run<R extends Row>(name: string, params: Params, mode: Mode): R[] {
    this.registry.get(name);
    const contract = this.registry.contract(name);
    if (contract) checkParams(name, contract, params);
    this.calls.push({ name, params: structuredClone(params), mode });
    const answer = this.answers.get(name) ?? [];
    const rows = typeof answer === 'function' ? answer(params) : answer;
    const [first] = rows;
    if (contract && first) checkColumns(name, contract, Object.keys(first));
    return structuredClone(rows) as R[];
  }
}
