import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestGraph } from '../support/graph.js';
import {
  type AxeViolation,
  DESKTOP,
  type PageGlobals,
  PHONE,
  pointOf,
  positions,
  settled,
  startExplorer,
  TOLD_CNN,
  VIA_SPUTNIK,
} from './support/explorer-page.js';

/**
 * The explorer as a journalist tracing who said what uses it: reading stances off the canvas, filtering and
 * stepping back, sharing a link, exporting, on a phone, by keyboard, and audited by axe-core.
 */

const ARTIFACTS = 'test-results/explorer-views';
const PESKOV = 'Actor:dmitry-peskov';
const PESKOV_VIEW = `#mode=neighborhood&focus=${PESKOV}`;
/** The stance colours of the canvas, as Cytoscape.js reports them. */
const DISMISSES = 'rgb(161,98,7)';
const JUSTIFIES = 'rgb(8,145,178)';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const graph = connectTestGraph();
let explorer: Awaited<ReturnType<typeof startExplorer>>;
let base = '';

beforeAll(async () => {
  explorer = await startExplorer(graph, ARTIFACTS);
  base = explorer.base;
});

afterAll(async () => {
  await explorer?.stop();
  await graph.close();
});

async function openView(hash: string, viewport = DESKTOP, drawn = [PESKOV]) {
  const page = await explorer.open(viewport, { acceptDownloads: true });
  await page.goto(`${base}/explore${hash}`);
  await settled(page, { drawn });
  return page;
}

/** Style values of one element as Cytoscape.js computed them. */
async function styleOf(page: Page, id: string, names: string[]) {
  return page.evaluate(
    ([id, names]) => {
      const el = (globalThis as unknown as PageGlobals).claimgraphExplorer.cy.getElementById(id);
      return Object.fromEntries(names.map((n) => [n, el.style(n)]));
    },
    [id, names] as const,
  );
}

/** Edge labels drawn on top of a node or a node label, measured from Cytoscape's own label boxes. */
async function coveredEdgeLabels(page: Page) {
  return page.evaluate(() => {
    const cy = (globalThis as unknown as PageGlobals).claimgraphExplorer.cy as unknown as {
      nodes(s: string): { map<T>(f: (n: Box) => T): T[] };
      edges(s: string): { map<T>(f: (n: Box) => T): T[] };
    };
    type Rect = { x1: number; x2: number; y1: number; y2: number; w: number; h: number };
    type Box = { id(): string; style(n: string): string; boundingBox(o: object): Rect };
    const nodes = cy.nodes(':visible').map((n) => ({
      id: n.id(),
      box: n.boundingBox({
        includeNodes: true,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
      }),
    }));
    const hits: string[] = [];
    const labelled = cy.edges(':visible').map((e) => ({
      id: e.id(),
      drawn: [e.style('label'), e.style('source-label'), e.style('target-label')].some((l) => l && l !== ''),
      box: e.boundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
      }),
    }));
    for (const e of labelled) {
      if (!e.drawn || e.box.w <= 0) continue;
      for (const n of nodes) {
        if (e.box.x1 < n.box.x2 && n.box.x1 < e.box.x2 && e.box.y1 < n.box.y2 && n.box.y1 < e.box.y2) {
          hits.push(`${e.id} under ${n.id}`);
        }
      }
    }
    return { hits, labelled: labelled.filter((e) => e.drawn).length };
  });
}

/** Labels drawn smaller than this on screen would be unreadable; the explorer hides them instead. */
const MIN_LABEL_PX = 10;

async function smallestShownLabel(page: Page) {
  return page.evaluate(() => {
    const cy = (globalThis as unknown as PageGlobals).claimgraphExplorer.cy;
    const zoom = cy.zoom();
    const sizes = [...cy.nodes(':visible').map((n) => n), ...cy.edges(':visible').map((e) => e)]
      .filter(
        (el) => Number.parseFloat(el.style('text-opacity')) > 0 && String(el.data('label') ?? '') !== '',
      )
      .map((el) => Number.parseFloat(el.style('font-size')) * zoom);
    return { smallest: Math.min(...sizes), shown: sizes.length };
  });
}

/** How much of the canvas the shown graph covers, as the larger of its width and height shares. */
async function canvasFill(page: Page) {
  return page.evaluate(() => {
    const page = globalThis as unknown as PageGlobals;
    const cy = page.claimgraphExplorer.cy as unknown as {
      elements(s: string): {
        renderedBoundingBox(): { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
      };
    };
    const box = cy.elements(':visible').renderedBoundingBox();
    const canvas = page.document.getElementById('graph')?.getBoundingClientRect();
    if (!canvas) return null;
    return {
      share: Math.max(box.w / canvas.width, box.h / canvas.height),
      inside: box.x1 >= -1 && box.y1 >= -1 && box.x2 <= canvas.width + 1 && box.y2 <= canvas.height + 1,
    };
  });
}

async function runAxe(page: Page) {
  await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
  const result = await page.evaluate(() =>
    (globalThis as unknown as PageGlobals).axe.run((globalThis as unknown as PageGlobals).document, {
      resultTypes: ['violations'],
    }),
  );
  return result.violations
    .filter((v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v: AxeViolation) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

describe('the canvas at a glance', () => {
  it('shows each statement’s stance on the canvas from the first view, with the legend saying so', async () => {
    const page = await openView(PESKOV_VIEW, DESKTOP, [PESKOV, VIA_SPUTNIK, TOLD_CNN]);
    await page.waitForFunction(
      (id) =>
        Boolean(
          (globalThis as unknown as PageGlobals).claimgraphExplorer.cy.getElementById(id).data('stance1'),
        ),
      VIA_SPUTNIK,
    );
    // The statement's disc and the "said" edge that leads to it both carry its stance's colour.
    expect(await styleOf(page, VIA_SPUTNIK, ['pie-1-background-color'])).toEqual({
      'pie-1-background-color': DISMISSES,
    });
    expect(await styleOf(page, TOLD_CNN, ['pie-1-background-color'])).toEqual({
      'pie-1-background-color': JUSTIFIES,
    });
    const said = `${PESKOV}-[SAID]->${VIA_SPUTNIK}`;
    const edge = await page.evaluate((id) => {
      const e = (globalThis as unknown as PageGlobals).claimgraphExplorer.cy.getElementById(id);
      return e.empty() ? null : { color: e.style('line-color'), label: String(e.data('label')) };
    }, said);
    expect(edge).toEqual({ color: DISMISSES, label: 'said · dismisses' });
    expect(await page.locator('.legend').textContent()).toContain('Stance on the canvas');
    await explorer.shot(page, '1-desktop-first-view');
    await page.close();
  });

  it('keeps labels readable: no edge label under a node, none drawn under the minimum size', async () => {
    const page = await openView(PESKOV_VIEW);
    const covered = await coveredEdgeLabels(page);
    expect(covered.hits).toEqual([]);
    expect(covered.labelled).toBeGreaterThan(5);
    const first = await smallestShownLabel(page);
    expect(first.shown).toBeGreaterThan(10);
    expect(first.smallest).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    // Zoomed far out, labels go rather than shrink.
    await page.evaluate(() => {
      const cy = (globalThis as unknown as PageGlobals).claimgraphExplorer.cy as unknown as {
        zoom(z: number): void;
      };
      cy.zoom(0.4);
    });
    await page.waitForTimeout(100);
    expect((await smallestShownLabel(page)).shown).toBe(0);
    await page.close();
  });
});

describe('filters, history and links', () => {
  let page: Page;

  it('filters by stance, then by date, then selects: Back and Forward step through each change', async () => {
    page = await openView(PESKOV_VIEW, DESKTOP, [PESKOV, VIA_SPUTNIK, TOLD_CNN]);
    const start = page.url();
    await page.selectOption('#filter-stance', 'dismisses');
    await settled(page, { filtered: [TOLD_CNN], shown: [VIA_SPUTNIK] });
    const fill = await canvasFill(page);
    expect(fill?.inside, 'the view is fitted again after filtering').toBe(true);
    expect(fill?.share).toBeGreaterThan(0.6);
    await explorer.shot(page, '2-after-stance-filter');
    await page.fill('#filter-since', '2022-02-01');
    await page.locator('#filter-since').dispatchEvent('change');
    await expect.poll(() => page.url()).toContain('since=2022-02-01');
    const at = await pointOf(page, VIA_SPUTNIK);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.url()).toContain(`sel=${VIA_SPUTNIK}`);

    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('sel=');
    expect(page.url()).toContain('since=2022-02-01');
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('since=');
    expect(page.url()).toContain('stance=dismisses');
    await page.goBack();
    await expect.poll(() => page.url()).toBe(start);
    await settled(page, { shown: [TOLD_CNN, VIA_SPUTNIK] });
    await page.goForward();
    await settled(page, { filtered: [TOLD_CNN] });
    expect(page.url()).toContain('stance=dismisses');
    await page.click('#clear-filters');
    await settled(page, { shown: [TOLD_CNN] });
  });

  it('keeps undated statements visible and marked under a date range; type toggles hide whole types', async () => {
    await page.fill('#filter-since', '2022-01-20');
    await page.locator('#filter-since').dispatchEvent('change');
    // s03 was said on 16 January: outside. s13 has no date: kept, and marked.
    await settled(page, { filtered: [TOLD_CNN], shown: [VIA_SPUTNIK] });
    expect(
      await page.evaluate(
        (id) =>
          (globalThis as unknown as PageGlobals).claimgraphExplorer.cy.getElementById(id).hasClass('undated'),
        VIA_SPUTNIK,
      ),
    ).toBe(true);
    expect(await page.locator('#status').textContent()).toMatch(/\d+ undated kept/);
    await explorer.shot(page, '3-date-filter-undated');
    await page.click('#types-menu summary');
    await page.uncheck('input[name="show-type"][value="statement"]');
    await settled(page, { filtered: [VIA_SPUTNIK], shown: [PESKOV] });
    expect(page.url()).toContain('hide=statement');
    await page.goBack();
    await settled(page, { shown: [VIA_SPUTNIK] });
    await page.click('#clear-filters');
    await page.close();
  });

  it('steps back through an expansion, and a shared link redraws the same positions filling the canvas', async () => {
    const sender = await openView(PESKOV_VIEW, DESKTOP, [TOLD_CNN]);
    const cnnStatement = await pointOf(sender, TOLD_CNN);
    await sender.mouse.dblclick(cnnStatement.x, cnnStatement.y);
    await settled(sender, { drawn: ['Outlet:cnn'] });
    await sender.goBack();
    await sender.waitForFunction(
      () => (globalThis as unknown as PageGlobals).claimgraphExplorer.cy.getElementById('Outlet:cnn').empty(),
      null,
      { timeout: 30_000 },
    );
    await settled(sender, { drawn: [TOLD_CNN] });
    expect(sender.url()).not.toContain('expand=');
    await sender.goForward();
    await settled(sender, { drawn: ['Outlet:cnn'] });
    const sputnikStatement = await pointOf(sender, VIA_SPUTNIK);
    await sender.mouse.dblclick(sputnikStatement.x, sputnikStatement.y);
    await settled(sender, { drawn: ['Outlet:sputnik'] });
    const sent = await positions(sender);
    const link = sender.url();
    await sender.close();

    const receiver = await openView(link.replace(`${base}/explore`, ''), DESKTOP, ['Outlet:sputnik']);
    expect(await positions(receiver)).toEqual(sent);
    const fill = await canvasFill(receiver);
    expect(fill?.inside).toBe(true);
    expect(fill?.share).toBeGreaterThan(0.8);
    await explorer.shot(receiver, '4-restored-link');
    await receiver.close();
  });
});

describe('export', () => {
  it('downloads the view as PNG and SVG and its statements as CSV and JSON, all readable', async () => {
    const page = await openView(PESKOV_VIEW, DESKTOP, [VIA_SPUTNIK]);
    const save = async (kind: string) => {
      await page.click('#export-menu summary');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`[data-export="${kind}"]`),
      ]);
      const path = `${ARTIFACTS}/${download.suggestedFilename()}`;
      await download.saveAs(path);
      return { name: download.suggestedFilename(), bytes: readFileSync(path), path };
    };

    const png = await save('png');
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IHDR: width and height, big-endian, right after the signature and the chunk header.
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(300);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(200);

    const svg = await save('svg');
    expect(svg.name).toMatch(/\.svg$/);
    // The browser itself must read the drawing: open it as an image and as a document.
    const viewer = await explorer.browser.newPage({ viewport: DESKTOP });
    await viewer.goto(`file://${process.cwd()}/${svg.path}`);
    const drawing = await viewer.evaluate(() => {
      const doc = (globalThis as unknown as PageGlobals).document;
      const root = doc.documentElement;
      return {
        tag: root.tagName,
        error: doc.getElementsByTagName('parsererror').length,
        text: root.textContent ?? '',
        shapes: doc.querySelectorAll('ellipse, rect, polygon, circle, path').length,
        width: root.getBoundingClientRect().width,
      };
    });
    await viewer.close();
    expect(drawing.tag).toBe('svg');
    expect(drawing.error).toBe(0);
    expect(drawing.text).toContain('Dmitry Peskov');
    expect(drawing.shapes).toBeGreaterThan(20);
    expect(drawing.width).toBeGreaterThan(300);

    const csv = await save('csv');
    const rows = parse(csv.bytes.toString('utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(5);
    const sputnikRow = rows.find((r) => r.id === VIA_SPUTNIK);
    expect(sputnikRow).toMatchObject({ speaker: 'Dmitry Peskov', stances: 'dismisses' });
    expect(sputnikRow?.cited_via).toContain('Sputnik');
    expect(sputnikRow?.positions).not.toBe('');
    expect(sputnikRow?.evidence_offsets).toMatch(/^\d+-\d+/);
    expect(sputnikRow?.evidence_excerpts).toContain('accustomed to being subject to United States sanctions');

    const json = await save('json');
    const body = JSON.parse(json.bytes.toString('utf8'));
    expect(body.statements.length).toBe(rows.length);
    const sputnik = body.statements.find((s: { id: string }) => s.id === VIA_SPUTNIK);
    expect(sputnik.speaker.name).toBe('Dmitry Peskov');
    expect(sputnik.positions[0].stance).toBe('dismisses');
    expect(sputnik.citedVia.map((o: { name: string }) => o.name)).toContain('Sputnik');
    const span = sputnik.evidence[0];
    expect(span.end).toBeGreaterThan(span.start);
    // The offsets point at the excerpt in the article text.
    const article = await graph.graphql<{ node: { text: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Article { text } } }',
      {
        id: `Article:${span.article.replace(/^Article:/, '')}`,
      },
    );
    expect(article.data?.node.text.slice(span.start, span.end)).toBe(span.excerpt);
    await page.close();
  });
});

describe('phone and accessibility', () => {
  it('gives the graph most of a phone screen, folds the legend and opens details as a bottom sheet', async () => {
    const page = await openView(PESKOV_VIEW, PHONE, [VIA_SPUTNIK]);
    const layout = await page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals;
      const doc = page.document;
      const graphBox = doc.getElementById('graph')?.getBoundingClientRect();
      const panel = doc.getElementById('panel')?.getBoundingClientRect();
      return {
        overflow: doc.documentElement.scrollWidth - page.innerWidth,
        graphShare: (graphBox?.height ?? 0) / page.innerHeight,
        legendOpen: (doc.getElementById('legend') as HTMLDetailsElement).open,
        filtersOpen: (doc.getElementById('filters-menu') as HTMLDetailsElement).open,
        panelTop: panel?.top ?? 0,
        widest: Math.max(
          ...[...doc.querySelectorAll('header *')].map((el) => el.getBoundingClientRect().right),
        ),
      };
    });
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.widest).toBeLessThanOrEqual(PHONE.width);
    expect(layout.graphShare).toBeGreaterThan(0.6);
    expect(layout.legendOpen).toBe(false);
    expect(layout.filtersOpen).toBe(false);
    expect(layout.panelTop).toBeGreaterThanOrEqual(PHONE.height);
    await explorer.shot(page, '5-phone');
    const at = await pointOf(page, VIA_SPUTNIK);
    await page.mouse.click(at.x, at.y);
    await page.locator('#panel mark.evidence').first().waitFor({ timeout: 15_000 });
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (globalThis as unknown as PageGlobals).document.getElementById('panel')?.getBoundingClientRect()
              .top ?? 0,
        ),
      )
      .toBeLessThan(PHONE.height * 0.6);
    // The sheet slides up: measure it once it has come to rest on the bottom edge.
    await expect
      .poll(() =>
        page.evaluate(() =>
          Math.round(
            (globalThis as unknown as PageGlobals).document.getElementById('panel')?.getBoundingClientRect()
              .bottom ?? 0,
          ),
        ),
      )
      .toBe(PHONE.height);
    const sheet = await page.evaluate(() => {
      const box = (globalThis as unknown as PageGlobals).document
        .getElementById('panel')
        ?.getBoundingClientRect();
      return { top: box?.top ?? 0, bottom: box?.bottom ?? 0, width: box?.width ?? 0 };
    });
    expect(sheet.top).toBeGreaterThan(PHONE.height * 0.3);
    expect(Math.round(sheet.bottom)).toBe(PHONE.height);
    expect(sheet.width).toBe(PHONE.width);
    expect(await page.locator('#panel').textContent()).toMatch(/characters \d+–\d+/);
    await explorer.shot(page, '6-phone-details');
    await page.click('#filters-menu summary');
    await explorer.shot(page, '7-phone-filters');
    expect(
      await page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`has no serious or critical axe-core violation at ${name} size, with a statement open`, async () => {
      const page = await explorer.browser.newPage({ viewport, bypassCSP: true });
      await page.goto(`${base}/explore${PESKOV_VIEW}&sel=${VIA_SPUTNIK}`);
      await settled(page, { drawn: [VIA_SPUTNIK] });
      await page.locator('#panel mark.evidence').first().waitFor({ timeout: 15_000 });
      await page.click('#export-menu summary');
      expect(await runAxe(page)).toEqual([]);
      await explorer.shot(page, `8-axe-${name}`);
      await page.close();
    });
  }

  it('reaches every control by keyboard, walks the canvas with the arrow keys and exports from the keyboard', async () => {
    const page = await openView(PESKOV_VIEW, DESKTOP, [VIA_SPUTNIK]);
    await page.evaluate(() => (globalThis as unknown as PageGlobals).document.body.focus());
    const reached = new Set<string>();
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(() => {
          const el = (globalThis as unknown as PageGlobals).document.activeElement as HTMLElement | null;
          if (!el) return '';
          return el.id || `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 20)}`;
        }),
      );
    }
    for (const id of [
      'search-input',
      'depth-select',
      'graphiql-link',
      'copy-link',
      'filter-position',
      'filter-stance',
      'filter-outlet',
      'filter-since',
      'filter-until',
      'fit-view',
      'graph',
    ]) {
      expect(reached, id).toContain(id);
    }
    expect([...reached]).toEqual(
      expect.arrayContaining(['summary:Types', 'summary:Export', 'summary:Legend']),
    );

    await page.focus('#graph');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('sel=');
    await expect.poll(() => page.locator('#panel .panel-title').textContent()).not.toBe('Explore the graph');

    await page.focus('#export-menu summary');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    await page.close();
  });

  it('logged no console errors and fetched nothing from outside the server', () => {
    expect(explorer.problems).toEqual([]);
    expect(explorer.offsite).toEqual([]);
  });
});
