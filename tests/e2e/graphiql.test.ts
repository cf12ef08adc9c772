import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadExamples } from '../../src/graphiql-examples.js';
import { importAnalysisFixtures } from '../support/analysis-fixtures.js';
import { launchChromium } from '../support/chromium.js';
import { connectTestGraph, TEST_API_KEY } from '../support/graph.js';
import { importSeed } from './support/explorer-page.js';

const ARTIFACTS = 'test-results/graphiql';

const graph = connectTestGraph();
// As `npm start` serves it in development: with the Cypher cost extension that GraphiQL's switch asks for.
const app = createApp({
  executor: graph.executor,
  repos: graph.repos,
  apiKeys: [TEST_API_KEY],
  explainQueries: true,
});
const examples = loadExamples().map((e) => ({
  ...e,
  name: /^(?:query|mutation)\s+(\w+)/m.exec(e.query)?.[1] ?? '',
}));
let server: Server;
let base = '';
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Console errors, uncaught exceptions, failed answers and requests aimed off the server: all must stay empty. */
const problems: string[] = [];
const offsite: string[] = [];

function watch(p: Page) {
  p.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  p.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  p.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
}

const shot = (p: Page, name: string) => p.screenshot({ path: `${ARTIFACTS}/${name}.png` });

/** The visible text of the result pane (Monaco draws only the lines on screen, with non-breaking spaces). */
async function resultText(p: Page): Promise<string> {
  return ((await p.locator('.graphiql-response .view-lines').textContent()) ?? '').replace(/\u00a0/g, ' ');
}

/** Clicks Run like a person, and returns the answer the server gave (read off the wire) and the result pane. */
async function run(p: Page, operationName: string) {
  const answered = p.waitForResponse(
    (r) =>
      r.url().startsWith(`${base}/graphql`) &&
      r.request().method() === 'POST' &&
      (r.request().postData() ?? '').includes(`"operationName":"${operationName}"`),
    { timeout: 60_000 },
  );
  await p.locator('.graphiql-execute-button').click();
  const response = await answered;
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  await expect.poll(() => resultText(p), { timeout: 20_000 }).toContain('"data"');
  return { body, pane: await resultText(p) };
}

beforeAll(async () => {
  await graph.executor.applySchema();
  await importSeed(graph);
  await importAnalysisFixtures(graph.repos.ingest);
  server = createServer(app);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1366, height: 820 } });
  // Every request the pages or their workers make goes through here: anything not for our server is
  // recorded and refused, as a machine without internet would.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${base}/`) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    offsite.push(url);
    return route.abort();
  });
  page = await context.newPage();
  watch(page);
});

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  await graph.close();
});

describe('GraphiQL in a browser, offline', () => {
  it('renders as an HTML page with the editor, the docs and the first example in the editor', async () => {
    const response = await page.goto(`${base}/graphql`);
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 60_000 });
    await page.locator('[aria-label="Show Documentation Explorer"]').waitFor({ timeout: 60_000 });
    const tabs = await page.locator('.graphiql-tab-button').allTextContents();
    expect(tabs).toEqual(examples.map((e) => e.name));
    expect(await page.locator('.graphiql-tab-active').textContent()).toContain(examples[0]?.name);
    const editor = ((await page.locator('.graphiql-query-editor .view-lines').textContent()) ?? '').replace(
      /\u00a0/g,
      ' ',
    );
    expect(editor).toContain(`query ${examples[0]?.name}`);
    expect(editor).not.toContain('Welcome');
    await shot(page, '1-first-example');
  });

  it('runs every example from its tab, switching on the first click, and shows data without errors', async () => {
    for (const [i, example] of examples.entries()) {
      await page.locator('.graphiql-tab-button', { hasText: new RegExp(`^${example.name}$`) }).click();
      // One click only: the tab must be the active one and its query in the editor.
      await expect
        .poll(() => page.locator('.graphiql-tab-active').textContent(), { timeout: 5_000 })
        .toContain(example.name);
      await expect
        .poll(() => page.locator('.graphiql-query-editor .view-lines').textContent(), { timeout: 5_000 })
        .toContain(`query${'\u00a0'}${example.name}`);
      const { body, pane } = await run(page, example.name);
      expect(body.errors, example.name).toBeUndefined();
      expect(
        Object.values(body.data ?? {}).some((v) => v !== null),
        example.name,
      ).toBe(true);
      expect(pane, example.name).not.toContain('"errors"');
      await shot(page, `2-example-${i + 1}-${example.name}`);
    }
  });

  it('has a working docs explorer, query builder and history', async () => {
    await page.locator('[aria-label="Show Documentation Explorer"]').click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click();
    await expect.poll(() => docs.textContent(), { timeout: 10_000 }).toContain('stanceMatrix');
    await shot(page, '3-docs');

    await page.locator('[aria-label="Show GraphiQL Explorer"]').click();
    await expect
      .poll(() => page.locator('.graphiql-plugin').textContent(), { timeout: 10_000 })
      .toContain('outletCoverage');
    await shot(page, '4-query-builder');

    await page.locator('[aria-label="Show History"]').click();
    const history = page.locator('.graphiql-history');
    for (const example of examples) {
      await expect.poll(() => history.textContent(), { timeout: 10_000 }).toContain(example.name);
    }
    await shot(page, '5-history');
  });

  it('completes field names while typing', async () => {
    await page.locator('[aria-label="New tab"]').click();
    const editor = page.locator('.graphiql-query-editor .monaco-editor');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ outletCov');
    const suggestions = page.locator('.suggest-widget.visible');
    await expect.poll(() => suggestions.textContent(), { timeout: 20_000 }).toContain('outletCoverage');
    await shot(page, '6-autocomplete');
    await page.keyboard.press('Escape');
  });
});

describe('Open in GraphiQL from the explorer', () => {
  it('opens the view query with its variables and operation name, and it runs', async () => {
    const explorer = await context.newPage();
    watch(explorer);
    await explorer.goto(`${base}/explore#focus=Actor:dmitry-peskov`);
    const link = explorer.locator('#graphiql-link');
    await expect.poll(() => link.getAttribute('href'), { timeout: 30_000 }).toContain('variables=');
    const href = new URL((await link.getAttribute('href')) ?? '', base);
    expect(href.searchParams.get('operationName')).toBe('Explore');
    const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
    watch(opened);
    await opened.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 60_000 });
    expect(await opened.locator('.graphiql-tab-active').textContent()).toContain('Explore');
    await expect
      .poll(
        () =>
          opened
            .locator('.graphiql-editor-tool .view-lines, .graphiql-variables .view-lines')
            .first()
            .textContent(),
        {
          timeout: 10_000,
        },
      )
      .toContain('Actor:dmitry-peskov');
    const { body } = await run(opened, 'Explore');
    expect(body.errors).toBeUndefined();
    const focus = (body.data?.focus ?? {}) as { nodes?: { id: string }[] };
    expect(focus.nodes?.map((n) => n.id)).toContain('Actor:dmitry-peskov');
    await shot(opened, '7-open-in-graphiql');
    await explorer.close();
    await opened.close();
  });
});

describe('Cypher cost in GraphiQL', () => {
  it('sends the explain header while the switch is on and links each query the operation ran to its text', async () => {
    const first = examples[0]?.name ?? '';
    await page.locator('.graphiql-tab-button', { hasText: new RegExp(`^${first}$`) }).click();
    await page.getByLabel('Cypher cost').selectOption({ label: 'queries + db hits' });
    const sent = page.waitForRequest(
      (r) =>
        r.url().startsWith(`${base}/graphql`) && (r.postData() ?? '').includes(`"operationName":"${first}"`),
    );
    const { body } = await run(page, first);
    expect((await sent).headers()['x-claimgraph-explain']).toBe('profile');
    type Query = { name: string; ms: number; rows: number; dbHits?: number; error?: string };
    const cost = (body as { extensions?: { cypher?: { queries: Query[] } } }).extensions?.cypher;
    // Every query that completed was profiled (one stopped by a timeout on a loaded machine has no plan).
    const completed = cost?.queries.filter((q) => !q.error) ?? [];
    expect(completed.length).toBeGreaterThan(0);
    for (const q of completed) expect(typeof q.dbHits, q.name).toBe('number');

    const panel = page.getByRole('region', { name: 'Cypher run by the last operation' });
    const links = panel.getByRole('link');
    await expect.poll(() => links.count(), { timeout: 10_000 }).toBe(cost?.queries.length);
    expect(await links.first().textContent()).toBe(cost?.queries[0]?.name);
    // Each line says what the server reported for that query: its name, duration and rows (and db hits).
    const lines = await panel.getByRole('listitem').allTextContents();
    expect(lines).toHaveLength(cost?.queries.length ?? -1);
    for (const [i, q] of (cost?.queries ?? []).entries()) {
      expect(lines[i]).toContain(`${q.name} ${q.ms} ms · ${q.rows} ${q.rows === 1 ? 'row' : 'rows'}`);
    }
    expect(await panel.textContent()).toContain('db hits');
    await shot(page, '8-cypher-cost');

    const [text] = await Promise.all([context.waitForEvent('page'), links.first().click()]);
    await text.waitForLoadState();
    expect(new URL(text.url()).pathname).toBe(`/cypher/${cost?.queries[0]?.name}`);
    expect(await text.locator('body').textContent()).toMatch(/\b(MATCH|RETURN)\b/);
    await text.close();

    await page.getByLabel('Cypher cost').selectOption({ label: 'off' });
    const plain = page.waitForRequest(
      (r) =>
        r.url().startsWith(`${base}/graphql`) && (r.postData() ?? '').includes(`"operationName":"${first}"`),
    );
    const again = await run(page, first);
    expect((await plain).headers()['x-claimgraph-explain']).toBeUndefined();
    expect((again.body as { extensions?: { cypher?: unknown } }).extensions?.cypher).toBeUndefined();
    expect(await panel.isHidden()).toBe(true);
  });
});

describe('what the browser fetched', () => {
  it('fetched nothing from outside the server, and logged no error', () => {
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });
});
