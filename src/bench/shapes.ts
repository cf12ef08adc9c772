import { PATHS_DEFAULT_MAX_DEGREE } from '../graph/graph-views.js';
import { type Corpus, createRandom } from './corpus.js';

type Vars = Record<string, unknown>;
type Data = Record<string, unknown>;

/**
 * One query shape, asked of claimgraph (A) and @neo4j/graphql (B) in each API's own terms, with a normaliser
 * per API that reduces a response to comparable values (ids, stances, counts), so that equivalence is checked
 * before anything is timed.
 */
export type Shape = {
  name: string;
  description: string;
  /** Parameter sets, cycled through by the load loop. */
  params: Vars[];
  a: { query: string; vars(p: Vars): Vars; normalize(data: Data): string[] };
  b: { query: string; vars(p: Vars): Vars; normalize(data: Data): string[] };
  /** Whether the order of the normalised values matters (pages do, sets do not). */
  ordered: boolean;
};

/** Reads a nested property path of untyped JSON, or undefined. */
function get(value: unknown, ...path: (string | number)[]): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));
const stripType = (globalId: string) => globalId.slice(globalId.indexOf(':') + 1);

/**
 * Parameters drawn from the generated corpus itself (no database needed): statements of randomly chosen
 * articles give statement ids, and their speakers, positions, tag words and mentions are popularity-weighted
 * by construction (a hot actor speaks in many sampled statements), so the workload mixes hot and cold entities
 * the way the corpus does.
 */
export function buildShapes(corpus: Corpus, count = 24, seed = 7): Shape[] {
  const random = createRandom(seed);
  const statements = Array.from({ length: count * 4 }, () =>
    corpus.article(Math.floor(random() * corpus.options.articles)),
  ).flatMap((a) => a.statements);
  const take = <T>(values: T[]): T[] => values.slice(0, count);
  const statementIds = take(statements.map((s) => s.id));
  const speakers = take(statements.map((s) => s.speaker));
  const positions = take(statements.flatMap((s) => s.positions.map((p) => p.position)));
  const tags = take(statements.map((s) => s.text.slice(s.text.lastIndexOf(' ') + 1)));
  const pairs = take(
    statements
      .flatMap((s) => s.mentions.map((m) => ({ from: s.speaker, to: m.actor })))
      .filter((p) => p.from !== p.to),
  );
  const stances = take(
    statements.flatMap((s) => s.positions.map((p) => ({ id: s.speaker, position: p.position }))),
  );

  return [
    {
      name: 'point',
      description: 'one statement by id',
      params: statementIds.map((id) => ({ id })),
      ordered: false,
      a: {
        query: 'query($id: ID!) { statement(id: $id) { key text speechAct statedOn { value } } }',
        vars: (p) => p,
        normalize: (d) => [str(get(d, 'statement', 'key')), str(get(d, 'statement', 'text'))],
      },
      b: {
        query: 'query($id: ID!) { statements(where: { id: { eq: $id } }) { id text speechAct statedOn } }',
        vars: (p) => p,
        normalize: (d) => [str(get(d, 'statements', 0, 'id')), str(get(d, 'statements', 0, 'text'))],
      },
    },
    {
      name: 'actor-2hop',
      description: "an actor's 10 newest statements → their positions (with stance) and outlets",
      params: speakers.map((id) => ({ id })),
      ordered: true,
      a: {
        query: `query($id: ID!) { actor(id: $id) { key name statements(first: 10) { edges { node {
          key positions { stance position { key name } } originalMedium { key name } citedVia { key name } } } } } }`,
        vars: (p) => p,
        normalize: (d) =>
          list(get(d, 'actor', 'statements', 'edges')).map((e) => {
            const n = get(e, 'node');
            const ps = list(get(n, 'positions'))
              .map((p) => `${str(get(p, 'position', 'key'))}:${str(get(p, 'stance')).toLowerCase()}`)
              .sort();
            const medium = get(n, 'originalMedium', 'key');
            const cited = list(get(n, 'citedVia')).map((o) => str(get(o, 'key')));
            return `${str(get(n, 'key'))}|${ps.join(',')}|${medium ? str(medium) : ''}|${cited.sort().join(',')}`;
          }),
      },
      b: {
        query: `query($id: ID!) { actors(where: { id: { eq: $id } }) { id name
          statements(limit: 10, sort: [{ statedOn: DESC }, { id: ASC }]) { id
            positionsConnection { edges { properties { stance } node { id name } } }
            saidTo { id name } citedVia { id name } } } }`,
        vars: (p) => p,
        normalize: (d) =>
          list(get(d, 'actors', 0, 'statements')).map((n) => {
            const ps = list(get(n, 'positionsConnection', 'edges'))
              .map((e) => `${str(get(e, 'node', 'id'))}:${str(get(e, 'properties', 'stance'))}`)
              .sort();
            const medium = get(n, 'saidTo', 0, 'id');
            const cited = list(get(n, 'citedVia')).map((o) => str(get(o, 'id')));
            return `${str(get(n, 'id'))}|${ps.join(',')}|${medium ? str(medium) : ''}|${cited.sort().join(',')}`;
          }),
      },
    },
    {
      name: 'statements-filtered',
      description: 'statements on a position with speech act claim: first 20 newest + totalCount',
      params: positions.map((id) => ({ id })),
      ordered: true,
      a: {
        query: `query($id: ID!) { statements(filter: { position: $id, speechAct: CLAIM }, first: 20) {
          totalCount edges { node { key } } } }`,
        vars: (p) => p,
        normalize: (d) => [
          `total:${str(get(d, 'statements', 'totalCount'))}`,
          ...list(get(d, 'statements', 'edges')).map((e) => str(get(e, 'node', 'key'))),
        ],
      },
      b: {
        query: `query($id: ID!) { statementsConnection(first: 20,
          where: { speechAct: { eq: "claim" }, positions: { some: { id: { eq: $id } } } },
          sort: [{ statedOn: DESC }, { id: ASC }]) { totalCount edges { node { id } } } }`,
        vars: (p) => p,
        normalize: (d) => [
          `total:${str(get(d, 'statementsConnection', 'totalCount'))}`,
          ...list(get(d, 'statementsConnection', 'edges')).map((e) => str(get(e, 'node', 'id'))),
        ],
      },
    },
    {
      name: 'search-1hop',
      description: 'full-text search of statements for a word, each hit with its speaker',
      params: tags.map((q) => ({ q })),
      ordered: false,
      a: {
        query: `query($q: String!) { search(query: $q, first: 50, kinds: [STATEMENT]) { node {
          ... on Statement { key speaker { key name } } } } }`,
        vars: (p) => p,
        normalize: (d) =>
          list(get(d, 'search'))
            .map((h) => `${str(get(h, 'node', 'key'))}|${str(get(h, 'node', 'speaker', 'key'))}`)
            .sort(),
      },
      b: {
        query: `query($q: String!) { statementsFulltext(phrase: $q, first: 50) { edges { node {
          id speaker { id name } } } } }`,
        vars: (p) => p,
        normalize: (d) =>
          list(get(d, 'statementsFulltext', 'edges'))
            .map((e) => `${str(get(e, 'node', 'id'))}|${str(get(e, 'node', 'speaker', 0, 'id'))}`)
            .sort(),
      },
    },
    {
      name: 'neighborhood-2',
      // Both ask for the actor's 10 newest statements (claimgraph's per-node order: newest first, ties by id;
      // every corpus statement is dated) and, for each, its first 10 positions by id (positions are undated).
      description:
        "an actor's neighborhood, depth 2 over SAID and TAKES_POSITION, 10 per node: its 10 newest statements, " +
        'each with up to 10 positions by id',
      params: speakers.map((id) => ({ id })),
      ordered: false,
      a: {
        query: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 10,
          relationshipTypes: ["SAID", "TAKES_POSITION"]) { nodes { id } } }`,
        vars: (p) => ({ id: `Actor:${str(p.id)}` }),
        normalize: (d) =>
          list(get(d, 'neighborhood', 'nodes'))
            .map((n) => stripType(str(get(n, 'id'))))
            .sort(),
      },
      b: {
        query: `query($id: ID!) { actors(where: { id: { eq: $id } }) { id
          statements(limit: 10, sort: [{ statedOn: DESC }, { id: ASC }]) { id
            positions(limit: 10, sort: [{ id: ASC }]) { id } } } }`,
        vars: (p) => p,
        normalize: (d) => {
          const ids = new Set<string>();
          for (const actor of list(get(d, 'actors'))) {
            ids.add(str(get(actor, 'id')));
            for (const s of list(get(actor, 'statements'))) {
              ids.add(str(get(s, 'id')));
              for (const p of list(get(s, 'positions'))) ids.add(str(get(p, 'id')));
            }
          }
          return [...ids].sort();
        },
      },
    },
    {
      name: 'paths',
      description: `all shortest paths (≤ 4 hops, ≤ 10 paths) between two actors through no node with more than ${PATHS_DEFAULT_MAX_DEGREE} relationships`,
      params: pairs.map((p) => ({ from: p.from, to: p.to })),
      ordered: false,
      a: {
        query: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4,
          maxDegree: ${PATHS_DEFAULT_MAX_DEGREE}) { nodes { id } } }`,
        vars: (p) => ({ from: `Actor:${str(p.from)}`, to: `Actor:${str(p.to)}` }),
        normalize: (d) =>
          list(get(d, 'paths', 'nodes'))
            .map((n) => stripType(str(get(n, 'id'))))
            .sort(),
      },
      b: {
        query: `query($from: ID!, $to: ID!) { pathNodeIds(from: $from, to: $to,
          maxDegree: ${PATHS_DEFAULT_MAX_DEGREE}) }`,
        vars: (p) => p,
        normalize: (d) => list(get(d, 'pathNodeIds')).map(str).sort(),
      },
    },
    {
      name: 'actor-timeline',
      description: "an actor's stance on a position per month: counts per stance and the 3 newest statements",
      params: stances,
      ordered: true,
      a: {
        query: `query($id: ID!, $position: ID!) { actor(id: $id) { stanceTimeline(position: $position,
          granularity: MONTH, statementsPerPeriod: 3) { periods { start stances { stance statementCount
          statements { key } } } undated { stance statementCount } } } }`,
        vars: (p) => p,
        normalize: (d) => [
          ...list(get(d, 'actor', 'stanceTimeline', 'periods')).flatMap((period) =>
            list(get(period, 'stances')).map((c) => timelineCell(str(get(period, 'start')).slice(0, 7), c)),
          ),
          ...list(get(d, 'actor', 'stanceTimeline', 'undated')).map((c) => timelineCell('undated', c)),
        ],
      },
      b: {
        // The library has no grouping: the closest is every statement of the actor on the position with its
        // date and stance, grouped by month by the client (here, the normaliser).
        query: `query($id: ID!, $position: ID!) { actors(where: { id: { eq: $id } }) {
          statements(where: { positions: { some: { id: { eq: $position } } } }) { id statedOn
            positionsConnection(where: { node: { id: { eq: $position } } }) { edges { properties { stance } } } } } }`,
        vars: (p) => p,
        normalize: (d) => groupByMonth(list(get(d, 'actors', 0, 'statements'))),
      },
    },
  ];
}

/** A timeline cell as comparable text: period, stance, count and the newest statements' ids. */
function timelineCell(period: string, cell: unknown): string {
  const keys = list(get(cell, 'statements')).map((s) => str(get(s, 'key')));
  return `${period}|${str(get(cell, 'stance')).toLowerCase()}|${str(get(cell, 'statementCount'))}|${keys.join(',')}`;
}

/**
 * @neo4j/graphql's statements grouped as claimgraph's timeline groups them: by month and stance, oldest month
 * first, each cell with its count and its 3 newest statements (newest date first, then id); undated ones last.
 */
function groupByMonth(statements: unknown[]): string[] {
  type Row = { id: string; date: string | null; stance: string };
  const rows: Row[] = statements.flatMap((s) =>
    list(get(s, 'positionsConnection', 'edges')).map((e) => {
      const date = get(s, 'statedOn');
      return {
        id: str(get(s, 'id')),
        date: typeof date === 'string' ? date : null,
        stance: str(get(e, 'properties', 'stance')).toLowerCase(),
      };
    }),
  );
  const cells = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.date ? row.date.slice(0, 7) : 'undated'}|${row.stance}`;
    cells.set(key, [...(cells.get(key) ?? []), row]);
  }
  const newestFirst = (x: Row, y: Row) =>
    (y.date ?? '').localeCompare(x.date ?? '') || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  return [...cells.entries()]
    .sort(
      ([x], [y]) => (x.startsWith('undated') ? 1 : 0) - (y.startsWith('undated') ? 1 : 0) || (x < y ? -1 : 1),
    )
    .map(([key, cell]) => {
      const newest = key.startsWith('undated') ? [] : [...cell].sort(newestFirst).slice(0, 3);
      return `${key}|${cell.length}|${newest.map((r) => r.id).join(',')}`;
    });
}
