import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { MAX_NAME_LENGTH, MAX_STATEMENTS } from '../../src/ingest/format.js';
import { uniqueSeedDocument } from '../support/documents.js';
import { connectTestGraph, TEST_API_KEY } from '../support/graph.js';

// Bad input is the client's to fix: each case below is BAD_USER_INPUT (or another code a client acts on)
// with a message that says what is wrong and where, and writes nothing.
const graph = connectTestGraph();
const auth = { authorization: `Bearer ${TEST_API_KEY}` };
const actorIds: string[] = [];

beforeAll(() => graph.executor.applySchema());
afterAll(async () => {
  await graph.driver.executeQuery(
    'MATCH (a:Actor) WHERE a.id IN $ids OPTIONAL MATCH (a)-[:HAS_ALIAS]->(al) DETACH DELETE a, al',
    { ids: actorIds },
  );
  await graph.close();
});

const IMPORT = 'mutation ($doc: JSON!) { importArticle(document: $doc) { status } }';
const UPSERT = `mutation ($input: ActorInput!) { upsertActor(input: $input) { id name } }`;

type GraphqlError = {
  message: string;
  extensions?: { code?: string; issues?: { path: string; message: string }[] };
};

async function firstError(query: string, variables: Record<string, unknown>, headers = auth) {
  const result = await graph.graphql(query, variables, headers);
  const [error] = (result.errors ?? []) as GraphqlError[];
  return error;
}

async function articleExists(id: string) {
  const { records } = await graph.driver.executeQuery('MATCH (a:Article {id: $id}) RETURN count(a) AS n', {
    id,
  });
  return records[0]?.get('n').toNumber() > 0;
}

describe('bad input is BAD_USER_INPUT, saying what and where', () => {
  it('a name or alias too long to index', async () => {
    const id = `long-name-${Date.now()}`;
    actorIds.push(id);
    for (const input of [
      { id, name: 'N'.repeat(9000), kind: 'PERSON' },
      { id, name: 'Short', kind: 'PERSON', aliases: ['A'.repeat(9000)] },
    ]) {
      const error = await firstError(UPSERT, { input });
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toMatch(new RegExp(`${MAX_NAME_LENGTH} characters`));
    }
    const { doc } = uniqueSeedDocument();
    const first = doc.actors[0];
    if (first) first.aliases.push('ä'.repeat(3000));
    const error = await firstError(IMPORT, { doc });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.issues).toContainEqual({
      path: 'actors[0].aliases[2]',
      message: `must have at most ${MAX_NAME_LENGTH} characters (found 3000)`,
    });
    expect(await articleExists(doc.article.id)).toBe(false);
  });

  it('a date filter that is not a calendar date', async () => {
    for (const from of ['2022-99-01', '2022-02-30', '0000-01-01']) {
      const error = await firstError(
        'query ($from: String) { statements(filter: {from: $from}) { totalCount } }',
        {
          from,
        },
      );
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toBe(`filter.from must be a calendar date YYYY-MM-DD (got "${from}")`);
    }
  });

  it('a bad publishedOn given to extraction is bad metadata, not an internal error', async () => {
    const error = await firstError(
      'mutation ($input: IngestArticleTextInput!) { ingestArticleText(input: $input) { status } }',
      { input: { text: 'Peskov said the talks had failed.', title: 'Bad date', publishedOn: '2022-99-01' } },
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'bad_meta' });
    expect(error?.message).toMatch(/publishedOn must be a calendar date/);
  });

  it('a span offset beyond any integer, lone surrogates, a javascript: URL and year 0000', async () => {
    const { doc } = uniqueSeedDocument();
    const statement = doc.statements[0];
    const actor = doc.actors[1];
    if (!statement?.evidence[0] || !actor) throw new Error('fixture changed');
    statement.evidence[0].start = 1e308;
    actor.name = `Broken \uD800 name`;
    doc.article.url = 'javascript:alert(1)';
    doc.article.publishedOn = { value: '0000-01-01', precision: 'day', context: false };
    const error = await firstError(IMPORT, { doc });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    const issues = error?.extensions?.issues ?? [];
    expect(issues).toContainEqual({
      path: 'statements[0].evidence[0].start',
      message: 'must be at most 9007199254740991 (found 1e+308)',
    });
    expect(issues).toContainEqual({
      path: 'actors[1].name',
      message: 'has a lone UTF-16 surrogate at offset 7 (not valid Unicode)',
    });
    expect(issues).toContainEqual({
      path: 'article.url',
      message: 'must be a valid http(s) URL (found "javascript:alert(1)")',
    });
    expect(await articleExists(doc.article.id)).toBe(false);

    // Year 0000 alone (structure otherwise fine) is refused by the whole-document rules.
    const { doc: dated } = uniqueSeedDocument();
    dated.article.publishedOn = { value: '0000-01-01', precision: 'day', context: false };
    const yearZero = await firstError(IMPORT, { doc: dated });
    expect(yearZero?.extensions?.issues).toContainEqual({
      path: 'article.publishedOn.value',
      message: '"0000-01-01" has year 0000, which no calendar has (years start at 0001)',
    });
  });

  it('refuses an article over the statement limit up front, naming the limit', async () => {
    const { doc } = uniqueSeedDocument();
    const template = doc.statements[0];
    if (!template) throw new Error('fixture changed');
    doc.statements = Array.from({ length: MAX_STATEMENTS + 1 }, (_, i) => ({
      ...template,
      id: `${doc.article.id}:big${i}`,
    }));
    const error = await firstError(IMPORT, { doc });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.issues).toContainEqual({
      path: 'statements',
      message: `must have at most ${MAX_STATEMENTS} items (found ${MAX_STATEMENTS + 1})`,
    });
    expect(await articleExists(doc.article.id)).toBe(false);
  });
});

describe('request errors carry a code', () => {
  it('a variable of the wrong type is BAD_USER_INPUT and names the variable', async () => {
    const error = await firstError('query ($n: Int) { actors(first: $n) { totalCount } }', { n: 'abc' });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/^Variable "\$n" got invalid value "abc"/);
  });

  it('a simple cross-site POST without the CSRF header is FORBIDDEN', async () => {
    // GET is exempt (src/plugins/csrf.ts); a text/plain POST is what a foreign page can send without a preflight.
    const response = await graph.app.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { errors: GraphqlError[] };
    expect(body.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('production hides schema hints', () => {
  it('an enum typo gets no "did you mean" when introspection is off', async () => {
    const hardened = createApp({
      executor: graph.executor,
      repos: graph.repos,
      introspection: false,
      apiKeys: [TEST_API_KEY],
    });
    const response = await hardened.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({
        query: 'mutation ($k: ActorKind!) { upsertActor(input: {id: "x", name: "X", kind: $k}) { id } }',
        variables: { k: 'person' },
      }),
    });
    const body = (await response.json()) as { errors: GraphqlError[] };
    expect(body.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.message).toMatch(/"person" does not exist in "ActorKind" enum\.$/);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean|PERSON/);
  });
});

describe('writes are visible to the rest of the same operation', () => {
  it('two upserts of one actor: the second field reads the second name', async () => {
    const id = `twice-${Date.now()}`;
    actorIds.push(id);
    const result = await graph.graphql<{ a: { name: string }; b: { name: string } }>(
      `mutation {
        a: upsertActor(input: {id: "${id}", name: "First", kind: PERSON}) { name }
        b: upsertActor(input: {id: "${id}", name: "Second", kind: PERSON}) { name }
      }`,
      {},
      auth,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ a: { name: 'First' }, b: { name: 'Second' } });
  });
});
