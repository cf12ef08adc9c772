import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphViewRepository } from '../../../src/graph/graph-views.js';
import { connectTestGraph } from '../../support/graph.js';

/**
 * Hubs in graph views: a neighborhood takes a hub's newest neighbors (walking the date index or reading the
 * hub whole, which must give the same answer), and paths do not pass through a hub unless asked.
 */
const graph = connectTestGraph();
const run = randomUUID().slice(0, 8);
const id = (name: string) => `hubs-${run}-${name}`;

const HUB_STATEMENTS = 300;
const HUB_UNDATED = 10;
/** Statement i of the hub, dated two to a day (ties broken by id) except the last HUB_UNDATED. */
const hubStatement = (i: number) => ({
  id: id(`hub:s${String(i).padStart(3, '0')}`),
  statedOn:
    i < HUB_STATEMENTS - HUB_UNDATED
      ? new Date(Date.UTC(2020, 0, 1 + Math.floor(i / 2))).toISOString().slice(0, 10)
      : null,
});
const hubStatements = Array.from({ length: HUB_STATEMENTS }, (_, i) => hubStatement(i));
/** The quiet actor: a few dated statements, a few undated ones and an ally. */
const quietStatements = [
  { id: id('quiet:s1'), statedOn: '2021-03-01' },
  { id: id('quiet:s2'), statedOn: '2021-05-01' },
  { id: id('quiet:s3'), statedOn: '2021-05-01' },
  { id: id('quiet:u2'), statedOn: null },
  { id: id('quiet:u1'), statedOn: null },
];

beforeAll(async () => {
  await graph.executor.applySchema();
  await graph.driver.executeQuery(
    `CREATE (hub:Actor {id: $hub, name: 'Hub', nameKey: 'hub', kind: 'STATE'})
     CREATE (quiet:Actor {id: $quiet, name: 'Quiet', nameKey: 'quiet', kind: 'PERSON'})
     CREATE (ally:Actor {id: $ally, name: 'Ally', nameKey: 'ally', kind: 'PERSON'})
     CREATE (left:Actor {id: $left, name: 'Left', nameKey: 'left', kind: 'PERSON'})
     CREATE (right:Actor {id: $right, name: 'Right', nameKey: 'right', kind: 'PERSON'})
     CREATE (outlet:Outlet {id: $outlet, name: 'Small Outlet', nameKey: 'small outlet', kind: 'NEWSPAPER'})
     CREATE (hub)-[:AFFILIATED_WITH {role: 'member_of'}]->(ally)
     CREATE (quiet)-[:AFFILIATED_WITH {role: 'member_of'}]->(ally)
     // The short way from left to right runs through the hub, the long one through a small outlet.
     CREATE (left)-[:AFFILIATED_WITH {role: 'member_of'}]->(hub)
     CREATE (right)-[:AFFILIATED_WITH {role: 'member_of'}]->(hub)
     CREATE (left)-[:SAID]->(:Statement {id: $leftSaid, text: 'Left on it.', speechAct: 'claim'})
       -[:CITED_VIA {article: 'x'}]->(outlet)
     CREATE (right)-[:SAID]->(:Statement {id: $rightSaid, text: 'Right on it.', speechAct: 'claim'})
       -[:CITED_VIA {article: 'x'}]->(outlet)
     WITH hub, quiet
     CALL (hub) {
       UNWIND $hubStatements AS s
       CREATE (hub)-[:SAID]->(:Statement {id: s.id, text: 'Hub says ' + s.id, speechAct: 'claim',
         statedOn: date(s.statedOn)})
     }
     CALL (quiet) {
       UNWIND $quietStatements AS s
       CREATE (quiet)-[:SAID]->(:Statement {id: s.id, text: 'Quiet says ' + s.id, speechAct: 'claim',
         statedOn: date(s.statedOn)})
     }`,
    {
      hub: id('hub'),
      quiet: id('quiet'),
      ally: id('ally'),
      left: id('left'),
      right: id('right'),
      outlet: id('outlet'),
      leftSaid: id('left:s'),
      rightSaid: id('right:s'),
      hubStatements,
      quietStatements,
    },
  );
});

afterAll(async () => {
  await graph.driver.executeQuery(
    'MATCH (n) WHERE (n:Actor OR n:Statement OR n:Outlet OR n:Position) AND n.id STARTS WITH $prefix DETACH DELETE n',
    { prefix: `hubs-${run}-` },
  );
  await graph.close();
});

/** The order the API promises: dated first, newest first, then by type and id; undated by type and id. */
function newestFirst(nodes: { key: string; date: string | null }[]): string[] {
  const code = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...nodes]
    .sort(
      (a, b) =>
        (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) ||
        code(b.date ?? '', a.date ?? '') ||
        code(a.key, b.key),
    )
    .map((n) => n.key);
}

const hubNeighbors = newestFirst([
  ...hubStatements.map((s) => ({ key: `Statement:${s.id}`, date: s.statedOn })),
  { key: `Actor:${id('ally')}`, date: null },
  { key: `Actor:${id('left')}`, date: null },
  { key: `Actor:${id('right')}`, date: null },
]);
const quietNeighbors = newestFirst([
  ...quietStatements.map((s) => ({ key: `Statement:${s.id}`, date: s.statedOn })),
  { key: `Actor:${id('ally')}`, date: null },
]);

type Graph = { nodes: { id: string }[]; hubDegreeCap: number | null };

describe('a neighborhood around a hub', () => {
  // Walk factor 0 walks the date index for every node with a statement; a huge one never walks.
  const ways = [
    ['walking the date index', new GraphViewRepository(graph.executor, { walkFactor: 0 })],
    ['reading the node whole', new GraphViewRepository(graph.executor, { walkFactor: 1e9 })],
  ] as const;

  for (const [way, repo] of ways) {
    it(`takes the hub's newest statements first, ${way}`, async () => {
      const g = await repo.neighborhood(
        { type: 'Actor', id: id('hub') },
        { depth: 1, limit: 10, relationshipTypes: null, drawable: false },
      );
      expect(g.nodes.map((n) => `${n.key.type}:${n.key.id}`)).toEqual([
        `Actor:${id('hub')}`,
        ...hubNeighbors.slice(0, 10),
      ]);
    });

    it(`puts undated neighbors after every dated one, by type and id, ${way}`, async () => {
      const g = await repo.neighborhood(
        { type: 'Actor', id: id('quiet') },
        { depth: 1, limit: 5, relationshipTypes: ['SAID', 'AFFILIATED_WITH'], drawable: false },
      );
      // Walking, the index holds only 3 dated statements: the undated one comes from reading the actor whole.
      expect(g.nodes.map((n) => `${n.key.type}:${n.key.id}`)).toEqual([
        `Actor:${id('quiet')}`,
        ...quietNeighbors.slice(0, 5),
      ]);
      // The ally comes before the undated statements: Actor sorts before Statement.
      expect(quietNeighbors.slice(3)).toEqual([
        `Actor:${id('ally')}`,
        `Statement:${id('quiet:u1')}`,
        `Statement:${id('quiet:u2')}`,
      ]);
    });

    it(`keeps the order over a long page, ${way}`, async () => {
      const g = await repo.neighborhood(
        { type: 'Actor', id: id('hub') },
        { depth: 2, limit: 100, relationshipTypes: ['SAID'], drawable: false },
      );
      // Depth 2 over SAID adds nothing (each statement's only neighbor is the hub): 1 + 100 nodes.
      expect(g.nodes.map((n) => `${n.key.type}:${n.key.id}`)).toEqual([
        `Actor:${id('hub')}`,
        ...hubNeighbors.filter((k) => k.startsWith('Statement:')).slice(0, 100),
      ]);
    });
  }

  it('says so through the API, with the relationships among the nodes', async () => {
    const result = await graph.graphql<{ neighborhood: { nodes: { id: string }[]; edges: unknown[] } }>(
      `query($id: ID!) { neighborhood(id: $id, limit: 10) { nodes { id hiddenNeighbors } edges { id } } }`,
      { id: `Actor:${id('hub')}` },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.neighborhood.nodes.map((n) => n.id)).toEqual([
      `Actor:${id('hub')}`,
      ...hubNeighbors.slice(0, 10),
    ]);
    expect(result.data?.neighborhood.edges).toHaveLength(10);
  });
});

describe('paths and hubs', () => {
  const PATHS = `query($from: ID!, $to: ID!, $maxLength: Int, $maxDegree: Int) {
    paths(from: $from, to: $to, maxLength: $maxLength, maxDegree: $maxDegree) { nodes { id } hubDegreeCap } }`;
  const paths = async (variables: Record<string, unknown>) => {
    const result = await graph.graphql<{ paths: Graph }>(PATHS, {
      from: `Actor:${id('left')}`,
      to: `Actor:${id('right')}`,
      ...variables,
    });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const g = result.data?.paths as Graph;
    return { ids: g.nodes.map((n) => n.id).sort(), cap: g.hubDegreeCap };
  };
  const throughHub = [`Actor:${id('hub')}`, `Actor:${id('left')}`, `Actor:${id('right')}`].sort();
  const aroundHub = [
    `Actor:${id('left')}`,
    `Actor:${id('right')}`,
    `Outlet:${id('outlet')}`,
    `Statement:${id('left:s')}`,
    `Statement:${id('right:s')}`,
  ].sort();

  it('passes through a node under the cap (the default, 1000, is above this hub)', async () => {
    expect(await paths({})).toEqual({ ids: throughHub, cap: 1000 });
  });

  it('goes around a hub above the cap, and says what the cap was', async () => {
    expect(await paths({ maxDegree: 100 })).toEqual({ ids: aroundHub, cap: 100 });
  });

  it('finds nothing when the only short way is through a hub', async () => {
    expect(await paths({ maxDegree: 100, maxLength: 3 })).toEqual({ ids: [], cap: 100 });
  });

  it('passes through every node with maxDegree null', async () => {
    expect(await paths({ maxDegree: null })).toEqual({ ids: throughHub, cap: null });
  });

  it('lets either end be a hub', async () => {
    const result = await paths({ from: `Actor:${id('hub')}`, to: `Actor:${id('left')}`, maxDegree: 100 });
    expect(result).toEqual({ ids: [`Actor:${id('hub')}`, `Actor:${id('left')}`].sort(), cap: 100 });
  });

  describe('with more shortest paths than the limit', () => {
    // Sixteen paths of four hops, wide -> its statement -> the position <- narrow's statement <- narrow; wide has
    // more relationships than narrow, so the search starts from narrow, yet the ten kept are the first read from
    // the end asked for as `from`.
    const wide = (i: number) => id(`wide:s${i}`);
    const narrow = (i: number) => id(`narrow:s${i}`);
    beforeAll(async () => {
      await graph.driver.executeQuery(
        `CREATE (w:Actor {id: $wide, name: 'Wide', nameKey: 'wide', kind: 'PERSON'})
         CREATE (n:Actor {id: $narrow, name: 'Narrow', nameKey: 'narrow', kind: 'PERSON'})
         CREATE (p:Position {id: $position, name: 'An issue', nameKey: 'an issue'})
         WITH w, n, p
         CALL (w, p) {
           UNWIND range(0, 3) AS i
           CREATE (w)-[:SAID]->(:Statement {id: $wideId + i, text: 'Wide ' + i, speechAct: 'claim'})
             -[:TAKES_POSITION {stance: 'supports'}]->(p)
         }
         CALL (w) {
           UNWIND range(4, 6) AS i
           CREATE (w)-[:SAID]->(:Statement {id: $wideId + i, text: 'Wide ' + i, speechAct: 'claim'})
         }
         CALL (n, p) {
           UNWIND range(0, 3) AS i
           CREATE (n)-[:SAID]->(:Statement {id: $narrowId + i, text: 'Narrow ' + i, speechAct: 'claim'})
             -[:TAKES_POSITION {stance: 'opposes'}]->(p)
         }`,
        {
          wide: id('wide'),
          narrow: id('narrow'),
          position: id('position'),
          wideId: id('wide:s'),
          narrowId: id('narrow:s'),
        },
      );
    });
    const pair = [`Actor:${id('wide')}`, `Actor:${id('narrow')}`, `Position:${id('position')}`];

    it('keeps the first ten read from `from` when `from` has more relationships', async () => {
      const result = await paths({ from: `Actor:${id('wide')}`, to: `Actor:${id('narrow')}` });
      const kept = [0, 1, 2]
        .map((i) => `Statement:${wide(i)}`)
        .concat([0, 1, 2, 3].map((i) => `Statement:${narrow(i)}`));
      expect(result).toEqual({ ids: [...pair, ...kept].sort(), cap: 1000 });
    });

    it('keeps the first ten read from `from` when `from` has fewer relationships', async () => {
      const result = await paths({ from: `Actor:${id('narrow')}`, to: `Actor:${id('wide')}` });
      const kept = [0, 1, 2]
        .map((i) => `Statement:${narrow(i)}`)
        .concat([0, 1, 2, 3].map((i) => `Statement:${wide(i)}`));
      expect(result).toEqual({ ids: [...pair, ...kept].sort(), cap: 1000 });
    });
  });

  describe('of one and two hops, checking each neighbor or joining both ends', () => {
    // A fan said twelve statements that each mention the target, and the target said one that mentions the
    // fan: thirteen paths of two hops. The fan also belongs to the hub (a direct path), and left meets the
    // hub's ally through the hub or not at all.
    const fan = (i: number) => id(`fan:s${String(i).padStart(2, '0')}`);
    beforeAll(async () => {
      await graph.driver.executeQuery(
        `MATCH (hub:Actor {id: $hub})
         CREATE (f:Actor {id: $fan, name: 'Fan', nameKey: 'fan', kind: 'PERSON'})
         CREATE (t:Actor {id: $target, name: 'Target', nameKey: 'target', kind: 'PERSON'})
         CREATE (f)-[:AFFILIATED_WITH {role: 'member_of'}]->(hub)
         CREATE (t)-[:SAID]->(:Statement {id: $back, text: 'Target on fan', speechAct: 'claim'})
           -[:MENTIONS {role: 'target'}]->(f)
         WITH f, t
         UNWIND range(0, 11) AS i
         CREATE (f)-[:SAID]->(:Statement {id: $fanId + CASE WHEN i < 10 THEN '0' ELSE '' END + i,
           text: 'Fan ' + i, speechAct: 'claim'})-[:MENTIONS {role: 'mention'}]->(t)`,
        { hub: id('hub'), fan: id('fan'), target: id('target'), back: id('target:s'), fanId: id('fan:s') },
      );
    });
    const ways = [
      ['checking each neighbor', new GraphViewRepository(graph.executor, { intoFactor: 0 })],
      ['joining both ends', new GraphViewRepository(graph.executor, { intoFactor: 1e9 })],
    ] as const;
    const ids = (g: { nodes: { key: { type: string; id: string } }[] }) =>
      g.nodes.map((n) => `${n.key.type}:${n.key.id}`).sort();
    // Two hops at most: a longer search would find the same paths and hide a two-hop way that found none.
    const options = { maxLength: 2, maxDegree: 1000 };

    for (const [way, repo] of ways) {
      it(`keeps the first ten of thirteen two-hop paths, from either end, ${way}`, async () => {
        // Ordered by the ids along each path: the fan's first ten statements (the target's sorts last).
        const kept = [`Actor:${id('fan')}`, `Actor:${id('target')}`]
          .concat(Array.from({ length: 10 }, (_, i) => `Statement:${fan(i)}`))
          .sort();
        const fanSide = await repo.paths(
          { type: 'Actor', id: id('fan') },
          { type: 'Actor', id: id('target') },
          options,
        );
        expect(ids(fanSide)).toEqual(kept);
        const targetSide = await repo.paths(
          { type: 'Actor', id: id('target') },
          { type: 'Actor', id: id('fan') },
          options,
        );
        expect(ids(targetSide)).toEqual(kept);
        expect(targetSide.edges).toHaveLength(20);
      });

      it(`takes a direct relationship over every two-hop path, ${way}`, async () => {
        const g = await repo.paths(
          { type: 'Actor', id: id('hub') },
          { type: 'Actor', id: id('fan') },
          options,
        );
        expect(ids(g)).toEqual([`Actor:${id('fan')}`, `Actor:${id('hub')}`].sort());
      });

      it(`passes a hub in the middle only under the cap, ${way}`, async () => {
        const from = { type: 'Actor', id: id('left') };
        const to = { type: 'Actor', id: id('fan') };
        expect(ids(await repo.paths(from, to, options))).toEqual(
          [`Actor:${id('fan')}`, `Actor:${id('hub')}`, `Actor:${id('left')}`].sort(),
        );
        expect(ids(await repo.paths(from, to, { maxLength: 2, maxDegree: 100 }))).toEqual([]);
      });
    }
  });

  it('answers BAD_USER_INPUT for a cap below 1', async () => {
    const result = await graph.graphql(PATHS, {
      from: `Actor:${id('left')}`,
      to: `Actor:${id('right')}`,
      maxDegree: 0,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
