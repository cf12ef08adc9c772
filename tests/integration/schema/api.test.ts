import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../../../src/ingest/format.js';
import { seedDocument, uniqueSeedDocument } from '../../support/documents.js';
import { connectTestGraph, TEST_API_KEY } from '../../support/graph.js';

const graph = connectTestGraph();
const seed = seedDocument();
const SEED = seed.article.id;
const auth = { authorization: `Bearer ${TEST_API_KEY}` };

// A private copy of the seed with unique ids, for tests that need data no other file touches.
const own = uniqueSeedDocument();
const createdActors: string[] = [];

beforeAll(async () => {
  await graph.executor.applySchema();
  await graph.repos.ingest.importArticle(seed);
  await graph.repos.ingest.importArticle(own.doc);
});
afterAll(async () => {
  await graph.repos.ingest.deleteArticleCascade(own.doc.article.id);
  if (createdActors.length > 0) {
    await graph.driver.executeQuery('MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a', {
      ids: createdActors,
    });
  }
  await graph.close();
});

type Edges<T> = {
  totalCount?: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

/** Statement keys of the seed annotation that satisfy a predicate: the expected answer, computed from the file. */
const expectedKeys = (doc: AnnotatedArticle, keep: (s: AnnotatedArticle['statements'][number]) => boolean) =>
  doc.statements
    .filter(keep)
    .map((s) => s.id)
    .sort();

async function statementKeys(filter: Record<string, unknown>): Promise<string[]> {
  const result = await graph.graphql<{ statements: Edges<{ key: string }> }>(
    'query ($filter: StatementFilter) { statements(filter: $filter, first: 100) { edges { node { key } } } }',
    { filter: { article: SEED, ...filter } },
  );
  expect(result.errors).toBeUndefined();
  return (result.data?.statements.edges ?? []).map((e) => e.node.key).sort();
}

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  result.errors?.[0]?.extensions?.code;

describe('lookups', () => {
  it('finds an actor by id, global id, name or alias in any case', async () => {
    const result = await graph.graphql<Record<string, { key: string; name: string } | null>>(`{
      byId: actor(id: "russia") { key name }
      byGlobalId: actor(id: "Actor:russia") { key name }
      byAlias: actor(name: "moscow") { key name }
      byRole: actor(name: "THE KREMLIN'S SPOKESMAN") { key name }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      byId: { key: 'russia', name: 'Russia' },
      byGlobalId: { key: 'russia', name: 'Russia' },
      byAlias: { key: 'russia', name: 'Russia' },
      byRole: { key: 'dmitry-peskov', name: 'Dmitry Peskov' },
    });
  });

  it('lists aliases alphabetically for outlets as for actors, however they were given', async () => {
    const given = seed.outlets.find((o) => o.id === 'cnn')?.aliases ?? [];
    const sorted = [...given].sort();
    // The seed gives CNN's aliases out of order, so this test can tell sorting from keeping the given order.
    expect(given).not.toEqual(sorted);
    const s03 = seed.statements.find((s) => s.originalMedium === 'cnn')?.id;
    // Apart, so that one reads through the outlet loader and the other through the statement's outlets.
    const outlet = await graph.graphql<{ outlet: { aliases: string[] } }>(
      '{ outlet(id: "cnn") { aliases } }',
    );
    const statement = await graph.graphql<{ statement: { originalMedium: { aliases: string[] } } }>(
      `{ statement(id: "${s03}") { originalMedium { aliases } } }`,
    );
    const actor = await graph.graphql<{ actor: { aliases: string[] } }>(
      '{ actor(id: "russia") { aliases } }',
    );
    expect(outlet.data?.outlet.aliases).toEqual(sorted);
    expect(statement.data?.statement.originalMedium.aliases).toEqual(sorted);
    const actorAliases = actor.data?.actor.aliases ?? [];
    expect(actorAliases.length).toBeGreaterThan(1);
    expect(actorAliases).toEqual([...actorAliases].sort());
  });

  it('resolves node and nodes by global id', async () => {
    const result = await graph.graphql<{ node: { id: string; name: string }; nodes: { id: string }[] }>(`{
      node(id: "Outlet:cnn") { id ... on Outlet { name } }
      nodes(ids: ["Actor:nato", "Position:sanctions", "Event:russia-us-security-talks-2022-01-10"]) { id }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toEqual({ id: 'Outlet:cnn', name: 'CNN' });
    expect(result.data?.nodes.map((n) => n.id)).toEqual([
      'Actor:nato',
      'Position:sanctions',
      'Event:russia-us-security-talks-2022-01-10',
    ]);
  });

  it('answers NOT_FOUND for unknown ids and names', async () => {
    for (const query of [
      '{ actor(id: "no-such-actor") { name } }',
      '{ actor(name: "Nobody At All") { name } }',
      '{ statement(id: "no-such-statement") { text } }',
      '{ position(name: "no such issue") { name } }',
      '{ outlet(id: "no-such-outlet") { name } }',
      '{ article(id: "no-such-article") { title } }',
      '{ event(id: "no-such-event") { name } }',
      '{ node(id: "Actor:no-such-actor") { id } }',
    ]) {
      const result = await graph.graphql(query);
      expect(codeOf(result), query).toBe('NOT_FOUND');
    }
  });

  it('reads every field of the seed statements back as annotated', async () => {
    const s03 = seed.statements.find((s) => s.id.endsWith(':s03'));
    const result = await graph.graphql<{ statement: Record<string, unknown> }>(
      `query ($id: ID!) { statement(id: $id) {
        key text quote speechAct cue negated conditional condition
        statedOn { value precision context }
        speaker { key } originalMedium { key } citedVia { key }
        positions { stance position { key } } mentions { role actor { key } } events { key }
        evidence { start end excerpt article { key } } reports { key } corroboration
      } }`,
      { id: s03?.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.statement).toEqual({
      key: s03?.id,
      text: s03?.text,
      quote: s03?.quote,
      speechAct: s03?.speechAct.toUpperCase(),
      cue: s03?.cue,
      negated: s03?.negated,
      conditional: s03?.conditional,
      condition: s03?.condition,
      statedOn: s03?.statedOn ? { ...s03.statedOn, precision: s03.statedOn.precision.toUpperCase() } : null,
      speaker: { key: s03?.speaker },
      originalMedium: s03?.originalMedium ? { key: s03.originalMedium } : null,
      citedVia: s03?.citedVia.map((key) => ({ key })),
      positions: s03?.positions.map((p) => ({
        stance: p.stance.toUpperCase(),
        position: { key: p.position },
      })),
      mentions: expect.arrayContaining(
        (s03?.mentions ?? []).map((m) => ({ role: m.role.toUpperCase(), actor: { key: m.actor } })),
      ),
      events: s03?.events.map((key) => ({ key })),
      evidence: s03?.evidence.map((e) => ({
        start: e.start,
        end: e.end,
        excerpt: e.text,
        article: { key: SEED },
      })),
      reports: [{ key: SEED }],
      corroboration: new Set([s03?.originalMedium, ...(s03?.citedVia ?? [])].filter(Boolean)).size,
    });
  });

  it('exposes articles, outlets, positions and events with their relations', async () => {
    const result = await graph.graphql<Record<string, Record<string, unknown>>>(`{
      article(id: "${SEED}") { title url publishedOn { value precision context } contextFields
        publisher { key } cites { role outlet { key } } }
      outlet(name: "sputnik") { key kind country articles { role article { key } } }
      position(name: "NATO expansion") { key stances { stance actor { key } statementCount } }
      event(id: "russia-nato-meeting-2022-01") { name date { value precision context }
        participants { actor { key } } precededBy { key } followedBy { key } }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data ?? {};
    expect(data.article).toMatchObject({
      title: seed.article.title,
      publishedOn: { value: '2022-01', precision: 'MONTH', context: true },
      contextFields: ['title', 'publisher', 'url'],
      publisher: { key: 'republic-world' },
    });
    expect(data.article?.cites).toEqual(
      expect.arrayContaining([
        { role: 'image', outlet: { key: 'ap' } },
        { role: 'source', outlet: { key: 'sputnik' } },
      ]),
    );
    expect(data.outlet).toMatchObject({ key: 'sputnik', kind: 'STATE_MEDIA', country: 'RU' });
    expect(data.outlet?.articles).toContainEqual({ role: 'source', article: { key: SEED } });
    expect(data.position?.stances).toContainEqual(
      expect.objectContaining({ stance: 'OPPOSES', actor: { key: 'dmitry-peskov' } }),
    );
    expect(data.event).toMatchObject({
      date: { value: '2022-01-12', precision: 'DAY', context: true },
      precededBy: [{ key: 'russia-us-security-talks-2022-01-10' }],
      followedBy: [],
    });
  });
});

describe('statement filters', () => {
  const seedKeys = (keep: (s: AnnotatedArticle['statements'][number]) => boolean) => expectedKeys(seed, keep);

  it.each([
    [
      'speaker',
      { speaker: 'dmitry-peskov' },
      (s: AnnotatedArticle['statements'][number]) => s.speaker === 'dmitry-peskov',
    ],
    [
      'outlet',
      { outlet: 'Outlet:sputnik' },
      (s: AnnotatedArticle['statements'][number]) =>
        s.originalMedium === 'sputnik' || s.citedVia.includes('sputnik'),
    ],
    [
      'position',
      { position: 'nato-expansion' },
      (s: AnnotatedArticle['statements'][number]) => s.positions.some((p) => p.position === 'nato-expansion'),
    ],
    [
      'stance',
      { stance: 'OPPOSES' },
      (s: AnnotatedArticle['statements'][number]) => s.positions.some((p) => p.stance === 'opposes'),
    ],
    [
      'speech act',
      { speechAct: 'WARNING' },
      (s: AnnotatedArticle['statements'][number]) => s.speechAct === 'warning',
    ],
    [
      'mentioned actor',
      { mentions: 'nato' },
      (s: AnnotatedArticle['statements'][number]) => s.mentions.some((m) => m.actor === 'nato'),
    ],
    [
      'event',
      { event: 'russia-us-security-talks-2022-01-10' },
      (s: AnnotatedArticle['statements'][number]) => s.events.includes('russia-us-security-talks-2022-01-10'),
    ],
    ['negated', { negated: true }, (s: AnnotatedArticle['statements'][number]) => s.negated],
    ['conditional', { conditional: true }, (s: AnnotatedArticle['statements'][number]) => s.conditional],
    [
      'text contains',
      { textContains: 'SANCTIONS' },
      (s: AnnotatedArticle['statements'][number]) =>
        `${s.text} ${s.quote ?? ''}`.toLowerCase().includes('sanctions'),
    ],
    [
      'date range',
      { from: '2022-01-16', to: '2022-01-16' },
      (s: AnnotatedArticle['statements'][number]) => s.statedOn?.value === '2022-01-16',
    ],
    [
      'single source',
      { singleSource: true },
      (s: AnnotatedArticle['statements'][number]) =>
        new Set([s.originalMedium, ...s.citedVia].filter(Boolean)).size === 1,
    ],
  ])('filters by %s', async (_name, filter, keep) => {
    const expected = seedKeys(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(await statementKeys(filter)).toEqual(expected);
  });

  it('combines filters with AND: a stance on a given position', async () => {
    const expected = seedKeys((s) =>
      s.positions.some((p) => p.position === 'sanctions' && p.stance === 'dismisses'),
    );
    expect(await statementKeys({ position: 'sanctions', stance: 'DISMISSES' })).toEqual(expected);
  });

  it('sorts by date both ways, undated last, ties by id', async () => {
    const query = `query ($order: StatementOrder) { statements(filter: { article: "${SEED}" }, orderBy: $order, first: 100) {
      edges { node { key statedOn { value } } } } }`;
    for (const order of ['STATED_ON_DESC', 'STATED_ON_ASC']) {
      const result = await graph.graphql<{
        statements: Edges<{ key: string; statedOn: { value: string } | null }>;
      }>(query, { order });
      const nodes = result.data?.statements.edges.map((e) => e.node) ?? [];
      expect(nodes).toHaveLength(seed.statements.length);
      const dated = nodes.filter((n) => n.statedOn);
      const firstUndated = nodes.findIndex((n) => !n.statedOn);
      expect(firstUndated === -1 || nodes.slice(firstUndated).every((n) => !n.statedOn)).toBe(true);
      const values = dated.map((n) => n.statedOn?.value ?? '');
      expect(values).toEqual(
        [...values].sort((a, b) => (order === 'STATED_ON_DESC' ? b.localeCompare(a) : a.localeCompare(b))),
      );
    }
  });

  it('rejects a malformed date with BAD_USER_INPUT', async () => {
    const result = await graph.graphql('{ statements(filter: { from: "January" }) { edges { cursor } } }');
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('filter.from');
  });
});

describe('keyset pagination', () => {
  const query = `query ($first: Int, $after: String, $name: String) {
    actors(first: $first, after: $after, filter: { nameContains: $name }) {
      totalCount edges { cursor node { key } } pageInfo { hasNextPage endCursor }
    } }`;
  type Result = { actors: Edges<{ key: string }> };

  it('walks every page once, in name order, with a total', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: { data?: Result; errors?: unknown[] } = await graph.graphql<Result>(query, {
        first: 3,
        after,
        name: own.suffix,
      });
      expect(result.errors).toBeUndefined();
      const page = result.data?.actors;
      expect(page?.totalCount).toBe(own.doc.actors.length);
      seen.push(...(page?.edges.map((e) => e.node.key) ?? []));
      pages += 1;
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(own.doc.actors.length / 3));
    expect(new Set(seen).size).toBe(seen.length);
    const byName = [...own.doc.actors].sort((a, b) =>
      a.name.toLowerCase() === b.name.toLowerCase()
        ? a.id.localeCompare(b.id)
        : a.name.toLowerCase() < b.name.toLowerCase()
          ? -1
          : 1,
    );
    expect(seen).toEqual(byName.map((a) => a.id));
  });

  it('first: 0 returns no items but says whether there are any', async () => {
    const result = await graph.graphql<Result>(query, { first: 0, name: own.suffix });
    expect(result.data?.actors.edges).toEqual([]);
    expect(result.data?.actors.pageInfo.hasNextPage).toBe(true);
  });

  it('the last page says there is no next page', async () => {
    const result = await graph.graphql<Result>(query, { first: 100, name: own.suffix });
    expect(result.data?.actors.edges).toHaveLength(own.doc.actors.length);
    expect(result.data?.actors.pageInfo.hasNextPage).toBe(false);
  });

  it('rejects statement cursors whose date is no calendar date with BAD_USER_INPUT', async () => {
    for (const key of ['0000-00-00', '2024-02-30', '9999-99-99']) {
      const after = Buffer.from(JSON.stringify(['statements', key, 'x'])).toString('base64url');
      const result = await graph.graphql(
        'query ($after: String) { statements(after: $after) { totalCount } }',
        {
          after,
        },
      );
      expect(codeOf(result), key).toBe('BAD_USER_INPUT');
    }
  });

  it('rejects tampered or foreign cursors and out-of-range sizes with BAD_USER_INPUT', async () => {
    const statements = await graph.graphql<{ statements: Edges<{ key: string }> }>(
      '{ statements(first: 1) { pageInfo { endCursor } edges { cursor } } }',
    );
    const foreign = statements.data?.statements.pageInfo.endCursor;
    for (const variables of [
      { first: 2, after: 'not-a-cursor', name: own.suffix },
      { first: 2, after: Buffer.from('["actors",1]').toString('base64url'), name: own.suffix },
      { first: 2, after: foreign, name: own.suffix },
      { first: 101, name: own.suffix },
      { first: -1, name: own.suffix },
    ]) {
      const result = await graph.graphql(query, variables);
      expect(codeOf(result), JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });

  it('pages every root list: positions, outlets, articles and events', async () => {
    const result = await graph.graphql<Record<string, { totalCount: number; edges: unknown[] }>>(`{
      positions(first: 2) { totalCount edges { node { key } } }
      outlets(first: 2, filter: { kind: STATE_MEDIA }) { totalCount edges { node { key } } }
      articles(first: 2, filter: { publisher: "republic-world" }) { totalCount edges { node { key } } }
      events(first: 2, filter: { participant: "nato" }) { totalCount edges { node { key } } }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data ?? {};
    expect(data.positions?.edges).toHaveLength(2);
    expect(data.outlets?.edges).toContainEqual({ node: { key: 'sputnik' } });
    expect(data.articles?.edges).toContainEqual({ node: { key: SEED } });
    expect(data.events?.edges).toEqual([{ node: { key: 'russia-nato-meeting-2022-01' } }]);
  });
});

describe('no N+1', () => {
  const nested = `query ($first: Int, $name: String) {
    actors(first: $first, filter: { nameContains: $name }) { edges { node {
      name aliases affiliations { role of { name } }
      positions { stance position { name } statements { key } }
      statements(first: 5) { totalCount edges { node {
        text speaker { name } originalMedium { name } citedVia { name }
        positions { stance position { name } } mentions { actor { name } }
        evidence { excerpt article { title } } events { name participants { actor { name } } }
      } } }
    } } } }`;

  async function countQueries(first: number): Promise<number> {
    let count = 0;
    const off = graph.executor.onQuery(() => {
      count += 1;
    });
    try {
      const result = await graph.graphql(nested, { first, name: own.suffix });
      expect(result.errors).toBeUndefined();
    } finally {
      off();
    }
    return count;
  }

  it('runs a bounded number of Cypher queries that does not grow with list sizes', async () => {
    // The bound depends on the shape of the operation only: at most one query per loader and nesting level
    // (batches can merge across levels, so a count may be lower, never higher).
    const BOUND = 12;
    for (const first of [1, 3, 10]) {
      expect(await countQueries(first), `first: ${first}`).toBeLessThanOrEqual(BOUND);
    }
  });
});

describe("an actor's statements", () => {
  // Peskov said a large share of the test graph's statements, so his plain list walks the date index; with
  // an extra filter that changes nothing (his statements are all in the seed) it takes the general path.
  async function pages(filter: Record<string, unknown>, orderBy: string) {
    const keys: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const result: { data?: { statements: Edges<{ key: string }> } | null; errors?: unknown } =
        await graph.graphql<{ statements: Edges<{ key: string }> }>(
          `query ($filter: StatementFilter, $orderBy: StatementOrder, $after: String) {
          statements(filter: $filter, orderBy: $orderBy, first: 2, after: $after) {
            totalCount edges { node { key } } pageInfo { hasNextPage endCursor } } }`,
          { filter, orderBy, after },
        );
      expect(result.errors).toBeUndefined();
      const page: Edges<{ key: string }> | undefined = result.data?.statements;
      keys.push(...(page?.edges ?? []).map((e) => e.node.key));
      total = page?.totalCount ?? -1;
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { keys, total };
  }

  it('pages the same through the date index as through the general path, both ways', async () => {
    const expected = expectedKeys(seed, (s) => s.speaker === 'dmitry-peskov');
    for (const orderBy of ['STATED_ON_DESC', 'STATED_ON_ASC']) {
      const walked = await pages({ speaker: 'dmitry-peskov' }, orderBy);
      const general = await pages({ speaker: 'dmitry-peskov', article: SEED }, orderBy);
      expect(walked).toEqual(general);
      expect([...walked.keys].sort()).toEqual(expected);
      expect(walked.total).toBe(expected.length);
    }
  });
});

describe('one transaction per level', () => {
  async function queriesOf(query: string, variables: Record<string, unknown>) {
    const names: string[] = [];
    const off = graph.executor.onQuery((event) => names.push(event.name));
    try {
      const result = await graph.graphql<Record<string, unknown>>(query, variables);
      expect(result.errors).toBeUndefined();
      return { names, data: result.data };
    } finally {
      off();
    }
  }

  it('loads a page of statements with their speakers, outlets and positions without a query per level', async () => {
    const speaker = own.doc.statements.find((s) => s.speaker && s.positions.length > 0)?.speaker;
    expect(speaker).toBeDefined();
    const { names, data } = await queriesOf(
      `query ($id: ID!) { actor(id: $id) { name statements(first: 10) { edges { node {
        key speaker { key } originalMedium { key } citedVia { key } positions { stance position { name } }
      } } } } }`,
      { id: speaker },
    );
    // Three round trips (the actor, the page, the statements on it), and the nested nodes add none: the same
    // page with bare keys costs as many.
    const bare = await queriesOf(
      'query ($id: ID!) { actor(id: $id) { name statements(first: 10) { edges { node { key } } } } }',
      { id: speaker },
    );
    expect(names).toHaveLength(3);
    expect(names).toHaveLength(bare.names.length);
    const nodes = (
      data as { actor: { statements: { edges: { node: { key: string; speaker: { key: string } } }[] } } }
    ).actor.statements.edges.map((e) => e.node);
    expect(nodes.length).toBe(Math.min(10, own.doc.statements.filter((s) => s.speaker === speaker).length));
    for (const node of nodes) expect(node.speaker.key).toBe(speaker);
  });

  it('loads only the relations an operation shows, with the same answers', async () => {
    const statement = own.doc.statements.find(
      (s) => s.speaker && s.positions.length > 0 && s.evidence.length,
    );
    const fields = 'key text speechAct statedOn { value }';
    const lean = await queriesOf(`query ($id: ID!) { statement(id: $id) { ${fields} } }`, {
      id: statement?.id,
    });
    const full = await queriesOf(
      `query ($id: ID!) { statement(id: $id) { ${fields} speaker { key } positions { stance position { key } }
        evidence { start end } corroboration } }`,
      { id: statement?.id },
    );
    const { speaker, positions, evidence, corroboration, ...common } = (
      full.data as { statement: Record<string, unknown> }
    ).statement;
    expect((lean.data as { statement: unknown }).statement).toEqual(common);
    expect(speaker).toEqual({ key: statement?.speaker });
    expect((positions as unknown[]).length).toBe(statement?.positions.length);
    expect((evidence as unknown[]).length).toBe(statement?.evidence.length);
    expect(corroboration).toBeGreaterThanOrEqual(1);
    // Either way one round trip: the relations come with the statement, not a query each.
    expect(lean.names).toHaveLength(1);
    expect(full.names).toHaveLength(1);
  });
});

describe('mutations', () => {
  const upsert = `mutation ($input: ActorInput!) { upsertActor(input: $input) { key name kind aliases } }`;

  it('refuse to write without an API key, writing nothing', async () => {
    const id = `ghost-${own.suffix}`;
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-key-0123456789' },
      { authorization: TEST_API_KEY },
    ];
    for (const headers of attempts) {
      const result = await graph.graphql(upsert, { input: { id, name: 'Ghost', kind: 'PERSON' } }, headers);
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await graph.graphql(`{ actor(id: "${id}") { name } }`))).toBe('NOT_FOUND');
    const imported = await graph.graphql('mutation ($d: JSON!) { importArticle(document: $d) { status } }', {
      d: uniqueSeedDocument().doc,
    });
    expect(codeOf(imported)).toBe('UNAUTHENTICATED');
  });

  it('upsert an actor and add aliases without losing the old ones', async () => {
    const id = `sergei-ryabkov-${own.suffix}`;
    createdActors.push(id);
    const first = await graph.graphql(
      upsert,
      { input: { id, name: 'Sergei Ryabkov', kind: 'PERSON', aliases: [`Ryabkov ${own.suffix}`] } },
      auth,
    );
    expect(first.errors).toBeUndefined();
    const second = await graph.graphql<{ upsertActor: { aliases: string[] } }>(
      upsert,
      { input: { id, name: 'Sergei Ryabkov', kind: 'PERSON', aliases: [`Riabkov ${own.suffix}`] } },
      auth,
    );
    expect(second.data?.upsertActor.aliases).toEqual([`Riabkov ${own.suffix}`, `Ryabkov ${own.suffix}`]);
    const found = await graph.graphql<{ actor: { key: string } }>(
      `{ actor(name: "riabkov ${own.suffix}") { key } }`,
    );
    expect(found.data?.actor.key).toBe(id);
    const bad = await graph.graphql(upsert, { input: { id: 'Not A Slug', name: 'X', kind: 'PERSON' } }, auth);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('input.id');
  });

  it('merge two actors, moving statements, affiliations and aliases onto the kept one', async () => {
    const { doc, suffix } = uniqueSeedDocument();
    await graph.repos.ingest.importArticle(doc);
    try {
      const kremlin = `kremlin-${suffix}`;
      const russia = `russia-${suffix}`;
      const result = await graph.graphql<{
        mergeActors: {
          key: string;
          aliases: string[];
          affiliations: { role: string; actor: { key: string }; of: { key: string } }[];
        };
      }>(
        `mutation { mergeActors(keep: "Actor:${russia}", remove: "${kremlin}") {
          key aliases affiliations { role actor { key } of { key } } } }`,
        {},
        auth,
      );
      expect(result.errors).toBeUndefined();
      const merged = result.data?.mergeActors;
      const kremlinActor = doc.actors.find((a) => a.id === kremlin);
      expect(merged?.aliases).toEqual(
        expect.arrayContaining([...(kremlinActor?.aliases ?? []), kremlinActor?.name]),
      );
      expect(merged?.affiliations).toContainEqual({
        role: 'SPOKESPERSON_FOR',
        actor: { key: `dmitry-peskov-${suffix}` },
        of: { key: russia },
      });
      expect(codeOf(await graph.graphql(`{ actor(id: "${kremlin}") { name } }`))).toBe('NOT_FOUND');
      const same = await graph.graphql(
        `mutation { mergeActors(keep: "${russia}", remove: "${russia}") { key } }`,
        {},
        auth,
      );
      expect(codeOf(same)).toBe('BAD_USER_INPUT');
      const missing = await graph.graphql(
        `mutation { mergeActors(keep: "${russia}", remove: "${kremlin}") { key } }`,
        {},
        auth,
      );
      expect(codeOf(missing)).toBe('NOT_FOUND');
    } finally {
      await graph.repos.ingest.deleteArticleCascade(doc.article.id);
    }
  });

  it('import an article exactly like the CLI: validated, idempotent, deletable', async () => {
    const { doc } = uniqueSeedDocument();
    const importDoc =
      'mutation ($d: JSON!) { importArticle(document: $d) { status statementCount article { key } } }';
    const broken = structuredClone(doc) as unknown as { statements: { speaker: string }[] };
    Object.assign(broken.statements[1] ?? {}, { speaker: 'peskow' });
    const rejected = await graph.graphql(importDoc, { d: broken }, auth);
    expect(codeOf(rejected)).toBe('BAD_USER_INPUT');
    expect(rejected.errors?.[0]).toMatchObject({
      extensions: {
        issues: [{ path: 'statements[1].speaker', message: '"peskow" is not a declared actor' }],
      },
    });
    expect(codeOf(await graph.graphql(`{ article(id: "${doc.article.id}") { key } }`))).toBe('NOT_FOUND');

    const created = await graph.graphql(importDoc, { d: doc }, auth);
    expect(created.data).toEqual({
      importArticle: {
        status: 'CREATED',
        statementCount: doc.statements.length,
        article: { key: doc.article.id },
      },
    });
    const again = await graph.graphql<{ importArticle: { status: string } }>(importDoc, { d: doc }, auth);
    expect(again.data?.importArticle.status).toBe('UNCHANGED');

    const deleted = await graph.graphql(`mutation { deleteArticle(id: "${doc.article.id}") }`, {}, auth);
    expect(deleted.data).toEqual({ deleteArticle: true });
    expect(codeOf(await graph.graphql(`{ article(id: "${doc.article.id}") { key } }`))).toBe('NOT_FOUND');
  });
});
