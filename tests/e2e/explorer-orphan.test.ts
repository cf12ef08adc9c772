import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { connectTestGraph, TEST_API_KEY } from '../support/graph.js';
import { importForTest } from '../support/import-retry.js';
import { REVIEW_STORY } from '../support/review-story.js';
import { openPanelOf, startExplorer } from './support/explorer-page.js';

/**
 * A reviewed statement that a re-extraction of its article no longer finds stays (the review outranks the
 * machine) and is flagged: a fact-checker opening it in the explorer reads which article dropped it and where its
 * passage stands in that article's text now, or that it stands nowhere and the words the review saw.
 */

const ARTIFACTS = 'test-results/explorer-orphan';
const ARTICLE = `e2e-orphan-${randomUUID().slice(0, 8)}`;
const VOLKOV_ID = `Statement:${ARTICLE}:s05`;
const VOLKOV = 'Volkov thinks that new sanctions against Russia would fail.';
const TITLE = 'Kremlin rejects NATO expansion as talks stall';
const META = { id: ARTICLE, publisher: 'Reuters', title: TITLE };
/** The article as an extractor that no longer finds Volkov's remark reads it (the text may still hold it). */
const reExtracted = (text: string) => {
  const doc = extractArticle(text, META);
  return {
    ...doc,
    statements: doc.statements.filter((s) => !s.evidence.some((e) => e.text.includes('Volkov'))),
  };
};
const MOVED = REVIEW_STORY.replace('Ryabkov said', 'Lavrov said the West was not listening.\n\nRyabkov said');
const GONE = REVIEW_STORY.replace(`${VOLKOV}\n`, 'Volkov declined to comment.\n');

const graph = connectTestGraph();
let explorer: Awaited<ReturnType<typeof startExplorer>>;

beforeAll(async () => {
  await graph.executor.applySchema();
  await importForTest(graph.repos.ingest, extractArticle(REVIEW_STORY, META));
  const reviewed = await graph.graphql(
    `mutation ($id: ID!) { reviewStatement(id: $id, correction: { stance: WARNS }) { statement { key } } }`,
    { id: VOLKOV_ID },
    { authorization: `Bearer ${TEST_API_KEY}` },
  );
  expect(reviewed.errors).toBeUndefined();
  explorer = await startExplorer(graph, ARTIFACTS);
});

afterAll(async () => {
  await explorer?.stop();
  await graph.repos.ingest.deleteArticleCascade(ARTICLE);
  await graph.close();
});

/** The orphan note of the open panel: its lines as a person reads them, per article. */
async function orphanNote(page: Awaited<ReturnType<typeof openPanelOf>>) {
  const note = page.locator('#panel .rv-state:not([aria-busy]) .rv-orphan');
  await note.waitFor({ timeout: 30_000 });
  await note.scrollIntoViewIfNeeded();
  return {
    heading: await note.locator('strong').first().textContent(),
    articles: await note.locator('.rv-orphan-article').evaluateAll((items) =>
      items.map((li) => ({
        id: li.getAttribute('data-id'),
        link: li.querySelector('button')?.textContent ?? '',
        where: [...li.querySelectorAll('.rv-orphan-placed, .rv-orphan-lost')].map((d) => d.textContent),
      })),
    ),
  };
}

describe('an orphaned review in the explorer', () => {
  it('shows no note while the extraction still finds the remark', async () => {
    const page = await openPanelOf(explorer, VOLKOV_ID);
    await page.locator('#panel .rv-state:not([aria-busy]) .rv-status').waitFor({ timeout: 30_000 });
    await expect(page.locator('#panel .rv-status').textContent()).resolves.toMatch(/^Reviewed: corrected\./);
    expect(await page.locator('#panel .rv-orphan').count()).toBe(0);
    await page.close();
  });

  it('names the article that dropped the remark and where its passage stands now', async () => {
    await graph.repos.ingest.importArticle(reExtracted(MOVED));
    const page = await openPanelOf(explorer, VOLKOV_ID);
    const start = MOVED.indexOf(VOLKOV);
    expect(await orphanNote(page)).toEqual({
      heading: 'No longer found by a re-extraction',
      articles: [
        {
          id: `Article:${ARTICLE}`,
          link: TITLE,
          where: [
            `Its passage is still in the article's text, now at characters ${start}–${start + VOLKOV.length}.`,
          ],
        },
      ],
    });
    await explorer.shot(page, 'orphan-placed');
    // The evidence the panel highlights is the remark, in the text as it is now.
    const marked = await page.locator('#panel mark').allTextContents();
    expect(marked).toContain(VOLKOV);
    await page.close();
  });

  it('says when the text no longer holds the passage, with the words the review saw', async () => {
    await graph.repos.ingest.importArticle(reExtracted(GONE));
    const page = await openPanelOf(explorer, VOLKOV_ID);
    expect(await orphanNote(page)).toEqual({
      heading: 'No longer found by a re-extraction',
      articles: [
        {
          id: `Article:${ARTICLE}`,
          link: TITLE,
          where: [`The text no longer holds its passage at one place; the review saw: ${VOLKOV}`],
        },
      ],
    });
    expect(await page.locator('#panel .rv-orphan q').textContent()).toBe(VOLKOV);
    await explorer.shot(page, 'orphan-lost');
    // The article's name is a button that opens it.
    await page.locator('#panel .rv-orphan-article button').click();
    await expect
      .poll(() => page.locator('#panel h2, #panel .panel-title').first().textContent(), { timeout: 30_000 })
      .toContain(TITLE);
    await explorer.shot(page, 'orphan-article-opened');
    expect(explorer.problems).toEqual([]);
    expect(explorer.offsite).toEqual([]);
    await page.close();
  });
});
