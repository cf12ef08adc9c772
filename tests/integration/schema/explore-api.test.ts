import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedArticle, StatementInput } from '../../../src/ingest/format.js';
import { seedDocument, uniqueSeedDocument } from '../../support/documents.js';
import { connectTestGraph } from '../../support/graph.js';

const graph = connectTestGraph();
const seed = seedDocument();
/** This file's own copy of the seed, with unique ids, a paraphrase naming Peskov and one verbatim quote. */
const own = uniqueSeedDocument();
const lonely = `lonely-actor-${randomUUID().slice(0, 8)}`;

function ownStatement(doc: AnnotatedArticle, suffix: string): StatementInput {
  const statement = doc.statements.find((s) => s.id.endsWith(suffix));
  if (!statement) throw new Error(`the seed has no statement ${suffix}`);
  return statement;
}
const namingPeskov = ownStatement(own.doc, ':s03');
namingPeskov.text =
  'Dmitry Peskov says Russian forces are stationed near the Ukrainian border on Russian territory.';
const quoted = ownStatement(own.doc, ':s14');
// The quote must occur in the statement's evidence ("…in terms of strengthening their home economy…").
quoted.quote = 'strengthening their home economy';

beforeAll(async () => {
  await graph.executor.applySchema();
  // The canonical seed is shared with other test files and never deleted; importing it again is a no-op.
  await graph.repos.ingest.importArticle(seedDocument());
  await graph.repos.ingest.importArticle(own.doc);
  await graph.repos.actors.upsertActors([
    { id: lonely, name: `Lonely ${lonely}`, kind: 'person', aliases: [] },
  ]);
});

afterAll(async () => {
  await graph.repos.ingest.deleteArticleCascade(own.doc.article.id);
  await graph.driver.executeQuery('MATCH (a:Actor {id: $id}) DETACH DELETE a', { id: lonely });
  await graph.close();
});

type Hit = {
  score: number;
  snippet: string;
  highlights: { start: number; end: number }[];
  node: { id: string };
};
type GraphNode = { id: string; type: string; label: string; kind: string | null; hiddenNeighbors: number };
type GraphEdge = {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown> | null;
};
type Graph = { nodes: GraphNode[]; edges: GraphEdge[] };

/** Runs an operation that must succeed and returns its data. */
async function query<T>(source: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await graph.graphql<T>(source, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
}

/** Runs an operation that must fail and returns its first error's code and message. */
async function failure(source: string, variables: Record<string, unknown> = {}) {
  const result = await graph.graphql(source, variables);
  const [error] = result.errors ?? [];
  return { code: error?.extensions?.code, message: error?.message ?? '' };
}

const SEARCH = `query ($query: String!, $first: Int) {
  search(query: $query, first: $first) { score snippet highlights { start end } node { id } }
}`;

const GRAPH_FIELDS =
  'nodes { id type label kind hiddenNeighbors } edges { id type source target properties }';
const NEIGHBORHOOD = `query ($id: ID!, $depth: Int, $limit: Int, $types: [String!]) {
  neighborhood(id: $id, depth: $depth, limit: $limit, relationshipTypes: $types) { ${GRAPH_FIELDS} }
}`;
const PATHS = `query ($from: ID!, $to: ID!, $maxLength: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength) { ${GRAPH_FIELDS} }
}`;

const neighborhood = async (variables: Record<string, unknown>) =>
  (await query<{ neighborhood: Graph }>(NEIGHBORHOOD, variables)).neighborhood;
const paths = async (variables: Record<string, unknown>) =>
  (await query<{ paths: Graph }>(PATHS, variables)).paths;

/** What a graph viewer needs: unique nodes and edges, and both ends of every edge among the nodes. */
function expectDrawable(g: Graph) {
  const ids = g.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
  for (const edge of g.edges) {
    expect(ids).toContain(edge.source);
    expect(ids).toContain(edge.target);
  }
  for (const node of g.nodes) {
    expect(['Actor', 'Statement', 'Position', 'Outlet', 'Article', 'Event']).toContain(node.type);
    expect(node.id.startsWith(`${node.type}:`)).toBe(true);
    // A count of relationships: a whole number (the exact counts are asserted where the view is known:
    // hiddenNeighbors 0 at depth 1, degree minus drawn under a cap).
    expect(Number.isSafeInteger(node.hiddenNeighbors)).toBe(true);
  }
  for (const edge of g.edges) {
    expect(['HAS_EVIDENCE', 'IN_ARTICLE', 'HAS_ALIAS', 'DECLARES']).not.toContain(edge.type);
  }
}

/** Hops from `from` to every node reachable over the edges, ignoring direction. */
function distances(g: Graph, from: string): Map<string, number> {
  const seen = new Map([[from, 0]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const e of g.edges) {
        const other = e.source === id ? e.target : e.target === id ? e.source : null;
        if (other !== null && !seen.has(other)) {
          seen.set(other, (seen.get(id) ?? 0) + 1);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

const statementIdsOf = (speaker: string) =>
  seed.statements.filter((s) => s.speaker === speaker).map((s) => `Statement:${s.id}`);

describe('search', () => {
  it('ranks the actor Dmitry Peskov first and highlights "Peskov" in statement snippets', async () => {
    const { search } = await query<{ search: Hit[] }>(SEARCH, { query: 'Peskov', first: 50 });
    expect(search[0]?.node.id).toBe('Actor:dmitry-peskov');
    expect(search[0]?.score).toBe(1);
    const statementHits = search.filter((h) => h.node.id.startsWith('Statement:'));
    expect(statementHits.map((h) => h.node.id)).toContain(`Statement:${namingPeskov.id}`);
    for (const hit of statementHits) {
      expect(hit.highlights.length).toBeGreaterThan(0);
      for (const h of hit.highlights) expect(hit.snippet.slice(h.start, h.end).toLowerCase()).toBe('peskov');
    }
    const scores = search.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const score of scores) expect(score).toBeLessThanOrEqual(1);
  });

  it('searches only the kinds asked for', async () => {
    const KINDS = `query ($query: String!, $kinds: [SearchKind!]) {
      search(query: $query, first: 50, kinds: $kinds) { node { id } }
    }`;
    const ids = async (kinds?: string[]) =>
      (await query<{ search: Hit[] }>(KINDS, { query: 'Peskov', kinds })).search.map((h) => h.node.id);
    const both = await ids();
    const statements = await ids(['STATEMENT']);
    const actors = await ids(['ACTOR']);
    expect(both).toEqual(expect.arrayContaining(['Actor:dmitry-peskov', `Statement:${namingPeskov.id}`]));
    expect(actors).toContain('Actor:dmitry-peskov');
    expect(statements).toContain(`Statement:${namingPeskov.id}`);
    for (const id of actors) expect(id.startsWith('Actor:')).toBe(true);
    for (const id of statements) expect(id.startsWith('Statement:')).toBe(true);
    expect((await failure(KINDS, { query: 'Peskov', kinds: [] })).code).toBe('BAD_USER_INPUT');
  });

  it('finds an actor by an alias and shows the alias', async () => {
    const { search } = await query<{ search: Hit[] }>(SEARCH, { query: 'Moscow' });
    const russia = search.find((h) => h.node.id === 'Actor:russia');
    expect(russia?.snippet).toBe('Moscow');
    expect(russia?.highlights).toEqual([{ start: 0, end: 6 }]);
  });

  it('finds a statement by a word of its verbatim quote and shows the quote', async () => {
    const { search } = await query<{ search: Hit[] }>(SEARCH, { query: 'strengthening' });
    const hit = search.find((h) => h.node.id === `Statement:${quoted.id}`);
    expect(hit?.snippet).toBe('strengthening their home economy');
    expect(hit?.highlights).toEqual([{ start: 0, end: 'strengthening'.length }]);
  });

  it('ranks statements by relevance and keeps snippets short', async () => {
    const { search } = await query<{ search: Hit[] }>(SEARCH, { query: 'sanctions', first: 3 });
    expect(search).toHaveLength(3);
    for (const hit of search) {
      expect(hit.node.id.startsWith('Statement:')).toBe(true);
      expect(hit.snippet.length).toBeLessThanOrEqual(200);
      expect(hit.highlights.map((h) => hit.snippet.slice(h.start, h.end).toLowerCase())).toContain(
        'sanctions',
      );
    }
  });

  it('takes any text: Lucene syntax is searched literally, and punctuation alone finds nothing', async () => {
    for (const text of [
      '"',
      '(',
      'NATO AND',
      '*',
      'a AND (b OR',
      '[1 TO 5]',
      'title:x',
      '\\',
      '&& ||',
      '~^!?/',
    ]) {
      const result = await graph.graphql<{ search: Hit[] }>(SEARCH, { query: text });
      expect(result.errors, `${text}: ${JSON.stringify(result.errors)}`).toBeUndefined();
    }
    for (const text of ['"', '(', '*', '   ', '']) {
      expect((await query<{ search: Hit[] }>(SEARCH, { query: text })).search).toEqual([]);
    }
    const { search } = await query<{ search: Hit[] }>(SEARCH, { query: 'NATO AND' });
    expect(search[0]?.node.id).toBe('Actor:nato');
  });

  it('refuses first outside 1–50', async () => {
    for (const first of [0, 51, -1]) {
      expect((await failure(SEARCH, { query: 'NATO', first })).code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('neighborhood', () => {
  it('at depth 1 holds the actor, his statements and the Kremlin, connected', async () => {
    const g = await neighborhood({ id: 'Actor:dmitry-peskov' });
    expectDrawable(g);
    const ids = g.nodes.map((n) => n.id);
    for (const id of [...statementIdsOf('dmitry-peskov'), 'Actor:kremlin']) expect(ids).toContain(id);
    expect(ids).not.toContain('Outlet:cnn');
    const said = g.edges.filter((e) => e.type === 'SAID' && e.source === 'Actor:dmitry-peskov');
    expect(said.map((e) => e.target).sort()).toEqual(statementIdsOf('dmitry-peskov').sort());
    const centre = g.nodes.find((n) => n.id === 'Actor:dmitry-peskov');
    expect(centre).toMatchObject({
      type: 'Actor',
      label: 'Dmitry Peskov',
      kind: 'person',
      hiddenNeighbors: 0,
    });
    const affiliation = g.edges.find((e) => e.type === 'AFFILIATED_WITH');
    expect(affiliation).toMatchObject({ source: 'Actor:dmitry-peskov', target: 'Actor:kremlin' });
    expect(affiliation?.properties).toMatchObject({ role: 'spokesperson_for' });
    for (const n of g.nodes.filter((x) => x.type === 'Statement'))
      expect(n.label.length).toBeLessThanOrEqual(80);
  });

  it('at depth 2 reaches the outlets his statements went through', async () => {
    const g = await neighborhood({ id: 'Actor:dmitry-peskov', depth: 2 });
    expectDrawable(g);
    const ids = g.nodes.map((n) => n.id);
    expect(ids).toContain('Outlet:cnn');
    expect(ids).toContain('Outlet:sputnik');
    expect(g.nodes.find((n) => n.id === 'Outlet:sputnik')?.kind).toBe('state_media');
    const cited = g.edges.find((e) => e.type === 'CITED_VIA' && e.target === 'Outlet:sputnik');
    expect(cited?.properties).toEqual({ article: seed.article.id });
  });

  it('caps the neighbors expanded per node and reports those left out', async () => {
    const one = await neighborhood({ id: 'Actor:dmitry-peskov', limit: 2 });
    expectDrawable(one);
    expect(one.nodes).toHaveLength(3);
    const centre = one.nodes.find((n) => n.id === 'Actor:dmitry-peskov');
    // Peskov has a statement per remark plus the Kremlin; two are shown.
    expect(centre?.hiddenNeighbors).toBe(statementIdsOf('dmitry-peskov').length + 1 - 2);

    const two = await neighborhood({ id: 'Actor:dmitry-peskov', depth: 2, limit: 2 });
    expectDrawable(two);
    expect(two.nodes.length).toBeGreaterThan(3);
    expect(two.nodes.length).toBeLessThanOrEqual(1 + 2 + 2 * 2);
    expect(two.nodes.some((n) => n.hiddenNeighbors > 0)).toBe(true);
    // The same request draws the same graph.
    expect(await neighborhood({ id: 'Actor:dmitry-peskov', depth: 2, limit: 2 })).toEqual(two);
  });

  it('follows only the relationship types asked for', async () => {
    const g = await neighborhood({ id: 'Actor:dmitry-peskov', depth: 3, types: ['AFFILIATED_WITH'] });
    expectDrawable(g);
    expect(new Set(g.edges.map((e) => e.type))).toEqual(new Set(['AFFILIATED_WITH']));
    expect(g.nodes.every((n) => n.type === 'Actor')).toBe(true);
    const ids = g.nodes.map((n) => n.id);
    for (const id of [
      'Actor:kremlin',
      'Actor:russia',
      'Actor:russian-leadership',
      'Actor:russian-delegation',
    ]) {
      expect(ids).toContain(id);
    }
    // US delegation is four hops away (via the Russian delegation it is the counterpart of).
    expect(ids).not.toContain('Actor:us-delegation');
  });

  it('answers NOT_FOUND for a node that does not exist, BAD_USER_INPUT for what is not a global id', async () => {
    expect((await failure(NEIGHBORHOOD, { id: 'Actor:no-such-actor' })).code).toBe('NOT_FOUND');
    for (const id of ['dmitry-peskov', 'Alias:peskov', 'Evidence:x']) {
      expect((await failure(NEIGHBORHOOD, { id })).code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers BAD_USER_INPUT for depth, limit or relationship types out of bounds', async () => {
    const id = 'Actor:dmitry-peskov';
    for (const variables of [
      { id, depth: 0 },
      { id, depth: 4 },
      { id, limit: 0 },
      { id, limit: 101 },
      { id, types: [] },
    ]) {
      expect((await failure(NEIGHBORHOOD, variables)).code).toBe('BAD_USER_INPUT');
    }
    const hidden = await failure(NEIGHBORHOOD, { id, types: ['SAID', 'HAS_EVIDENCE'] });
    expect(hidden.code).toBe('BAD_USER_INPUT');
    expect(hidden.message).toContain('HAS_EVIDENCE');
    expect(hidden.message).toContain('SAID_TO, CITED_VIA');
  });

  it('reads only the node set when a query asks for nothing but ids', async () => {
    const names: string[] = [];
    const off = graph.executor.onQuery((event) => names.push(event.name));
    let lean: { neighborhood: { nodes: { id: string }[] } };
    try {
      lean = await query(`{ neighborhood(id: "Actor:dmitry-peskov", depth: 2) { nodes { id } } }`);
    } finally {
      off();
    }
    const full = await neighborhood({ id: 'Actor:dmitry-peskov', depth: 2 });
    expect(lean.neighborhood.nodes.map((n) => n.id)).toEqual(full.nodes.map((n) => n.id));
    expect(names).not.toContain('graph/get-subgraph');
  });

  it('runs one expansion query per level, however many nodes it returns', async () => {
    const names: string[] = [];
    const off = graph.executor.onQuery((event) => names.push(event.name));
    let g: Graph;
    try {
      g = await neighborhood({ id: 'Actor:russia', depth: 3, limit: 100 });
    } finally {
      off();
    }
    expect(g.nodes.length).toBeGreaterThan(40);
    expect(names.filter((n) => n === 'graph/expand-nodes').length).toBeLessThanOrEqual(3);
    expect(names.length).toBeLessThanOrEqual(4);
  });
});

describe('paths', () => {
  it('connects CNN and NATO by their shortest paths', async () => {
    const g = await paths({ from: 'Outlet:cnn', to: 'Actor:nato' });
    expectDrawable(g);
    expect(g.edges.length).toBeGreaterThan(0);
    const hops = distances(g, 'Outlet:cnn');
    const length = hops.get('Actor:nato');
    expect(length).toBeDefined();
    expect(length).toBeLessThanOrEqual(4);
    // Every node of the graph lies on a path from CNN to NATO.
    for (const node of g.nodes) expect(hops.has(node.id)).toBe(true);
    expect(g.nodes.find((n) => n.id === 'Outlet:cnn')).toMatchObject({ label: 'CNN', kind: 'broadcaster' });
  });

  it('is empty when no path is short enough, or when there is none', async () => {
    expect(await paths({ from: 'Outlet:cnn', to: 'Actor:nato', maxLength: 1 })).toEqual({
      nodes: [],
      edges: [],
    });
    expect(await paths({ from: 'Outlet:cnn', to: `Actor:${lonely}`, maxLength: 6 })).toEqual({
      nodes: [],
      edges: [],
    });
  });

  it('treats a node as its own path', async () => {
    const g = await paths({ from: 'Actor:nato', to: 'Actor:nato' });
    expect(g.nodes.map((n) => n.id)).toEqual(['Actor:nato']);
    expect(g.edges).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown end and BAD_USER_INPUT for maxLength out of 1–6', async () => {
    expect((await failure(PATHS, { from: 'Outlet:cnn', to: 'Actor:no-such-actor' })).code).toBe('NOT_FOUND');
    expect((await failure(PATHS, { from: 'Outlet:nope', to: 'Actor:nato' })).code).toBe('NOT_FOUND');
    for (const maxLength of [0, 7]) {
      expect((await failure(PATHS, { from: 'Outlet:cnn', to: 'Actor:nato', maxLength })).code).toBe(
        'BAD_USER_INPUT',
      );
    }
  });
});

describe('stance edges in graph views', () => {
  const said = own.doc.statements.find((s) => s.speaker !== null && s.positions.length > 0);
  if (!said) throw new Error('the seed has no statement of a speaker taking a position');
  const [taken] = said.positions;
  const statementId = `Statement:${said.id}`;
  const positionId = `Position:${taken?.position}`;
  const shown = { stance: taken?.stance, articles: [own.doc.article.id] };

  it('store the stance copies for the indexes', async () => {
    // Without the copies on the stored edge, the views below would show nothing to leave out.
    const { records } = await graph.driver.executeQuery(
      `MATCH (:Statement {id: $id})-[r:TAKES_POSITION]->() RETURN r.speaker AS speaker, r.position AS position,
         toString(r.statedOn) AS statedOn, r.statedOnPrecision IS NOT NULL AS precise`,
      { id: said.id },
    );
    expect(said.statedOn).not.toBeNull();
    expect(records.map((r) => r.toObject())).toContainEqual({
      speaker: said.speaker,
      position: taken?.position,
      statedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      precise: true,
    });
  });

  it('show only the stance and its articles, not the stance copies, in neighborhoods and paths', async () => {
    const around = await neighborhood({ id: statementId, types: ['TAKES_POSITION'] });
    const between = await paths({ from: statementId, to: positionId, maxLength: 1 });
    for (const g of [around, between]) {
      const edge = g.edges.find((e) => e.source === statementId && e.target === positionId);
      expect(edge?.type).toBe('TAKES_POSITION');
      expect(edge?.properties).toEqual(shown);
    }
  });
});

describe('stanceMatrix', () => {
  const MATRIX = `query ($actors: [ID!]!, $positions: [ID!], $includeAffiliates: Boolean) {
    stanceMatrix(actors: $actors, positions: $positions, includeAffiliates: $includeAffiliates) {
      actor { id } position { id } stance statementCount statements { id }
    }
  }`;
  type Cell = {
    actor: { id: string };
    position: { id: string };
    stance: string;
    statementCount: number;
    statements: { id: string }[];
  };
  const matrix = async (variables: Record<string, unknown>) =>
    (await query<{ stanceMatrix: Cell[] }>(MATRIX, variables)).stanceMatrix;

  /** Actors whose words count for `actor`, from the seed's affiliations (roles and hops as the API uses). */
  function speakersFor(actor: string): Set<string> {
    const roles = ['spokesperson_for', 'part_of', 'represents', 'belongs_to', 'leads'];
    const speakers = new Set([actor]);
    let frontier = [actor];
    for (let hop = 0; hop < 3; hop += 1) {
      frontier = seed.affiliations
        .filter((a) => roles.includes(a.role) && frontier.includes(a.of) && !speakers.has(a.actor))
        .map((a) => a.actor);
      for (const s of frontier) speakers.add(s);
    }
    return speakers;
  }

  const expectedStatements = (speakers: Set<string>, position: string, stance: string) =>
    seed.statements
      .filter(
        (s) =>
          s.speaker !== null &&
          speakers.has(s.speaker) &&
          s.positions.some((p) => p.position === position && p.stance === stance),
      )
      .map((s) => `Statement:${s.id}`)
      .sort();

  it("derives Russia's stance on sanctions from Peskov's statements via the Kremlin", async () => {
    const speakers = speakersFor('russia');
    expect(speakers).toEqual(
      new Set(['russia', 'kremlin', 'dmitry-peskov', 'russian-leadership', 'russian-delegation']),
    );
    const cells = await matrix({ actors: ['russia'], positions: ['sanctions'] });
    const dismisses = cells.find((c) => c.stance === 'DISMISSES');
    expect(dismisses).toMatchObject({
      actor: { id: 'Actor:russia' },
      position: { id: 'Position:sanctions' },
    });
    const expected = expectedStatements(speakers, 'sanctions', 'dismisses');
    expect(expected.length).toBeGreaterThan(0);
    expect(dismisses?.statements.map((s) => s.id).sort()).toEqual(expected);
    expect(dismisses?.statementCount).toBe(expected.length);
    for (const statement of expected) {
      expect(seed.statements.find((s) => `Statement:${s.id}` === statement)?.speaker).toBe('dmitry-peskov');
    }
    const stances = new Set(
      seed.statements
        .filter((s) => s.speaker !== null && speakers.has(s.speaker))
        .flatMap((s) =>
          s.positions.filter((p) => p.position === 'sanctions').map((p) => p.stance.toUpperCase()),
        ),
    );
    expect(new Set(cells.map((c) => c.stance))).toEqual(stances);
  });

  it('without affiliates, Russia has no stance on sanctions of its own', async () => {
    expect(expectedStatements(new Set(['russia']), 'sanctions', 'dismisses')).toEqual([]);
    expect(await matrix({ actors: ['russia'], positions: ['sanctions'], includeAffiliates: false })).toEqual(
      [],
    );
  });

  it('takes global ids, keeps the order of the actors asked and covers every position by default', async () => {
    const cells = await matrix({ actors: ['Actor:dmitry-peskov', 'russia'], includeAffiliates: false });
    const actors = cells.map((c) => c.actor.id);
    expect(actors.indexOf('Actor:russia')).toBeGreaterThan(actors.lastIndexOf('Actor:dmitry-peskov'));
    const russia = cells.filter((c) => c.actor.id === 'Actor:russia');
    const expected = seed.statements
      .filter((s) => s.speaker === 'russia')
      .flatMap((s) => s.positions.map((p) => `${p.position}/${p.stance.toUpperCase()}`));
    expect(new Set(russia.map((c) => `${c.position.id.slice('Position:'.length)}/${c.stance}`))).toEqual(
      new Set(expected),
    );
  });

  it('answers NOT_FOUND for an unknown actor or position', async () => {
    expect((await failure(MATRIX, { actors: ['russia', 'no-such-actor'] })).code).toBe('NOT_FOUND');
    expect((await failure(MATRIX, { actors: ['russia'], positions: ['no-such-position'] })).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('outletCoverage', () => {
  const COVERAGE = `query ($outlets: [ID!], $actors: [ID!]) {
    outletCoverage(outlets: $outlets, actors: $actors) {
      outlet { id } actor { id } statementCount originalMediumCount citedViaCount
    }
  }`;
  type Row = {
    outlet: { id: string };
    actor: { id: string };
    statementCount: number;
    originalMediumCount: number;
    citedViaCount: number;
  };
  const coverage = async (variables: Record<string, unknown>) =>
    (await query<{ outletCoverage: Row[] }>(COVERAGE, variables)).outletCoverage;

  /** The expected rows for one speaker of a document, counted from the annotation. */
  function expectedFor(doc: AnnotatedArticle, speaker: string) {
    const rows = new Map<string, Row>();
    for (const s of doc.statements.filter((x) => x.speaker === speaker)) {
      const outlets = new Set([...(s.originalMedium ? [s.originalMedium] : []), ...s.citedVia]);
      for (const outlet of outlets) {
        const row = rows.get(outlet) ?? {
          outlet: { id: `Outlet:${outlet}` },
          actor: { id: `Actor:${speaker}` },
          statementCount: 0,
          originalMediumCount: 0,
          citedViaCount: 0,
        };
        row.statementCount += 1;
        if (s.originalMedium === outlet) row.originalMediumCount += 1;
        if (s.citedVia.includes(outlet)) row.citedViaCount += 1;
        rows.set(outlet, row);
      }
    }
    return [...rows.values()].sort(
      (a, b) => b.statementCount - a.statementCount || a.outlet.id.localeCompare(b.outlet.id),
    );
  }

  it("shows CNN and Sputnik carrying Peskov's statements with the annotated counts", async () => {
    const expected = expectedFor(seed, 'dmitry-peskov');
    expect(expected.map((r) => r.outlet.id)).toEqual(['Outlet:cnn', 'Outlet:sputnik']);
    expect(await coverage({ actors: ['dmitry-peskov'] })).toEqual(expected);
    const speaker = own.doc.actors.find((a) => a.id.startsWith('dmitry-peskov'))?.id;
    expect(await coverage({ actors: [`Actor:${speaker}`] })).toEqual(expectedFor(own.doc, speaker ?? ''));
  });

  it('filters by outlet and sorts by statement count', async () => {
    const sputnik = await coverage({ outlets: ['Outlet:sputnik'] });
    expect(sputnik.length).toBeGreaterThan(0);
    expect(sputnik.every((r) => r.outlet.id === 'Outlet:sputnik')).toBe(true);
    expect(sputnik.map((r) => r.actor.id)).toContain('Actor:dmitry-peskov');
    expect(await coverage({ outlets: ['sputnik'], actors: ['dmitry-peskov'] })).toEqual(
      expectedFor(seed, 'dmitry-peskov').filter((r) => r.outlet.id === 'Outlet:sputnik'),
    );
    const all = await coverage({});
    const counts = all.map((r) => r.statementCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(await coverage({ actors: [] })).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown outlet or actor', async () => {
    expect((await failure(COVERAGE, { outlets: ['no-such-outlet'] })).code).toBe('NOT_FOUND');
    expect((await failure(COVERAGE, { actors: ['no-such-actor'] })).code).toBe('NOT_FOUND');
  });
});
