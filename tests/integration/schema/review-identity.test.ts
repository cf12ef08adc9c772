import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { extractArticle } from '../../../src/extract/index.js';
import { connectTestGraph, sendGraphQL } from '../../support/graph.js';
import { importAndReview } from '../../support/review-setup.js';
import { REVIEW_STORY } from '../../support/review-story.js';

// A review belongs to a remark, not to a position in the article: statement ids are the extractor's
// positions (`<article>:s05`), so a re-extraction that finds one more or one fewer remark before a reviewed
// one hands its id to another remark. These tests re-extract the review story with a remark added before the
// reviewed one, one taken away, and the reviewed one gone, and follow the review by its evidence.

const graph = connectTestGraph();
const KEY = 'identity-review-key-0123456789';
const app = createApp({
  executor: graph.executor,
  repos: graph.repos,
  apiKeys: [{ name: 'carol', key: KEY }],
});

const articleId = `identity-${randomUUID().slice(0, 8)}`;
const extracted = (text: string) => extractArticle(text, { id: articleId, publisher: 'Reuters' });
const VOLKOV = 'Volkov thinks that new sanctions against Russia would fail.';
const GENEVA = 'Ryabkov said the talks in Geneva had reached a dead end, according to Sputnik.';
const NEVER = '"We will never accept that," he said.';
/** One more remark before the reviewed one: every later statement's id moves up by one. */
const ONE_MORE = REVIEW_STORY.replace(
  'Ryabkov said',
  'Lavrov said the West was not listening.\n\nRyabkov said',
);
/** One remark fewer before the reviewed one: every later statement's id moves down by one. */
const ONE_FEWER = REVIEW_STORY.replace(`${NEVER}\n\n`, '');
const WITHOUT_VOLKOV = REVIEW_STORY.replace(`${VOLKOV}\n`, '');

type Row = {
  key: string;
  reviewStatus: string | null;
  speaker: { key: string } | null;
  positions: { stance: string }[];
  evidence: { start: number; excerpt: string }[];
  lostEvidence: { excerpt: string }[];
  reviewHistory: { reviewer: string }[];
  orphanedIn: { key: string }[];
};

async function statementsOfArticle(): Promise<Row[]> {
  const result = await sendGraphQL<{ statements: { edges: { node: Row }[] } }>(
    app,
    `query ($article: ID!) { statements(filter: { article: $article }, first: 50) { edges { node {
      key reviewStatus speaker { key } positions { stance } evidence { start excerpt } lostEvidence { excerpt }
      reviewHistory { reviewer } orphanedIn { key } } } } }`,
    { article: articleId },
  );
  expect(result.errors).toBeUndefined();
  return (result.data?.statements.edges ?? []).map((e) => e.node);
}

/**
 * The statements whose evidence holds the sentence (placed in the text or, for an orphan whose text is gone,
 * kept as text only), and the reviewed ones: each must be exactly one.
 */
async function following(sentence: string) {
  const rows = await statementsOfArticle();
  return {
    withSentence: rows.filter((r) =>
      [...r.evidence, ...r.lostEvidence].some((e) => e.excerpt.includes(sentence)),
    ),
    reviewed: rows.filter((r) => r.reviewHistory.length > 0),
    count: rows.length,
  };
}

const volkovId = `${articleId}:s05`;

beforeAll(() =>
  importAndReview(graph, app, extracted(REVIEW_STORY), {
    id: volkovId,
    correction: '{ speaker: "sergei-ryabkov", stance: WARNS }',
    key: KEY,
  }),
);
afterAll(async () => {
  await graph.repos.ingest.deleteArticleCascade(articleId);
  await graph.close();
});

describe('a review follows its remark through re-extractions', () => {
  it('stays with the remark when a re-extraction finds one more remark before it', async () => {
    const again = extracted(ONE_MORE);
    // The premise: the reviewed remark's id now belongs to the Geneva remark.
    expect(again.statements.find((s) => s.id === volkovId)?.evidence[0]?.text).toBe(GENEVA);
    await graph.repos.ingest.importArticle(again);
    const { withSentence, reviewed, count } = await following(VOLKOV);
    expect(count).toBe(6);
    expect(withSentence).toHaveLength(1);
    expect(reviewed.map((r) => r.key)).toEqual([volkovId]);
    expect(withSentence[0]).toMatchObject({
      key: volkovId,
      reviewStatus: 'CORRECTED',
      speaker: { key: 'sergei-ryabkov' },
      positions: [{ stance: 'WARNS' }],
      orphanedIn: [],
    });
    // Its evidence is where the remark now stands in the new text.
    expect(withSentence[0]?.evidence).toEqual([{ start: ONE_MORE.indexOf(VOLKOV), excerpt: VOLKOV }]);
    // The remark that took the id by position is the machine's, unreviewed, and only it holds the Geneva span.
    const geneva = (await following(GENEVA)).withSentence;
    expect(geneva).toHaveLength(1);
    expect(geneva[0]).toMatchObject({
      reviewStatus: null,
      reviewHistory: [],
      speaker: { key: 'sergei-ryabkov' },
    });
    expect(geneva[0]?.evidence).toEqual([{ start: ONE_MORE.indexOf(GENEVA), excerpt: GENEVA }]);
  });

  it('stays with the remark when a re-extraction finds one remark fewer before it', async () => {
    await graph.repos.ingest.importArticle(extracted(ONE_FEWER));
    const { withSentence, reviewed, count } = await following(VOLKOV);
    expect(count).toBe(4);
    expect(reviewed.map((r) => r.key)).toEqual([volkovId]);
    expect(withSentence).toHaveLength(1);
    expect(withSentence[0]).toMatchObject({ key: volkovId, reviewStatus: 'CORRECTED', orphanedIn: [] });
    expect(withSentence[0]?.evidence).toEqual([{ start: ONE_FEWER.indexOf(VOLKOV), excerpt: VOLKOV }]);
    expect((await following(NEVER)).withSentence).toEqual([]);
  });

  it('keeps a reviewed statement whose remark the re-extraction no longer finds, marked orphaned', async () => {
    await graph.repos.ingest.importArticle(extracted(WITHOUT_VOLKOV));
    const { withSentence, reviewed, count } = await following(VOLKOV);
    expect(count).toBe(5);
    expect(reviewed.map((r) => r.key)).toEqual([volkovId]);
    expect(withSentence).toHaveLength(1);
    expect(withSentence[0]).toMatchObject({
      key: volkovId,
      reviewStatus: 'CORRECTED',
      speaker: { key: 'sergei-ryabkov' },
      reviewHistory: [{ reviewer: 'carol' }],
      orphanedIn: [{ key: articleId }],
      evidence: [],
      lostEvidence: [{ excerpt: VOLKOV }],
    });
    // Nothing else is orphaned, and no machine statement took over the reviewed one's id.
    const rows = await statementsOfArticle();
    expect(rows.filter((r) => r.orphanedIn.length > 0).map((r) => r.key)).toEqual([volkovId]);

    // When a later extraction finds the remark again, it is the reviewed statement again, no longer orphaned.
    await graph.repos.ingest.importArticle(extracted(REVIEW_STORY));
    const back = await following(VOLKOV);
    expect(back.count).toBe(5);
    expect(back.withSentence.map((r) => [r.key, r.reviewStatus, r.orphanedIn])).toEqual([
      [volkovId, 'CORRECTED', []],
    ]);
  });
});
