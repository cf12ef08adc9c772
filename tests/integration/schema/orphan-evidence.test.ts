import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { type ExportProgress, exportChunks } from '../../../src/export/run-export.js';
import { extractArticle } from '../../../src/extract/index.js';
import { formatIssues, validateAnnotatedArticle } from '../../../src/ingest/validate.js';
import { connectTestGraph, sendGraphQL } from '../../support/graph.js';
import { importAndReview } from '../../support/review-setup.js';
import { REVIEW_STORY } from '../../support/review-story.js';

// A reviewed statement whose remark a re-extraction drops (an orphan) keeps its evidence, but the article's
// text changed under it: its old offsets may point at other characters. Each answer here is checked against
// the text the article now holds: offsets stay only where they still cover the remark, move to the one place
// the new text holds it, and are otherwise given up for the text alone (`lostEvidence`).

const graph = connectTestGraph();
const KEY = 'orphan-evidence-key-0123456789';
const app = createApp({
  executor: graph.executor,
  repos: graph.repos,
  apiKeys: [{ name: 'dana', key: KEY }],
});

const articleId = `orphan-${randomUUID().slice(0, 8)}`;
const VOLKOV = 'Volkov thinks that new sanctions against Russia would fail.';
const volkovId = `${articleId}:s05`;
/** The text re-extracted by an extractor that no longer finds Volkov's remark, though the text may hold it. */
const withoutVolkovRemark = (text: string) => {
  const doc = extractArticle(text, { id: articleId, publisher: 'Reuters' });
  return {
    ...doc,
    statements: doc.statements.filter((s) => !s.evidence.some((e) => e.text.includes('Volkov'))),
  };
};
const MOVED = REVIEW_STORY.replace('Ryabkov said', 'Lavrov said the West was not listening.\n\nRyabkov said');
const TWICE = `Update: ${MOVED}\nAs quoted earlier: ${VOLKOV}\n`;
const GONE = REVIEW_STORY.replace(`${VOLKOV}\n`, 'Volkov declined to comment.\n');

type Orphan = {
  orphanedIn: { key: string }[];
  evidence: { article: { key: string }; start: number; end: number; excerpt: string }[];
  lostEvidence: { article: { key: string }; excerpt: string }[];
};

async function volkov(): Promise<Orphan> {
  const result = await sendGraphQL<{ statement: Orphan }>(
    app,
    `query ($id: ID!) { statement(id: $id) { orphanedIn { key }
      evidence { article { key } start end excerpt } lostEvidence { article { key } excerpt } } }`,
    { id: `Statement:${volkovId}` },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.statement as Orphan;
}

/** Every evidence offset the API gives for the article's statements, checked against the stored text. */
async function everyOffsetHolds(text: string) {
  const result = await sendGraphQL<{
    statements: { edges: { node: { evidence: { start: number; end: number; excerpt: string }[] } }[] };
  }>(
    app,
    `query ($article: ID!) { statements(filter: { article: $article }, first: 50) { edges { node {
      evidence { start end excerpt } } } } }`,
    { article: articleId },
  );
  expect(result.errors).toBeUndefined();
  const spans = (result.data?.statements.edges ?? []).flatMap((e) => e.node.evidence);
  expect(spans.length).toBeGreaterThan(0);
  for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.excerpt);
}

/** The article as `npm run export -- --format ndjson` writes it, and what the export said it left out. */
async function exportArticle() {
  let text = '';
  let last: ExportProgress | undefined;
  const source = { exports: graph.repos.exports, statements: graph.repos.statements };
  for await (const chunk of exportChunks(source, 'ndjson', { article: articleId }, (p) => {
    last = p;
  })) {
    text += chunk;
  }
  const lines = text.split('\n').filter((line) => line.length > 0);
  expect(lines).toHaveLength(1);
  const doc = JSON.parse(lines[0] as string) as { statements: { id: string }[] };
  const validation = validateAnnotatedArticle(doc);
  expect(validation.ok, validation.ok ? '' : formatIssues(validation.errors)).toBe(true);
  return { ids: doc.statements.map((st) => st.id), lost: last?.lost ?? 0 };
}

beforeAll(() =>
  importAndReview(graph, app, extractArticle(REVIEW_STORY, { id: articleId, publisher: 'Reuters' }), {
    id: volkovId,
    correction: '{ stance: WARNS }',
    key: KEY,
  }),
);
afterAll(async () => {
  await graph.repos.ingest.deleteArticleCascade(articleId);
  await graph.close();
});

describe("an orphan's evidence after its article's text changed", () => {
  it('moves to where the remark now stands when the new text holds it exactly once', async () => {
    await graph.repos.ingest.importArticle(withoutVolkovRemark(MOVED));
    const start = MOVED.indexOf(VOLKOV);
    // The premise: the old offsets now cover other characters.
    expect(MOVED.slice(REVIEW_STORY.indexOf(VOLKOV), REVIEW_STORY.indexOf(VOLKOV) + VOLKOV.length)).not.toBe(
      VOLKOV,
    );
    expect(await volkov()).toEqual({
      orphanedIn: [{ key: articleId }],
      evidence: [{ article: { key: articleId }, start, end: start + VOLKOV.length, excerpt: VOLKOV }],
      lostEvidence: [],
    });
    await everyOffsetHolds(MOVED);
  });

  it('writes its offsets only when they change', async () => {
    const stored = await graph.driver.executeQuery(
      `MATCH (:Statement {id: $id})-[:HAS_EVIDENCE]->(ev:Evidence)-[:IN_ARTICLE]->(:Article {id: $articleId})
       RETURN ev.id AS id, ev.start AS start, ev.end AS end`,
      { id: volkovId, articleId },
    );
    const [row] = stored.records;
    const ev = {
      id: row?.get('id') as string,
      start: Number(row?.get('start')),
      end: Number(row?.get('end')),
    };
    const place = (spans: { id: string; start: number | null; end: number | null }[]) =>
      graph.executor.transaction('write', 'test-place-orphans', async (tx) => {
        const [result] = await tx.run<{ placed: number }>('review/place-orphaned-evidence', { spans });
        return result?.placed;
      });
    // Placed where it already stands (what a re-import that moved nothing asks for): nothing is written.
    await expect(place([ev])).resolves.toBe(0);
    await expect(place([{ ...ev, start: null, end: null }])).resolves.toBe(1);
    await expect(place([{ ...ev, start: null, end: null }])).resolves.toBe(0);
    await expect(place([ev])).resolves.toBe(1);
    // The re-import of the same text asks to place it where it stands, and the answers stay as they were.
    await graph.repos.ingest.importArticle(withoutVolkovRemark(MOVED));
    const start = MOVED.indexOf(VOLKOV);
    expect((await volkov()).evidence).toEqual([
      { article: { key: articleId }, start, end: start + VOLKOV.length, excerpt: VOLKOV },
    ]);
  });

  it('gives up its offsets, keeping the text, when the new text holds the remark more than once', async () => {
    await graph.repos.ingest.importArticle(withoutVolkovRemark(TWICE));
    const previous = MOVED.indexOf(VOLKOV);
    expect(TWICE.slice(previous, previous + VOLKOV.length)).not.toBe(VOLKOV);
    expect(await volkov()).toEqual({
      orphanedIn: [{ key: articleId }],
      evidence: [],
      lostEvidence: [{ article: { key: articleId }, excerpt: VOLKOV }],
    });
    await everyOffsetHolds(TWICE);
  });

  it('stays without offsets when the text no longer holds the remark, and is placed again when it returns', async () => {
    await graph.repos.ingest.importArticle(extractArticle(GONE, { id: articleId, publisher: 'Reuters' }));
    expect(await volkov()).toEqual({
      orphanedIn: [{ key: articleId }],
      evidence: [],
      lostEvidence: [{ article: { key: articleId }, excerpt: VOLKOV }],
    });
    await everyOffsetHolds(GONE);
    // The import format needs a span for every statement: the export leaves the orphan out, says so, and what
    // it writes can be imported again.
    const exported = await exportArticle();
    expect(exported.ids).not.toContain(volkovId);
    expect(exported.lost).toBe(1);

    await graph.repos.ingest.importArticle(
      extractArticle(REVIEW_STORY, { id: articleId, publisher: 'Reuters' }),
    );
    const start = REVIEW_STORY.indexOf(VOLKOV);
    expect(await volkov()).toEqual({
      orphanedIn: [],
      evidence: [{ article: { key: articleId }, start, end: start + VOLKOV.length, excerpt: VOLKOV }],
      lostEvidence: [],
    });
    await everyOffsetHolds(REVIEW_STORY);
  });
});
