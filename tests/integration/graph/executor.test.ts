import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../../src/graph/connect.js';
import { CypherRegistry, loadCypherFiles } from '../../../src/graph/cypher-registry.js';
import {
  ConflictError,
  DatabaseUnavailableError,
  QueryError,
  QueryTimeoutError,
} from '../../../src/graph/errors.js';
import { Executor } from '../../../src/graph/executor.js';
import { connectTestGraph } from '../../support/graph.js';

const graph = connectTestGraph();

beforeAll(async () => {
  await graph.executor.applySchema();
});
afterAll(() => graph.close());

describe('executor', () => {
  it('EXPLAINs every .cypher file, so every query compiles against the real schema', async () => {
    const files = loadCypherFiles();
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      await expect(graph.executor.explain(file.name), file.name).resolves.toBeUndefined();
    }
  });

  it("EXPLAINs every query file as its header declares it: Neo4j's own list of its parameters and columns", async () => {
    const session = graph.driver.session({ database: 'neo4j' });
    try {
      for (const file of loadCypherFiles().filter((f) => !f.name.startsWith('schema/'))) {
        const contract = graph.registry.contract(file.name);
        // Run with no parameters, Neo4j names every parameter the query uses in one notification.
        const bare = session.run(`EXPLAIN ${graph.registry.get(file.name)}`);
        const columns = await bare.keys();
        const used = (await bare.summary()).notifications
          .filter((n) => n.code === 'Neo.ClientNotification.Statement.ParameterNotProvided')
          .flatMap((n) => /\(Missing parameters: ([^)]*)\)/.exec(n.description)?.[1]?.split(', ') ?? []);
        expect({ params: [...new Set(used)].sort(), columns }, file.name).toEqual({
          params: contract?.params,
          columns: contract?.columns,
        });
      }
    } finally {
      await session.close();
    }
  });

  it('applies the database schema idempotently', async () => {
    const schemaObjects = async () => {
      const { records } = await graph.driver.executeQuery(
        'SHOW INDEXES YIELD name, type, labelsOrTypes, properties WHERE type <> "LOOKUP" RETURN name, type, labelsOrTypes, properties ORDER BY name',
      );
      return records.map((r) => r.toObject());
    };
    const applied = await graph.executor.applySchema();
    const before = await schemaObjects();
    await graph.executor.applySchema();
    // A second run creates nothing (every statement is IF NOT EXISTS) and every statement made one object.
    expect(await schemaObjects()).toEqual(before);
    expect(before).toHaveLength(applied);
    const [info] = await graph.executor.query('system/get-server-info')({});
    expect(info).toMatchObject({ version: expect.stringMatching(/^5\.26\./) });
  });

  it('tags every transaction with the query name as metadata', async () => {
    const rows = await graph.executor.transaction('read', 'system/list-transactions', (tx) =>
      tx.run('system/list-transactions'),
    );
    const own = rows.find((r) => String(r.currentQuery).includes('SHOW TRANSACTIONS'));
    expect(own?.metaData).toEqual({ app: 'claimgraph', query: 'system/list-transactions' });
  });

  it('returns plain values, never driver integers or temporals', async () => {
    const rows = await graph.executor.transaction('read', 'system/list-transactions', (tx) =>
      tx.run('system/list-transactions'),
    );
    expect(typeof rows[0]?.elapsedMs).toBe('number');
  });

  it('refuses an unknown query name at once', () => {
    expect(() => graph.executor.query('actor/no-such-query')).toThrow(
      /No Cypher file cypher\/actor\/no-such-query\.cypher/,
    );
  });

  it('reports every query it runs to listeners', async () => {
    const seen: string[] = [];
    const off = graph.executor.onQuery((e) => seen.push(`${e.mode}:${e.name}`));
    await graph.executor.query('system/ping')({});
    off();
    await graph.executor.query('system/ping')({});
    expect(seen).toEqual(['read:system/ping']);
  });
});

describe('error mapping against the real server', () => {
  const custom = (files: { name: string; text: string }[], timeoutMs?: number) =>
    new Executor(graph.driver, new CypherRegistry(files), {
      database: 'neo4j',
      ...(timeoutMs ? { txTimeoutMs: timeoutMs } : {}),
    });

  it('maps a uniqueness violation to ConflictError', async () => {
    const id = `conflict-${Date.now()}`;
    const executor = custom([
      { name: 'test/create-outlet', text: 'CREATE (o:Outlet {id: $id}) RETURN o.id AS id' },
    ]);
    const create = executor.query('test/create-outlet', { mode: 'write' });
    await create({ id });
    try {
      const error = await create({ id }).catch((e) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.neo4jCode).toBe('Neo.ClientError.Schema.ConstraintValidationFailed');
      expect(error.query).toBe('test/create-outlet');
    } finally {
      await graph.driver.executeQuery('MATCH (o:Outlet {id: $id}) DELETE o', { id });
    }
  });

  it('maps a syntax error to QueryError', async () => {
    const executor = custom([{ name: 'test/broken', text: 'MATCH (n RETURN n' }]);
    await expect(executor.query('test/broken')({})).rejects.toBeInstanceOf(QueryError);
  });

  it('maps a transaction timeout to QueryTimeoutError', async () => {
    const id = `lock-${Date.now()}`;
    const files = [
      { name: 'test/create-outlet', text: 'CREATE (o:Outlet {id: $id}) RETURN o.id AS id' },
      {
        name: 'test/touch-outlet',
        text: 'MATCH (o:Outlet {id: $id}) SET o.touched = true RETURN o.id AS id',
      },
    ];
    const executor = custom(files, 500);
    await custom(files).query('test/create-outlet', { mode: 'write' })({ id });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked: () => void = () => {};
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    // A first transaction holds the node's write lock; the second waits on it past its 500 ms timeout.
    const holder = custom(files).transaction('write', 'test/hold-lock', async (tx) => {
      await tx.run('test/touch-outlet', { id });
      locked();
      await held;
    });
    try {
      await isLocked;
      const error = await executor
        .query('test/touch-outlet', { mode: 'write' })({ id })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryTimeoutError);
    } finally {
      release();
      await holder;
      await graph.driver.executeQuery('MATCH (o:Outlet {id: $id}) DELETE o', { id });
    }
  });

  it('runs a transaction again when Neo4j picks it as a deadlock victim', async () => {
    const ids = [`dl-a-${Date.now()}`, `dl-b-${Date.now()}`];
    const files = [
      { name: 'test/create-outlet', text: 'CREATE (o:Outlet {id: $id}) RETURN o.id AS id' },
      {
        name: 'test/touch-outlet',
        text: 'MATCH (o:Outlet {id: $id}) SET o.touched = coalesce(o.touched, 0) + 1 RETURN o.id AS id',
      },
    ];
    const executor = custom(files);
    for (const id of ids) await executor.query('test/create-outlet', { mode: 'write' })({ id });
    // Each transaction locks one outlet, waits until the other has locked the other one, then asks for it:
    // a real deadlock, which Neo4j breaks by failing one of them with a transient error.
    let bothLocked: () => void = () => {};
    let lockedCount = 0;
    const barrier = new Promise<void>((resolve) => {
      bothLocked = resolve;
    });
    const attempts = [0, 0];
    const crossing = (first: number) =>
      executor.transaction('write', 'test/crossing', async (tx) => {
        attempts[first] = (attempts[first] ?? 0) + 1;
        await tx.run('test/touch-outlet', { id: ids[first] });
        if (attempts[first] === 1) {
          lockedCount += 1;
          if (lockedCount === 2) bothLocked();
          await barrier;
        }
        await tx.run('test/touch-outlet', { id: ids[1 - first] });
        return first;
      });
    try {
      await expect(Promise.all([crossing(0), crossing(1)])).resolves.toEqual([0, 1]);
      // One of the two ran twice, and every committed run counted once on each outlet.
      expect((attempts[0] ?? 0) + (attempts[1] ?? 0)).toBe(3);
      const { records } = await graph.driver.executeQuery(
        'MATCH (o:Outlet) WHERE o.id IN $ids RETURN o.touched AS touched',
        { ids },
      );
      expect(records.map((r) => r.get('touched').toNumber())).toEqual([2, 2]);
    } finally {
      await graph.driver.executeQuery('MATCH (o:Outlet) WHERE o.id IN $ids DELETE o', { ids });
    }
  });

  it('maps an unreachable server to DatabaseUnavailableError', async () => {
    const driver = createDriver({
      uri: 'bolt://127.0.0.1:1',
      user: 'neo4j',
      password: 'whatever-123',
      database: 'neo4j',
    });
    const executor = new Executor(driver, new CypherRegistry(), { database: 'neo4j' });
    try {
      await expect(executor.query('system/ping')({})).rejects.toBeInstanceOf(DatabaseUnavailableError);
      expect(await executor.ping()).toBe(false);
    } finally {
      await driver.close();
    }
  });
});
