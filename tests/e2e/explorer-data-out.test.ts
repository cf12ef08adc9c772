import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otherArticleOver, seedDocument } from '../support/documents.js';
import { connectTestGraph, TEST_API_KEY } from '../support/graph.js';
import { DESKTOP, type PageGlobals, settled, startExplorer } from './support/explorer-page.js';

const ARTIFACTS = 'test-results/explorer-data-out';
const PESKOV = 'Actor:dmitry-peskov';

const graph = connectTestGraph();
let explorer: Awaited<ReturnType<typeof startExplorer>>;
let page: Page;
const imported: string[] = [];

/** The statements drawn on the canvas, by global id. */
const drawnStatements = (p: Page) =>
  p.evaluate(() =>
    (globalThis as unknown as PageGlobals).claimgraphExplorer.cy
      .nodes('[type = "statement"]')
      .map((n) => n.id()),
  );

/** Opens the Export menu and picks an entry with the mouse, as a person would; returns the saved download. */
async function exportFromMenu(p: Page, entry: string) {
  await p.locator('#export-menu > summary').click();
  const [download] = await Promise.all([
    p.waitForEvent('download', { timeout: 60_000 }),
    p.getByRole('button', { name: entry }).click(),
  ]);
  const path = `${ARTIFACTS}/${download.suggestedFilename()}`;
  await download.saveAs(path);
  return { name: download.suggestedFilename(), url: download.url(), text: readFileSync(path, 'utf8') };
}

beforeAll(async () => {
  explorer = await startExplorer(graph, ARTIFACTS);
  page = await explorer.open(DESKTOP, { acceptDownloads: true });
});

afterAll(async () => {
  await explorer?.stop();
  for (const id of imported) await graph.repos.ingest.deleteArticleCascade(id);
  await graph.close();
});

describe("the explorer's Export menu: data from the server", () => {
  it('downloads the drawn neighborhood as CSV, GraphML, JSON-LD and NDJSON that parse, from the menu', async () => {
    await page.goto(`${explorer.base}/explore#focus=${PESKOV}`);
    await settled(page, { drawn: [PESKOV] });
    const drawn = (await drawnStatements(page)).map((id) => id.replace(/^Statement:/, '')).sort();
    expect(drawn.length).toBeGreaterThan(3);

    await page.locator('#export-menu > summary').click();
    await expect
      .poll(() => page.locator('#export-scope-view').textContent())
      .toBe('This neighborhood, filtered');
    await explorer.shot(page, '1-export-menu');
    await page.locator('#export-menu > summary').click();

    // CSV, read by csv-parse with nothing but the header row as column names: exactly the drawn statements.
    const csv = await exportFromMenu(page, 'CSV table (pandas, R)');
    expect(csv.name).toMatch(/^claimgraph-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(new URL(csv.url).searchParams.get('neighborhood')).toBe(PESKOV);
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.statement_id).sort()).toEqual(drawn);

    // GraphML, read by the browser's own XML parser: well formed, the statements as nodes, typed keys.
    const graphml = await exportFromMenu(page, 'GraphML (Gephi, NetworkX)');
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
      const nodes = [...doc.getElementsByTagName('node')].map((n) => n.getAttribute('id') ?? '');
      const keys = [...doc.getElementsByTagName('key')].map((k) => k.getAttribute('attr.type'));
      return { error, nodes, edges: doc.getElementsByTagName('edge').length, keys };
    }, graphml.text);
    expect(parsed.error).toBeNull();
    expect(parsed.edges).toBeGreaterThan(0);
    expect(parsed.keys.every((t) => t !== null)).toBe(true);
    for (const id of drawn) expect(parsed.nodes.some((n) => n.endsWith(id))).toBe(true);

    // JSON-LD: one JSON document; NDJSON: one annotated article per line.
    const jsonld = JSON.parse((await exportFromMenu(page, 'JSON-LD (schema.org)')).text) as Record<
      string,
      unknown
    >;
    expect(JSON.stringify(jsonld['@context'])).toContain('schema.org');
    // Every drawn statement is a schema.org Claim in the document's graph.
    const claims = (jsonld['@graph'] as { '@type': string | string[]; identifier: string }[])
      .filter((item) => [item['@type']].flat().includes('Claim'))
      .map((item) => item.identifier);
    for (const id of drawn) expect(claims).toContain(id);
    const ndjson = (await exportFromMenu(page, 'NDJSON (import format)')).text.trim().split('\n');
    const articles = ndjson.map((line) => JSON.parse(line) as { article: { id: string } });
    expect(articles.map((a) => a.article.id)).toContain(seedDocument().article.id);
  });

  it('downloads only what the filters keep, and the whole graph when asked', async () => {
    await page.goto(`${explorer.base}/explore#focus=${PESKOV}&stance=dismisses`);
    await settled(page, { drawn: [PESKOV] });
    await page.locator('#export-menu > summary').click();
    await page.getByLabel('Whole graph, filtered').check();
    await page.locator('#export-menu > summary').click();
    const csv = await exportFromMenu(page, 'CSV table (pandas, R)');
    const url = new URL(csv.url);
    expect(url.searchParams.get('neighborhood')).toBeNull();
    expect(url.searchParams.get('stance')).toBe('dismisses');
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.stances).toContain('dismisses');
  });
});

describe('Follow live', () => {
  it('draws the statements of an article imported through the API into the followed view', async () => {
    await page.goto(`${explorer.base}/explore#focus=${PESKOV}`);
    await settled(page, { drawn: [PESKOV] });
    const before = new Set(await drawnStatements(page));
    await page.getByRole('button', { name: 'Follow live' }).click();
    await expect.poll(() => page.locator('#follow-live').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('#status').textContent()).toContain('following live');

    const doc = otherArticleOver(seedDocument(), `live-${Date.now()}`);
    imported.push(doc.article.id);
    const peskovSaid = doc.statements
      .filter((s) => s.speaker === 'dmitry-peskov')
      .map((s) => `Statement:${s.id}`);
    const result = await graph.graphql(
      'mutation ($d: JSON!) { importArticle(document: $d) { status } }',
      { d: doc },
      { authorization: `Bearer ${TEST_API_KEY}` },
    );
    expect(result.errors).toBeUndefined();

    // Every statement Peskov made in the new article arrives and hangs off him, the view itself untouched.
    await page.waitForFunction(
      (ids) => {
        const cy = (globalThis as unknown as PageGlobals).claimgraphExplorer.cy;
        return ids.every((id) => !cy.getElementById(id).empty());
      },
      peskovSaid,
      { timeout: 60_000 },
    );
    await settled(page, { shown: peskovSaid });
    const arrived = await page.evaluate(
      ([ids, peskov]) => {
        const cy = (globalThis as unknown as PageGlobals).claimgraphExplorer.cy;
        return ids.map((id) => {
          const node = cy.getElementById(id);
          const said = cy
            .edges('[type = "SAID"]')
            .filter((e) => e.data('target') === id && e.data('source') === peskov);
          return { id, ringed: node.hasClass('arrived'), said: said.length, visible: node.visible() };
        });
      },
      [peskovSaid, PESKOV] as const,
    );
    for (const a of arrived) expect(a).toEqual({ id: a.id, ringed: true, said: 1, visible: true });
    for (const id of before) expect((await drawnStatements(page)).includes(id)).toBe(true);
    await expect
      .poll(() => page.locator('#status').textContent())
      .toContain(`${peskovSaid.length} new shown`);
    await page.locator('#fit-view').click();
    await explorer.shot(page, '2-followed-live');

    await page.getByRole('button', { name: 'Following' }).click();
    await expect.poll(() => page.locator('#follow-live').getAttribute('aria-pressed')).toBe('false');
  });

  it('logged no console errors and fetched nothing from outside the server', () => {
    expect(explorer.problems).toEqual([]);
    expect(explorer.offsite).toEqual([]);
  });
});
