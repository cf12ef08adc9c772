import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { QueryTimeoutError } from '../../../src/graph/errors.js';
import { launchChromium } from '../../support/chromium.js';
import { seedDocument } from '../../support/documents.js';
import type { connectTestGraph } from '../../support/graph.js';

export const STATEMENT = 'Statement:republicworld-2022-01-russia-troops-ukraine-border';
export const TOLD_CNN = `${STATEMENT}:s03`;
export const VIA_SPUTNIK = `${STATEMENT}:s13`;
export const DESKTOP = { width: 1366, height: 820 };
export const PHONE = { width: 390, height: 844 };

/** The page's globals the tests read (the explorer exposes its Cytoscape instance for this and the console). */
export type CyElement = {
  id(): string;
  empty(): boolean;
  hasClass(name: string): boolean;
  data(key?: string): unknown;
  style(name: string): string;
  position(): { x: number; y: number };
  renderedPosition(): { x: number; y: number };
  visible(): boolean;
};
type CyCollection = {
  map<T>(fn: (el: CyElement) => T): T[];
  filter(fn: (el: CyElement) => boolean): CyCollection;
  length: number;
};
export type PageGlobals = {
  claimgraphExplorer: {
    cy: {
      getElementById(id: string): CyElement;
      nodes(selector?: string): CyCollection;
      edges(selector?: string): CyCollection;
      zoom(): number;
      extent(): { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
      elements(selector?: string): {
        boundingBox(): { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
      };
    };
    state(): Record<string, unknown>;
  };
  document: Document;
  innerWidth: number;
  innerHeight: number;
  axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
};
export type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
};

export const globals = () => globalThis as unknown as PageGlobals;

const SEED_ATTEMPTS = 3;

/**
 * Imports the seed article. Its ids are not suffixed: importing it is idempotent, and other test files leave
 * it alone. A fresh test database on a loaded machine can run past its transaction timeout on the first
 * import (cold query plans); the import is idempotent, so it is simply run again, and said so.
 */
export async function importSeed(graph: Pick<ReturnType<typeof connectTestGraph>, 'repos'>) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await graph.repos.ingest.importArticle(seedDocument());
      return;
    } catch (error) {
      if (attempt >= SEED_ATTEMPTS || !(error instanceof QueryTimeoutError)) throw error;
      console.log(
        `[explorer e2e] seed import timed out (attempt ${attempt} of ${SEED_ATTEMPTS}); running it again`,
      );
    }
  }
}

/** A server for the app on a free loopback port and a headless Chromium, as a person would use them. */
export async function startExplorer(graph: ReturnType<typeof connectTestGraph>, artifacts: string) {
  await graph.executor.applySchema();
  await importSeed(graph);
  // A fresh database compiles each query plan on first use, which on a loaded machine can take longer than a
  // person waits for a search result; a server that has been up a while has them warm. Warm the ones the
  // pages use first.
  await graph.graphql(
    '{ search(query: "Peskov", first: 3) { score } neighborhood(id: "Actor:dmitry-peskov") { nodes { id } } }',
  );
  await graph.graphql(
    `{ nodes(ids: ["${VIA_SPUTNIK}"]) { ... on Statement { statedOn { value } speaker { id } positions { stance }
      originalMedium { id } citedVia { id } evidence { start excerpt article { id } } } } }`,
  );
  const server: Server = createServer(graph.app);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  mkdirSync(artifacts, { recursive: true });
  const browser: Browser = await launchChromium();
  /** Console errors, uncaught exceptions and requests that left the server: all must stay empty. */
  const problems: string[] = [];
  const offsite: string[] = [];
  const watch = (p: Page) => {
    p.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    p.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    p.on('request', (request) => {
      if (!request.url().startsWith(base) && !request.url().startsWith('blob:')) offsite.push(request.url());
    });
  };
  const open = async (viewport = DESKTOP, options: { acceptDownloads?: boolean } = {}) => {
    const page = await browser.newPage({ viewport, ...options });
    watch(page);
    return page;
  };
  const stop = async () => {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return {
    base,
    browser,
    open,
    stop,
    problems,
    offsite,
    shot: (p: Page, name: string) => p.screenshot({ path: `${artifacts}/${name}.png` }),
  };
}

/**
 * Waits until the canvas has settled (no request or layout running) with these nodes drawn and these hidden
 * by filters. The predicate is a function, not a string: the page's CSP forbids eval, even for tests.
 */
export async function settled(
  p: Page,
  { drawn = [] as string[], filtered = [] as string[], shown = [] as string[] } = {},
) {
  await p.waitForFunction(
    ({ drawn, filtered, shown }) => {
      const page = globalThis as unknown as PageGlobals;
      if (page.document.body.dataset.state !== 'ready') return false;
      const cy = page.claimgraphExplorer.cy;
      return (
        drawn.every((id) => !cy.getElementById(id).empty()) &&
        filtered.every((id) => cy.getElementById(id).hasClass('filtered')) &&
        shown.every((id) => !cy.getElementById(id).empty() && !cy.getElementById(id).hasClass('filtered'))
      );
    },
    { drawn, filtered, shown },
    { timeout: 30_000 },
  );
}

export async function nodeIds(p: Page): Promise<string[]> {
  const ids = await p.evaluate(() =>
    (globalThis as unknown as PageGlobals).claimgraphExplorer.cy.nodes().map((n) => n.id()),
  );
  return ids.sort();
}

export async function nodeData(p: Page, id: string, key: string): Promise<unknown> {
  return p.evaluate(
    ([id, key]) => (globalThis as unknown as PageGlobals).claimgraphExplorer.cy.getElementById(id).data(key),
    [id, key] as const,
  );
}

export async function isFiltered(p: Page, id: string): Promise<boolean> {
  return p.evaluate(
    (id) =>
      (globalThis as unknown as PageGlobals).claimgraphExplorer.cy.getElementById(id).hasClass('filtered'),
    id,
  );
}

/** Every node's model position, by id. */
export async function positions(p: Page): Promise<Record<string, { x: number; y: number }>> {
  return p.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    for (const [id, at] of (globalThis as unknown as PageGlobals).claimgraphExplorer.cy
      .nodes()
      .map((n) => [n.id(), n.position()] as const)) {
      out[id] = { x: at.x, y: at.y };
    }
    return out;
  });
}

/** Where a node is drawn on the page, so the mouse can act on it like a person would. */
export async function pointOf(p: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await p.evaluate((id) => {
    const page = globalThis as unknown as PageGlobals;
    const node = page.claimgraphExplorer.cy.getElementById(id);
    const box = page.document.getElementById('graph')?.getBoundingClientRect();
    if (node.empty() || !box) return null;
    const at = node.renderedPosition();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
  if (!point) throw new Error(`${id} is not drawn`);
  return point;
}

/**
 * Picks a search result with the keyboard only: types, moves down with the arrow key until the wanted option
 * is the active descendant, and presses Enter.
 */
export async function pickWithKeyboard(p: Page, input: string, query: string, type: string, label: string) {
  const box = p.locator(input);
  await box.click();
  await box.fill(query);
  const listId = await box.getAttribute('aria-controls');
  const options = p.locator(`#${listId} [role="option"]`);
  await options.first().waitFor({ timeout: 10_000 });
  const count = await options.count();
  let index = -1;
  for (let i = 0; i < count && index < 0; i += 1) {
    const option = options.nth(i);
    const [badge, name] = await Promise.all([
      option.locator('.type-badge').textContent(),
      option.locator('.option-label').textContent(),
    ]);
    if (badge === type && name === label) index = i;
  }
  expect(index, `no ${type} "${label}" among the results for "${query}"`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= index; i += 1) await box.press('ArrowDown');
  const active = await box.getAttribute('aria-activedescendant');
  expect(active).toBe(await options.nth(index).getAttribute('id'));
  await expect.poll(() => options.nth(index).getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true');
  await box.press('Enter');
}

/** Opens the explorer on a node's neighborhood and clicks the node, as a person does. */
export async function openPanelOf(
  explorer: Awaited<ReturnType<typeof startExplorer>>,
  id: string,
): Promise<Page> {
  const page = await explorer.open(DESKTOP);
  await page.goto(`${explorer.base}/explore#mode=neighborhood&focus=${encodeURIComponent(id)}`);
  await settled(page, { drawn: [id] });
  const at = await pointOf(page, id);
  await page.mouse.click(at.x, at.y);
  await page.locator('#panel .panel-body:not([aria-busy])').waitFor({ timeout: 30_000 });
  return page;
}
