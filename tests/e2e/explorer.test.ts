import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestGraph } from '../support/graph.js';
import {
  DESKTOP,
  isFiltered,
  nodeData,
  nodeIds,
  type PageGlobals,
  pickWithKeyboard,
  pointOf,
  settled,
  startExplorer,
  TOLD_CNN,
  VIA_SPUTNIK,
} from './support/explorer-page.js';

const ARTIFACTS = 'test-results/explorer';

const graph = connectTestGraph();
let explorer: Awaited<ReturnType<typeof startExplorer>>;
let base = '';
let page: Page;
const shot = (p: Page, name: string) => explorer.shot(p, name);

beforeAll(async () => {
  explorer = await startExplorer(graph, ARTIFACTS);
  base = explorer.base;
  page = await explorer.open(DESKTOP);
});

afterAll(async () => {
  await explorer?.stop();
  await graph.close();
});

describe('explorer assets', () => {
  it('serves the page with its policy, revalidation and a 304 for an unchanged file', async () => {
    const response = await fetch(`${base}/explore`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('/explore/vendor/cytoscape.min.js');
    const etag = response.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await fetch(`${base}/explore/`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('serves scripts, styles and Cytoscape.js from node_modules with their types', async () => {
    const js = await fetch(`${base}/explore/explorer.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const css = await fetch(`${base}/explore/explorer.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const vendor = await fetch(`${base}/explore/vendor/cytoscape.min.js`);
    expect(vendor.status).toBe(200);
    expect(vendor.headers.get('cache-control')).toContain('max-age=');
    expect((await vendor.text()).length).toBeGreaterThan(100_000);
  });

  it('answers 404 for anything off the whitelist and 405 for writes', async () => {
    for (const path of [
      '/explore/nope.js',
      '/explore/%2e%2e/package.json',
      '/explore/..%2fpackage.json',
      '/explore/vendor/',
      '/explore/.env',
    ]) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
    expect((await fetch(`${base}/explore`, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('links to the explorer from the GraphiQL page', async () => {
    const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('href="/explore"');
  });
});

describe('explorer in the browser', () => {
  it('finds Peskov with the keyboard and draws his neighborhood', async () => {
    await page.goto(`${base}/explore`);
    await settled(page);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.id)).toBe(
      'search-input',
    );
    await pickWithKeyboard(page, '#search-input', 'Peskov', 'Actor', 'Dmitry Peskov');
    await settled(page, { drawn: ['Actor:dmitry-peskov'] });
    expect(await nodeIds(page)).toContain(TOLD_CNN);
    expect(page.url()).toContain('focus=Actor:dmitry-peskov');
    await expect
      .poll(() => page.locator('#panel .panel-title').textContent(), { timeout: 10_000 })
      .toBe('Dmitry Peskov');
    await expect
      .poll(() => page.locator('#panel .actor-position').count(), { timeout: 10_000 })
      .toBeGreaterThan(3);
    await shot(page, '1-peskov-neighborhood');
  });

  it('expands statements on double-click: CNN and Sputnik appear', async () => {
    expect(await nodeIds(page)).not.toContain('Outlet:cnn');
    expect(await nodeData(page, TOLD_CNN, 'hidden')).toBeGreaterThan(0);
    const cnnStatement = await pointOf(page, TOLD_CNN);
    await page.mouse.dblclick(cnnStatement.x, cnnStatement.y);
    await settled(page, { drawn: ['Outlet:cnn'] });
    const sputnikStatement = await pointOf(page, VIA_SPUTNIK);
    await page.mouse.dblclick(sputnikStatement.x, sputnikStatement.y);
    await settled(page, { drawn: ['Outlet:sputnik'] });
    expect(page.url()).toContain(`expand=${TOLD_CNN}`);
    expect(page.url()).toContain(`expand=${VIA_SPUTNIK}`);
    await shot(page, '2-expanded');
  });

  it('shows a summary on hover and the statement with its evidence highlighted on click', async () => {
    const at = await pointOf(page, VIA_SPUTNIK);
    // Arrive from elsewhere: the pointer may still rest where the double-click left it.
    await page.mouse.move(at.x - 80, at.y - 80);
    await page.mouse.move(at.x, at.y, { steps: 8 });
    await expect.poll(() => page.locator('#tooltip').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('#tooltip').textContent()).toContain('Said by Dmitry Peskov');
    await page.mouse.click(at.x, at.y);
    const marks = page.locator('#panel mark.evidence');
    await marks.first().waitFor({ timeout: 10_000 });
    expect(await marks.allTextContents()).toContain(
      'He said that they have become accustomed to being subject to United States sanctions',
    );
    const panel = (await page.locator('#panel').textContent()) ?? '';
    expect(panel).toContain('Dmitry Peskov');
    expect(panel).toContain('Sputnik');
    expect(panel.toLowerCase()).toContain('dismisses');
    expect(page.url()).toContain(`sel=${VIA_SPUTNIK}`);
    await shot(page, '3-statement-evidence');
  });

  it('filters the drawn graph by stance, and the URL keeps the filter', async () => {
    await page.selectOption('#filter-stance', 'dismisses');
    await settled(page, { filtered: [TOLD_CNN] });
    expect(await isFiltered(page, VIA_SPUTNIK)).toBe(false);
    expect(page.url()).toContain('stance=dismisses');
    expect(await page.locator('#status').textContent()).toContain('hidden by filters');
    await shot(page, '4-filtered');
    await page.click('#clear-filters');
    expect(page.url()).not.toContain('stance=');
  });

  it('restores the same view from its URL in a fresh page', async () => {
    const url = page.url();
    const expected = await nodeIds(page);
    const other = await explorer.open(DESKTOP);
    await other.goto(url);
    await settled(other, { drawn: ['Outlet:sputnik'] });
    expect(await nodeIds(other)).toEqual(expected);
    await other.locator('#panel mark.evidence').first().waitFor({ timeout: 10_000 });
    await other.close();
  });

  it('shows the shortest paths between CNN and NATO in path mode', async () => {
    await page.click('label[for="mode-paths"]');
    await pickWithKeyboard(page, '#from-input', 'CNN', 'Outlet', 'CNN');
    await pickWithKeyboard(page, '#to-input', 'NATO', 'Actor', 'NATO');
    await settled(page, { drawn: ['Outlet:cnn', 'Actor:nato'] });
    expect(
      await page.evaluate(() => (globalThis as unknown as PageGlobals).claimgraphExplorer.cy.edges().length),
    ).toBeGreaterThan(0);
    expect(page.url()).toContain('mode=paths');
    await expect
      .poll(() => page.locator('#panel .panel-title').textContent(), { timeout: 10_000 })
      .toMatch(/shortest path/);
    await shot(page, '5-paths-cnn-nato');
  });

  it('opens GraphiQL with the query that produced the view, and that query runs', async () => {
    const href = (await page.locator('#graphiql-link').getAttribute('href')) ?? '';
    const link = new URL(href, base);
    expect(link.pathname).toBe('/graphql');
    const query = link.searchParams.get('query') ?? '';
    const variables = JSON.parse(link.searchParams.get('variables') ?? '{}');
    expect(query).toContain('paths(from: $from, to: $to');
    expect(variables).toMatchObject({ from: 'Outlet:cnn', to: 'Actor:nato' });
    const result = await graph.graphql<{ paths: { nodes: { id: string }[] } }>(query, variables);
    expect(result.errors).toBeUndefined();
    expect(result.data?.paths.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['Outlet:cnn', 'Actor:nato']),
    );
  });

  it('logged no console errors and fetched nothing from outside the server', () => {
    expect(explorer.problems).toEqual([]);
    expect(explorer.offsite).toEqual([]);
  });
});
