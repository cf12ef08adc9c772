import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { type AppOptions, createApp } from '../app.js';
import type { Neo4jConnection } from '../config.js';
import type { CypherRegistry } from '../graph/cypher-registry.js';
import { Executor } from '../graph/executor.js';
import { createRepositories } from '../repositories.js';
import { type HttpSystem, serve } from './serve.js';

export type { HttpSystem };

type ResponseCacheOptions = NonNullable<AppOptions['responseCache']>;

/** A: claimgraph as served; A+: the same with yoga's response cache on; B: @neo4j/graphql. */
export type BenchSystem = 'a' | 'a-cached' | 'b';

/** The cache A+ runs with: long enough that a benchmark run never sees an entry expire. */
export const BENCH_RESPONSE_CACHE: ResponseCacheOptions = { ttlMs: 10 * 60_000, maxEntries: 10_000 };

/** (A) claimgraph as `npm start` serves it, minus GraphiQL, over its own driver. */
export async function startClaimgraph(
  driver: Driver,
  registry: CypherRegistry,
  responseCache?: ResponseCacheOptions,
): Promise<HttpSystem> {
  const executor = new Executor(driver, registry, { database: 'neo4j' });
  const app = createApp({ executor, repos: createRepositories(executor), graphiql: false, responseCache });
  return serve(app);
}

/**
 * (B) @neo4j/graphql over the same graph: the types and relationships the benchmark shapes read, declared the
 * library's way. Paths have no generated equivalent, so they are a @cypher field with claimgraph's pattern (the same
 * search, through no node above the same degree cap).
 */
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Actor @node {
    id: ID!
    name: String!
    kind: String!
    statements: [Statement!]! @relationship(type: "SAID", direction: OUT)
  }

  type Statement
    @node
    @fulltext(indexes: [{ indexName: "statement_text", fields: ["text", "quote"], queryName: "statementsFulltext" }]) {
    id: ID!
    text: String!
    quote: String
    speechAct: String!
    statedOn: Date
    speaker: [Actor!]! @relationship(type: "SAID", direction: IN)
    saidTo: [Outlet!]! @relationship(type: "SAID_TO", direction: OUT)
    citedVia: [Outlet!]! @relationship(type: "CITED_VIA", direction: OUT)
    positions: [Position!]! @relationship(type: "TAKES_POSITION", direction: OUT, properties: "TakesPosition")
  }

  type TakesPosition @relationshipProperties {
    stance: String!
  }

  type Position @node {
    id: ID!
    name: String!
    statements: [Statement!]! @relationship(type: "TAKES_POSITION", direction: IN, properties: "TakesPosition")
  }

  type Outlet @node {
    id: ID!
    name: String!
  }

  type Query {
    """
    Written for the benchmark's paths of at most 4 hops (a bound cannot be a parameter); the step is claimgraph's.
    """
    pathNodeIds(from: ID!, to: ID!, maxDegree: Int!): [ID!]!
      @cypher(
        statement: """
        MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
        MATCH p = allShortestPaths((a)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS*..4]-(b))
          WHERE all(x IN nodes(p) WHERE x = a OR x = b OR x:Statement OR x:Article
            OR COUNT { (x)--() } <= $maxDegree OR COUNT { (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree)
        WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | type(r)] LIMIT 10
        UNWIND nodes(p) AS n
        WITH DISTINCT n
        RETURN collect(n.id) AS ids
        """
        columnName: "ids"
      )
  }
`;

export async function startNeo4jGraphql(driver: Driver): Promise<HttpSystem> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver });
  const schema = await neoSchema.getSchema();
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: false,
  });
  return serve(yoga);
}

/**
 * One transaction claimgraph ran: its queries in order, with the exact text and (converted) parameters; an
 * auto-commit one (a single-query read) holds its one query.
 */
export type RecordedTransaction = {
  mode: 'read' | 'write';
  autoCommit: boolean;
  queries: { text: string; params: unknown }[];
};

/**
 * Transactions that ran at the same time (a DataLoader batch: one per field of a nesting level) form a wave;
 * waves ran one after another because each needed the previous one's ids.
 */
export type Recording = RecordedTransaction[][];

/**
 * A driver wrapper that records every transaction claimgraph runs for one request, so that (C) replays exactly
 * the Cypher, parameters, transaction boundaries and concurrency of (A), without GraphQL and HTTP.
 */
export class RecordingDriver {
  private waves: Recording = [];
  private inFlight = 0;

  constructor(private readonly driver: Driver) {}

  start(): void {
    this.waves = [];
    this.inFlight = 0;
  }

  stop(): Recording {
    return this.waves;
  }

  /** The proxy to hand to the Executor in place of the real driver. */
  get proxy(): Driver {
    return new Proxy(this.driver, {
      get: (target, key, receiver) => {
        if (key === 'session') {
          return (config: Parameters<Driver['session']>[0]) =>
            this.wrapSession(
              target.session(config),
              config?.defaultAccessMode === neo4j.session.WRITE ? 'write' : 'read',
            );
        }
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  /** Adds a transaction to the current wave, or opens a wave when nothing else is running. */
  private begin(recorded: RecordedTransaction): void {
    if (this.inFlight === 0 || this.waves.length === 0) this.waves.push([]);
    this.waves[this.waves.length - 1]?.push(recorded);
    this.inFlight += 1;
  }

  private wrapSession(session: Session, sessionMode: 'read' | 'write'): Session {
    const autoCommit = async (text: string, params: unknown, config?: unknown) => {
      this.begin({ mode: sessionMode, autoCommit: true, queries: [{ text, params }] });
      try {
        return await session.run(
          text,
          params as Record<string, unknown>,
          config as Parameters<Session['run']>[2],
        );
      } finally {
        this.inFlight -= 1;
      }
    };
    const run =
      (mode: 'read' | 'write') => async (work: (tx: ManagedTransaction) => unknown, config?: unknown) => {
        const recorded: RecordedTransaction = { mode, autoCommit: false, queries: [] };
        this.begin(recorded);
        try {
          const execute =
            mode === 'read' ? session.executeRead.bind(session) : session.executeWrite.bind(session);
          return await execute(
            (tx: ManagedTransaction) => {
              recorded.queries = [];
              const wrapped = new Proxy(tx, {
                get: (target, key, receiver) => {
                  if (key === 'run') {
                    return (text: string, params: unknown) => {
                      recorded.queries.push({ text, params });
                      return target.run(text, params as Record<string, unknown>);
                    };
                  }
                  const value: unknown = Reflect.get(target, key, receiver);
                  return typeof value === 'function' ? value.bind(target) : value;
                },
              });
              return work(wrapped);
            },
            config as Parameters<Session['executeRead']>[1],
          );
        } finally {
          this.inFlight -= 1;
        }
      };
    return new Proxy(session, {
      get: (target, key, receiver) => {
        if (key === 'executeRead') return run('read');
        if (key === 'executeWrite') return run('write');
        if (key === 'run') return autoCommit;
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }
}

/**
 * Claimgraph in-process over a recording driver: `record(query, variables)` answers one request and returns the
 * transactions it ran, for (C) to replay.
 */
export function createRequestRecorder(
  driver: Driver,
  registry: CypherRegistry,
): (query: string, variables: Record<string, unknown>) => Promise<Recording> {
  const recorder = new RecordingDriver(driver);
  const executor = new Executor(recorder.proxy, registry, { database: 'neo4j' });
  const app = createApp({ executor, repos: createRepositories(executor), graphiql: false });
  return async (query, variables) => {
    recorder.start();
    const response = await app.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`recording failed: ${JSON.stringify(body.errors)}`);
    return recorder.stop();
  };
}

/** (C) replays a recording on the raw driver: same transactions, same waves, records fetched and dropped. */
export async function replay(driver: Driver, recording: Recording): Promise<number> {
  let rows = 0;
  for (const wave of recording) {
    await Promise.all(
      wave.map(async (recorded) => {
        const session = driver.session({
          database: 'neo4j',
          defaultAccessMode: recorded.mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
        });
        try {
          const work = async (tx: ManagedTransaction | Session) => {
            for (const q of recorded.queries) {
              const result = await tx.run(q.text, q.params as Record<string, unknown>);
              rows += result.records.length;
            }
          };
          if (recorded.autoCommit) await work(session);
          else await (recorded.mode === 'read' ? session.executeRead(work) : session.executeWrite(work));
        } finally {
          await session.close();
        }
      }),
    );
  }
  return rows;
}

/** Posts one GraphQL operation and fails on transport or GraphQL errors. */
export async function postGraphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(
      `GraphQL error from ${url}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`,
    );
  }
  return body.data;
}

/** Starts (A) or (B) in a child process (see server-process.ts) and resolves once it listens. */
export function spawnSystem(system: BenchSystem, connection: Neo4jConnection): Promise<HttpSystem> {
  const child = fork(
    fileURLToPath(new URL('./server-process.ts', import.meta.url)),
    [JSON.stringify({ system, connection })],
    {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`benchmark server ${system} exited with ${code} before listening`)),
    );
    child.once('message', (message) => {
      const { url } = message as { url: string };
      resolve({
        url,
        close: () =>
          new Promise<void>((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.disconnect();
          }),
      });
    });
  });
}
