import { beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../../src/app.js';
import { createRepositories } from '../../../src/repositories.js';
import { FakeExecutor } from '../../support/fake-executor.js';
import { statementRow } from '../../support/fake-rows.js';

// Resolvers through the real yoga app and Pothos schema, over a recording stand-in for the executor: what our
// code makes of a request (which queries with which parameters, who may write, what a client sees of errors).
// What Neo4j makes of those queries is the integration tier's.

const KEY = 'unit-test-key-0123456789';

let fake: FakeExecutor;
let app: App;

beforeEach(() => {
  fake = new FakeExecutor();
  app = createApp({ executor: fake, repos: createRepositories(fake), apiKeys: [KEY] });
});

type Result = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: unknown }[] };

async function graphql(
  query: string,
  headers: Record<string, string> = {},
  variables: Record<string, unknown> = {},
): Promise<Result> {
  const response = await app.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Result;
}

const actor = (id: string, name: string) => ({ actor: { id, name, kind: 'person', description: null } });

const writes = () => fake.calls.filter((call) => call.mode === 'write');

describe('reads', () => {
  it('finds an actor by any spelling of its name, then loads it by id', async () => {
    fake.answer('actor/find-actors-by-name', [{ id: 'peskov' }]);
    fake.answer('actor/get-actors-by-ids', (params) =>
      (params.ids as string[]).map((id) => actor(id, 'Dmitry Peskov')),
    );
    const result = await graphql('{ actor(name: "  Dmitry PESKOV ") { id name kind } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ actor: { id: 'Actor:peskov', name: 'Dmitry Peskov', kind: 'PERSON' } });
    expect(fake.callsOf('actor/find-actors-by-name')[0]?.params).toEqual({ key: 'dmitry peskov' });
  });

  it('says NOT_FOUND, with the name, for an actor nobody has heard of', async () => {
    const result = await graphql('{ actor(name: "Nobody") { id } }');
    expect(result.data).toEqual({ actor: null });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('"Nobody"'),
        extensions: { code: 'NOT_FOUND' },
      }),
    ]);
    expect(fake.callsOf('actor/get-actors-by-ids')).toEqual([]);
  });

  it('expands only the parts of a statement the request selects', async () => {
    fake.answer('statement/find-statements-by-speaker', [
      { key: 0, totalCount: null, ids: ['s1', 's2'], sortKeys: ['2024-02-01', '2024-01-01'] },
    ]);
    fake.answer('statement/get-statements-by-ids', (params) =>
      (params.ids as string[]).map((id) => statementRow(id, { text: 'NATO must not expand.' })),
    );
    const result = await graphql(
      '{ statements(filter: {speaker: "peskov"}, first: 1) { edges { node { text } } pageInfo { hasNextPage } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      statements: { edges: [{ node: { text: 'NATO must not expand.' } }], pageInfo: { hasNextPage: true } },
    });
    const [load] = fake.callsOf('statement/get-statements-by-ids');
    expect(load?.params.ids).toEqual(['s1']);
    expect(Object.values(load?.params.parts as Record<string, boolean>)).not.toContain(true);
  });
});

describe('writes', () => {
  const upsert = 'mutation { upsertActor(input: {id: "x", name: "Xi", kind: PERSON}) { id name } }';

  it('need an API key: without one, nothing is written', async () => {
    const result = await graphql(upsert);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(writes()).toEqual([]);
  });

  it('with a key, write and then read the actor afresh', async () => {
    fake.answer('actor/merge-actors', [{ id: 'x' }]);
    fake.answer('actor/get-actors-by-ids', [actor('x', 'Xi')]);
    const result = await graphql(upsert, { authorization: `Bearer ${KEY}` });
    expect(result).toEqual({ data: { upsertActor: { id: 'Actor:x', name: 'Xi' } } });
    expect(writes().map((call) => call.params.actors)).toEqual([
      [expect.objectContaining({ id: 'x', name: 'Xi', kind: 'person', aliases: [] })],
    ]);
  });

  it('refuse bad input before writing anything', async () => {
    const result = await graphql(
      'mutation { upsertActor(input: {id: "x", name: " ", kind: PERSON}) { id } }',
      {
        authorization: `Bearer ${KEY}`,
      },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(writes()).toEqual([]);
  });
});

describe('errors a client sees', () => {
  it('masks an unexpected failure of the data layer to a bare code', async () => {
    fake.answer('system/get-server-info', () => {
      throw new Error('Neo.ClientError.Procedure.ProcedureNotFound: no.such.procedure');
    });
    const result = await graphql('{ serverInfo { version } }');
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Unexpected error.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ]);
    expect(JSON.stringify(result)).not.toMatch(/no\.such|Neo\.|stack/);
  });

  it('shows the message of an unexpected failure in development only, still coded', async () => {
    fake.answer('system/get-server-info', () => {
      throw new Error('the procedure is missing');
    });
    app = createApp({ executor: fake, repos: createRepositories(fake), revealErrors: true });
    const result = await graphql('{ serverInfo { version } }');
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'the procedure is missing',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ]);
  });

  it('gives a code to errors of the request itself, saying where', async () => {
    const result = await graphql('query ($n: String) { actor(name: $n) { id } }', {}, { n: 42 });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('$n'),
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    expect(fake.calls).toEqual([]);
  });
});
