import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAnalysisFixtures } from '../support/analysis-fixtures.js';
import { connectTestGraph } from '../support/graph.js';
import { openPanelOf as openPanel, startExplorer } from './support/explorer-page.js';

/**
 * The analysts' views of the explorer (issue 16) as a fact-checker uses them, on the analysis fixtures: an
 * actor's and a position's stance over time, contradiction pairs with both spans marked, and a remark's
 * provenance chain. Reviewing a statement is in explorer-review.test.ts.
 */

const ARTIFACTS = 'test-results/explorer-analysis';
const MARROW = 'Actor:ilse-marrow';
const DASK = 'Statement:valdoria-today-2025-03-20-dask-escort:s01';

const graph = connectTestGraph();
let explorer: Awaited<ReturnType<typeof startExplorer>>;

beforeAll(async () => {
  await graph.executor.applySchema();
  await importAnalysisFixtures(graph.repos.ingest);
  explorer = await startExplorer(graph, ARTIFACTS);
});

afterAll(async () => {
  await explorer?.stop();
  await graph.close();
});

const openPanelOf = (id: string) => openPanel(explorer, id);

/** The timeline's bars as period, stance and count, in drawing order. */
async function timelineMarks(page: Page) {
  await page.locator('#panel .timeline-box:not([aria-busy]) svg.timeline-chart').waitFor({ timeout: 30_000 });
  return page.locator('#panel .tl-mark').evaluateAll((marks) =>
    marks.map((m) => ({
      period: m.getAttribute('data-period'),
      stance: m.getAttribute('data-stance'),
      count: Number(m.getAttribute('data-count')),
    })),
  );
}

/** Each contradiction pair: kind, and the marked span texts of its left and right side. */
async function pairs(page: Page) {
  await page.locator('#panel .cx-list:not([aria-busy])').waitFor({ timeout: 30_000 });
  return page.locator('#panel .cx-pair').evaluateAll((items) =>
    items.map((item) => ({
      kind: item.getAttribute('data-kind'),
      left: [...item.querySelectorAll('.cx-left mark')].map((m) => m.textContent),
      right: [...item.querySelectorAll('.cx-right mark')].map((m) => m.textContent),
      quotes: [...item.querySelectorAll('.cx-quote')].map((q) => q.textContent),
    })),
  );
}

describe('explorer analysis views', () => {
  it("charts an actor's stance over time, undated statements apart, and its turn as a pair of spans", async () => {
    const page = await openPanelOf(MARROW);
    await expect(page.locator('#panel .panel-title').textContent()).resolves.toBe('Ilse Marrow');
    // By month: March holds both stances (the month-dated one fits a month), April the turn; one undated.
    expect(await timelineMarks(page)).toEqual([
      { period: '2025-03', stance: 'opposes', count: 1 },
      { period: '2025-03', stance: 'supports', count: 1 },
      { period: '2025-04', stance: 'opposes', count: 1 },
      { period: 'undated', stance: 'supports', count: 1 },
    ]);
    // By week the month-dated statement cannot be placed: it goes apart, with the undated one.
    await page.getByRole('button', { name: 'week', exact: true }).click();
    await page.locator('#panel .tl-mark[data-period="2025-W10"]').waitFor({ timeout: 30_000 });
    expect(await timelineMarks(page)).toEqual([
      { period: '2025-W10', stance: 'supports', count: 1 },
      { period: '2025-W14', stance: 'opposes', count: 1 },
      { period: 'imprecise', stance: 'opposes', count: 1 },
      { period: 'undated', stance: 'supports', count: 1 },
    ]);
    await expect(page.locator('#panel .tl-note').textContent()).resolves.toBe(
      '4 statements; 2 without a date this precise, shown apart.',
    );
    await page.locator('#panel .timeline-box').scrollIntoViewIfNeeded();
    await explorer.shot(page, 'actor-timeline');

    expect(await pairs(page)).toEqual([
      {
        kind: 'STANCE_CHANGE',
        left: [
          '"The blockade is a necessary measure to keep the strait safe," Foreign Ministry spokeswoman Ilse Marrow told reporters in the capital on 4 March.',
        ],
        right: [
          '"Norland can no longer support the blockade," Foreign Ministry spokeswoman Ilse Marrow said on 1 April.',
        ],
        // A stance change compares stances: its sides carry no quoted words of their own.
        quotes: [],
      },
    ]);
    // Side by side: the right side starts to the right of the left one, on the same line.
    const [left, right] = await Promise.all(
      ['.cx-left', '.cx-right'].map((s) => page.locator(`#panel .cx-pair ${s}`).boundingBox()),
    );
    expect(right?.x).toBeGreaterThan((left?.x ?? 0) + (left?.width ?? 0) - 1);
    expect(right?.y).toBe(left?.y);
    await page.locator('#panel .cx-pair').scrollIntoViewIfNeeded();
    await explorer.shot(page, 'actor-contradiction');

    // A bar of the chart opens its statement.
    await page.locator('#panel .tl-mark[data-period="2025-W14"]').click();
    await expect
      .poll(() => page.locator('#panel .panel-title').textContent(), { timeout: 30_000 })
      .toBe('Norland can no longer support the blockade of the Kessel Strait.');
    expect(explorer.problems).toEqual([]);
    await page.close();
  });

  it("charts every speaker on a position and shows a misquote's two wordings side by side", async () => {
    const page = await openPanelOf(MARROW);
    await page
      .locator('#panel .stance-list')
      .getByRole('button', { name: 'Blockade of the Kessel Strait' })
      .first()
      .click();
    await expect
      .poll(() => page.locator('#panel .panel-title').textContent(), { timeout: 30_000 })
      .toBe('Blockade of the Kessel Strait');
    const marks = await timelineMarks(page);
    expect(
      marks
        .filter((m) => m.period === '2025-03')
        .map((m) => m.stance)
        .sort(),
    ).toEqual(['dismisses', 'opposes', 'opposes', 'opposes', 'supports']);
    expect(marks.filter((m) => m.period === 'undated')).toEqual([
      { period: 'undated', stance: 'supports', count: 1 },
    ]);
    const rows = await page.locator('#panel .tl-actor').allTextContents();
    expect(rows).toContain('Oren Dask');
    expect(rows).toContain('Harbour Pact');
    await page.locator('#panel .timeline-box').scrollIntoViewIfNeeded();
    await explorer.shot(page, 'position-timeline');

    const found = await pairs(page);
    expect(found.map((p) => p.kind)).toEqual([
      'ALLY_DISAGREEMENT',
      'SPEAKER_VARIANT',
      'QUOTE_VARIANT',
      'STANCE_CHANGE',
    ]);
    const misquote = found[2];
    expect(misquote?.quotes[1]).toBe(
      '“will sink any ship that blocks our grain in the strait, whatever Norland says”',
    );
    expect(misquote?.right).toEqual([
      'Defence spokesman Oren Dask said the navy "will sink any ship that blocks our grain in the strait, whatever Norland says", according to Nordwire.',
    ]);
    expect(misquote?.left).toHaveLength(1);
    expect(misquote?.left[0]).not.toBe(misquote?.right[0]);
    await page.locator('#panel .cx-pair[data-kind="QUOTE_VARIANT"]').scrollIntoViewIfNeeded();
    await explorer.shot(page, 'position-misquote');
    expect(explorer.problems).toEqual([]);
    await page.close();
  });

  it("draws a remark's provenance chain left to right, the first report marked", async () => {
    const page = await openPanelOf(DASK);
    const summary = page.locator('#panel .pv-first-report');
    await summary.waitFor({ timeout: 30_000 });
    await expect(summary.textContent()).resolves.toMatch(
      /^First known report: Valdoria Today, 20 March 2025\./,
    );
    await page.getByRole('button', { name: 'Draw the provenance chain' }).click();
    const dialog = page.getByRole('dialog', { name: 'Provenance chain' });
    await dialog.waitFor();
    const boxes = await dialog.locator('.pv-node').evaluateAll((nodes) =>
      nodes.map((n) => ({
        id: n.getAttribute('data-id'),
        x: Number(n.querySelector('.pv-box')?.getAttribute('x')),
        first: n.classList.contains('pv-first'),
        role: n.querySelector('.pv-role')?.textContent,
      })),
    );
    const x = (id: string) => boxes.find((b) => b.id === id)?.x ?? Number.NaN;
    // Speaker → the medium he said it to → the wire that carried it → the papers that printed it.
    expect(x('Actor:oren-dask')).toBeLessThan(x('Outlet:valdoria-today'));
    expect(x('Outlet:valdoria-today')).toBeLessThan(x('Outlet:nordwire'));
    expect(x('Outlet:nordwire')).toBeLessThan(x('Outlet:harbour-times'));
    expect(x('Outlet:harbour-times')).toBe(x('Outlet:eastline-online'));
    expect(boxes.filter((b) => b.first).map((b) => b.id)).toEqual(['Outlet:valdoria-today']);
    expect(boxes.find((b) => b.id === 'Outlet:valdoria-today')?.role).toBe('original medium · 2025-03-20');
    expect(await dialog.locator('.pv-link').count()).toBeGreaterThanOrEqual(3);
    await explorer.shot(page, 'provenance-chain');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(explorer.problems).toEqual([]);
    await page.close();
  });
});
