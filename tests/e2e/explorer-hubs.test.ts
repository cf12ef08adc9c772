import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestGraph } from '../support/graph.js';
import {
  DESKTOP,
  nodeIds,
  type PageGlobals,
  pickWithKeyboard,
  settled,
  startExplorer,
} from './support/explorer-page.js';

/**
 * Paths through a hub (issue 15): two members of one assembly are connected only through it, and the assembly is a
 * hub (more relationships than the API's default `maxDegree`, 1,000). A person asks the explorer how the two are
 * connected, is told nothing was found while hubs are avoided, ticks "Through hubs" and gets the path. The
 * test holds against the API's answer only (how the server finds paths is not its business).
 */

const ARTIFACTS = 'test-results/explorer-hubs';
const run = randomUUID().slice(0, 8);
const id = (name: string) => `hubs-e2e-${run}-${name}`;
// One more relationship than the API's default cap: what makes the assembly a hub.
const HUB_STATEMENTS = 1_001;
const FROM = { id: id('orla'), name: `Orla Quenby ${run}` };
const TO = { id: id('tamsin'), name: `Tamsin Vrell ${run}` };
const HUB = { id: id('assembly'), name: `Assembly of Meridia ${run}` };

const graph = connectTestGraph();
let explorer: Awaited<ReturnType<typeof startExplorer>>;

beforeAll(async () => {
  await graph.executor.applySchema();
  // Written directly, as in tests/integration/schema/graph-hubs.test.ts: a thousand statements of one speaker
  // are the data's shape here, not what the importer is tested on.
  await graph.driver.executeQuery(
    `CREATE (hub:Actor {id: $hub.id, name: $hub.name, nameKey: toLower($hub.name), kind: 'alliance'})
     CREATE (from:Actor {id: $from.id, name: $from.name, nameKey: toLower($from.name), kind: 'person'})
     CREATE (to:Actor {id: $to.id, name: $to.name, nameKey: toLower($to.name), kind: 'person'})
     CREATE (from)-[:AFFILIATED_WITH {role: 'member_of'}]->(hub)
     CREATE (to)-[:AFFILIATED_WITH {role: 'member_of'}]->(hub)
     WITH hub
     UNWIND range(1, $count) AS i
     CREATE (hub)-[:SAID]->(:Statement {id: $hub.id + ':s' + toString(i), text: 'The assembly resolved item ' + toString(i),
       speechAct: 'claim'})`,
    { hub: HUB, from: FROM, to: TO, count: HUB_STATEMENTS },
  );
  explorer = await startExplorer(graph, ARTIFACTS);
});

afterAll(async () => {
  await explorer?.stop();
  await graph.driver.executeQuery(
    'MATCH (n) WHERE (n:Actor OR n:Statement) AND n.id STARTS WITH $prefix DETACH DELETE n',
    { prefix: id('') },
  );
  await graph.close();
});

describe('paths through a hub in the explorer', () => {
  it('finds no path avoiding the hub, then the path through it once "Through hubs" is ticked', async () => {
    // The premise, as the API states it: the assembly has more relationships than the default cap (one drawn
    // with the rest hidden).
    const around = await graph.graphql<{
      neighborhood: { nodes: { id: string; hiddenNeighbors: number }[] };
    }>(`query ($id: ID!) { neighborhood(id: $id, limit: 1) { nodes { id hiddenNeighbors } } }`, {
      id: `Actor:${HUB.id}`,
    });
    expect(around.errors).toBeUndefined();
    expect(around.data?.neighborhood.nodes.find((n) => n.id === `Actor:${HUB.id}`)?.hiddenNeighbors).toBe(
      HUB_STATEMENTS + 2 - 1,
    );

    const page = await explorer.open(DESKTOP);
    await page.goto(`${explorer.base}/explore`);
    await page.click('label[for="mode-paths"]');
    const hubs = page.getByRole('checkbox', { name: 'Through hubs' });
    await expect(hubs.isChecked()).resolves.toBe(false);
    await pickWithKeyboard(page, '#from-input', 'Orla Quenby', 'Actor', FROM.name);
    await pickWithKeyboard(page, '#to-input', 'Tamsin Vrell', 'Actor', TO.name);
    // Nothing drawn, and the page says why: hubs were avoided, and how to let the search through them.
    const empty = page.locator('#empty-state');
    const emptyText = async () => ((await empty.isVisible()) ? empty.textContent() : null);
    await expect
      .poll(() => emptyText(), { timeout: 60_000 })
      .toMatch(
        /No path of at most 4 hops between these two, avoiding hubs \(nodes with more than 1,000 relationships\)\. Try more hops or Through hubs\./,
      );
    expect(await nodeIds(page)).toEqual([]);
    // The ends are not drawn, yet the boxes still name them as they were picked.
    await expect(page.locator('#from-input').inputValue()).resolves.toBe(FROM.name);
    await expect(page.locator('#to-input').inputValue()).resolves.toBe(TO.name);
    expect(page.url()).not.toContain('hubs=1');
    await explorer.shot(page, '1-no-path-avoiding-hubs');

    await hubs.check();
    await settled(page, { drawn: [`Actor:${FROM.id}`, `Actor:${TO.id}`] });
    expect((await nodeIds(page)).sort()).toEqual(
      [`Actor:${FROM.id}`, `Actor:${HUB.id}`, `Actor:${TO.id}`].sort(),
    );
    expect(page.url()).toContain('hubs=1');
    await expect(empty.isVisible()).resolves.toBe(false);
    const title = page.locator('#panel .panel-title');
    await expect.poll(() => title.textContent(), { timeout: 30_000 }).toBe('1 shortest path, 2 hops');
    await expect(page.locator('#panel .path-steps .path-node').allTextContents()).resolves.toEqual([
      expect.stringContaining(FROM.name),
      expect.stringContaining(HUB.name),
      expect.stringContaining(TO.name),
    ]);
    // Ticked, the panel no longer says hubs are avoided.
    await expect(page.locator('#panel').textContent()).resolves.not.toContain('Paths avoid hubs');
    await explorer.shot(page, '2-path-through-hub');

    // Unticking goes back to the capped search, with its note.
    await hubs.uncheck();
    await expect.poll(() => emptyText(), { timeout: 60_000 }).toMatch(/avoiding hubs/);
    expect(
      await page.evaluate(() => (globalThis as unknown as PageGlobals).claimgraphExplorer.cy.nodes().length),
    ).toBe(0);
    expect(explorer.problems).toEqual([]);
    expect(explorer.offsite).toEqual([]);
    await page.close();
  });

  it('a shared link to paths that finds nothing names both ends in the boxes, and says which id names nothing', async () => {
    // Someone sends the link of the view above (no path avoiding the hub); it opens in a fresh page, where
    // nothing is drawn and nothing was picked by hand.
    const link = `${explorer.base}/explore#mode=paths&from=Actor:${FROM.id}&to=Actor:${TO.id}`;
    const page = await explorer.open(DESKTOP);
    await page.goto(link);
    const empty = page.locator('#empty-state');
    await expect
      .poll(async () => ((await empty.isVisible()) ? empty.textContent() : null), { timeout: 60_000 })
      .toMatch(/No path of at most 4 hops between these two, avoiding hubs/);
    expect(await nodeIds(page)).toEqual([]);
    await expect.poll(() => page.locator('#from-input').inputValue(), { timeout: 30_000 }).toBe(FROM.name);
    await expect.poll(() => page.locator('#to-input').inputValue(), { timeout: 30_000 }).toBe(TO.name);
    await expect(page.title()).resolves.toBe(`${FROM.name} → ${TO.name} · claimgraph explorer`);
    await explorer.shot(page, '3-link-without-path');

    // A link whose end has since gone (or was mistyped): the paths query fails, and the empty canvas says so
    // in place of what to do next; the end that exists is named, the other keeps its id.
    const gone = `Actor:${id('nobody')}`;
    await page.goto(`${explorer.base}/explore#mode=paths&from=Actor:${FROM.id}&to=${gone}`);
    await page.reload();
    await expect
      .poll(async () => ((await empty.isVisible()) ? empty.textContent() : null), { timeout: 60_000 })
      .toContain(
        `The paths could not be drawn: nothing in the graph has the id ${gone}. Check the link, or pick the entity again.`,
      );
    await expect.poll(() => page.locator('#from-input').inputValue(), { timeout: 30_000 }).toBe(FROM.name);
    await expect(page.locator('#to-input').inputValue()).resolves.toBe(gone);
    await expect(page.locator('#error').isVisible()).resolves.toBe(false);
    await explorer.shot(page, '4-link-with-unknown-end');

    // Only one end in the link, and it names nothing: no paths query runs, the lookup says so.
    await page.goto(`${explorer.base}/explore#mode=paths&from=${gone}`);
    await page.reload();
    const error = page.locator('#error');
    await expect
      .poll(() => error.textContent(), { timeout: 30_000 })
      .toBe(`Nothing in the graph has the id ${gone}: check the link, or pick the entity again.`);
    await expect(page.locator('#from-input').inputValue()).resolves.toBe(gone);
    await explorer.shot(page, '5-link-with-unknown-start');
    expect(explorer.problems).toEqual([]);
    expect(explorer.offsite).toEqual([]);
    await page.close();
  });
  it('says on the canvas, in plain words, that paths could not be loaded when the server cannot be reached', async () => {
    const page = await explorer.open(DESKTOP);
    await page.goto(`${explorer.base}/explore#mode=paths&from=Actor:${FROM.id}&to=Actor:${TO.id}`);
    const empty = page.locator('#empty-state');
    const emptyText = async () => ((await empty.isVisible()) ? empty.textContent() : null);
    await expect.poll(() => emptyText(), { timeout: 60_000 }).toMatch(/No path of at most 4 hops/);
    await expect.poll(() => page.locator('#to-input').inputValue(), { timeout: 30_000 }).toBe(TO.name);

    // The connection drops, and the person asks for paths through hubs: the request never reaches the server.
    await page.context().setOffline(true);
    await page.getByRole('checkbox', { name: 'Through hubs' }).check();
    await expect
      .poll(() => emptyText(), { timeout: 30_000 })
      .toContain(
        'The paths could not be drawn: the server cannot be reached. Check your connection, then try again.',
      );
    expect(await nodeIds(page)).toEqual([]);
    await expect(emptyText()).resolves.not.toContain('Search for an entity');
    // The boxes keep the ends as they were.
    await expect(page.locator('#from-input').inputValue()).resolves.toBe(FROM.name);
    await expect(page.locator('#to-input').inputValue()).resolves.toBe(TO.name);
    await explorer.shot(page, '6-paths-server-unreachable');

    // Back online, asking again draws the path and the failure goes.
    await page.context().setOffline(false);
    await page.getByRole('checkbox', { name: 'Through hubs' }).uncheck();
    await expect.poll(() => emptyText(), { timeout: 60_000 }).toMatch(/avoiding hubs/);
    await page.getByRole('checkbox', { name: 'Through hubs' }).check();
    await settled(page, { drawn: [`Actor:${FROM.id}`, `Actor:${HUB.id}`, `Actor:${TO.id}`] });
    await expect(empty.isVisible()).resolves.toBe(false);
    // The only console errors are the failed requests while offline.
    expect(explorer.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    expect(explorer.offsite).toEqual([]);
    await page.close();
  });
});
