import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { seedDocument } from '../support/documents.js';
import { connectTestGraph } from '../support/graph.js';

const ARTIFACTS = 'test-results/neo4j-browser';
const graph = connectTestGraph();
let browser: Browser;

beforeAll(async () => {
  await graph.executor.applySchema();
  await graph.repos.ingest.importArticle(seedDocument());
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await graph.close();
});

describe('Neo4j Browser next to claimgraph', () => {
  it('captions nodes by name and text, and edges by stance, as soon as it connects', async () => {
    const http = inject('neo4jHttpUrl');
    const { uri, password } = inject('neo4j');
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    // Offline, as on a newsroom's analysis box: Browser's own calls out (fonts, analytics) are refused.
    const offsite: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (
        /^(https?|wss?):\/\/127\.0\.0\.1:/.test(url) ||
        url.startsWith('data:') ||
        url.startsWith('blob:')
      ) {
        return route.continue();
      }
      offsite.push(new URL(url).hostname);
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(`${http}/browser/?dbms=${encodeURIComponent(uri)}&preselectAuthMethod=NATIVE`);
    // A person logging in: the connect form, then the password.
    await page.locator('input[data-testid="username"]').fill('neo4j', { timeout: 60_000 });
    await page.locator('input[data-testid="password"]').fill(password);
    await page.locator('button[data-testid="connect"]').click();
    // The server's browser.post_connect_cmd applies claimgraph's style: its frame shows the stylesheet.
    await expect.poll(() => page.locator('body').textContent(), { timeout: 60_000 }).toContain('{name}');
    await page.locator('[data-testid="activeEditor"]').first().click();
    await page.keyboard.type(
      "MATCH (a:Actor {id: 'dmitry-peskov'})-[r:SAID]->(s:Statement)-[t:TAKES_POSITION]->(p:Position) RETURN a, r, s, t, p",
    );
    await page.keyboard.press('Control+Enter');
    const captions = async () =>
      (await page.locator('svg .node text, svg .relationship text').allTextContents()).map((t) => t.trim());
    await expect.poll(async () => (await captions()).join(' '), { timeout: 60_000 }).toContain('Peskov');
    const shown = await captions();
    await page.screenshot({ path: `${ARTIFACTS}/peskov-stances.png` });
    expect(shown.join(' ')).toContain('Dmitry');
    expect(shown).toContain('NATO');
    expect(shown).toEqual(expect.arrayContaining(['opposes', 'dismisses']));
    expect(shown).not.toContain('false');
    console.log(`Neo4j Browser tried to reach (refused): ${[...new Set(offsite)].join(', ') || 'nothing'}`);
    await context.close();
  });
});
