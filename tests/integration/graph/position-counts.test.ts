import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { backfillPositionCounts, countBackfillLine } from '../../../src/graph/position-counts.js';
import type { Correction } from '../../../src/graph/review-changes.js';
import { StatementRepository } from '../../../src/graph/statement.js';
import { STANCES } from '../../../src/ingest/format.js';
import { connectTestGraph, sendGraphQL, TEST_API_KEY } from '../../support/graph.js';
import { type Remark, remarkArticle } from '../../support/remark-articles.js';
import { seeded } from '../../support/seeded.js';

// The position counts (docs/model.md: per position and speech act, the statements taking the position) are kept
// by every write. After each step of a seeded random sequence of imports, re-extractions, further reports,
// deletions and reviews (rejections and position corrections among them), the stored counts must equal a
// recount from the stance edges, and the API's totalCount of a position's list (of one speech act or all)
// must equal that recount, read through a server whose every counted position is a hub (so the count is the
// stored one and the page comes from the date-index walk). The walk's pages must equal the sorted pages of a
// server that never walks, both ways and after a cursor. Dates tie and some statements are undated.
const graph = connectTestGraph();
const suffix = randomUUID().slice(0, 8);
const ACTORS = [0, 1].map((i) => `pc-speaker-${i}-${suffix}`);
const POSITIONS = [0, 1, 2].map((i) => `pc-position-${i}-${suffix}`);
const OUTLET = `pc-outlet-${suffix}`;
const SPEECH_ACTS = ['claim', 'denial', 'warning'] as const;
const DATES = ['2025-03-30', '2025-03-31', '2025-04-01', null] as const;

const { next, pick } = seeded(15);

// Every counted position walks here, none there: the two answer every list the same way.
const walking = new StatementRepository(graph.executor, { hubFactor: 1_000_000_000 });
const sorting = new StatementRepository(graph.executor, { hubFactor: 0 });
const app = createApp({
  executor: graph.executor,
  repos: { ...graph.repos, statements: walking },
  apiKeys: [TEST_API_KEY],
});

let sentences = 0;

function remark(reuse: readonly string[]): Remark {
  const positions = [{ position: pick(POSITIONS), stance: pick(STANCES) }];
  // Two stances on one position are one statement of its list.
  if (next() < 0.4) positions.push({ position: pick(POSITIONS), stance: pick(STANCES) });
  const n = sentences++;
  const day = pick(DATES);
  return {
    sentence: `Someone said thing number ${n}.`,
    reusedId: reuse.length > 0 && next() < 0.25 ? pick(reuse) : null,
    statement: {
      speaker: pick(ACTORS),
      text: `Thing ${n}`,
      quote: null,
      speechAct: pick(SPEECH_ACTS),
      negated: false,
      conditional: false,
      condition: null,
      statedOn: day ? { value: day, precision: 'day', context: false } : null,
      cue: null,
      originalMedium: null,
      citedVia: [],
      positions: positions.filter(
        (p, i) => positions.findIndex((q) => q.position === p.position && q.stance === p.stance) === i,
      ),
      mentions: [],
      events: [],
    },
  };
}

/** A re-extraction keeps some remarks (a kept reviewed one is matched by its evidence), drops and adds others. */
function extraction(previous: readonly Remark[] | undefined, reuse: readonly string[]): Remark[] {
  const kept = (previous ?? []).filter(() => next() < 0.6);
  const added = Array.from({ length: (previous ? 0 : 1) + Math.floor(next() * 4) }, () => remark(reuse));
  return [...kept, ...added];
}

const cast = { actors: ACTORS, positions: POSITIONS, outlet: OUTLET, suffix };
const article = (id: string, remarks: readonly Remark[]) => remarkArticle(id, remarks, cast);

/** `position speechAct count` lines, sorted: what the stored counts hold (zeros left out), and a recount. */
async function readCounts(): Promise<{ stored: string[]; recounted: string[] }> {
  const stored = await graph.driver.executeQuery(
    `MATCH (c:PositionCount) WHERE c.position IN $positions AND c.statements <> 0
     RETURN c.position + ' ' + c.speechAct + ' ' + toString(c.statements) AS line ORDER BY line`,
    { positions: POSITIONS },
  );
  const recounted = await graph.driver.executeQuery(
    `MATCH (s:Statement)-[:TAKES_POSITION]->(p:Position) WHERE p.id IN $positions
     WITH DISTINCT s, p
     WITH p.id AS position, s.speechAct AS speechAct, count(*) AS n
     RETURN position + ' ' + speechAct + ' ' + toString(n) AS line ORDER BY line`,
    { positions: POSITIONS },
  );
  const lines = (r: typeof stored) => r.records.map((x) => String(x.get('line')));
  return { stored: lines(stored), recounted: lines(recounted) };
}

const recountOf = (lines: readonly string[], position: string, speechAct: string | null) =>
  lines
    .map((line) => line.split(' '))
    .filter(([p, act]) => p === position && (speechAct === null || act === speechAct))
    .reduce((sum, [, , n]) => sum + Number(n), 0);

const LIST = `query($filter: StatementFilter!) {
  statements(filter: $filter, first: 2) { totalCount edges { node { key } } } }`;

async function expectCounts(step: string) {
  const counts = await readCounts();
  expect(counts.stored, step).toEqual(counts.recounted);
  for (const position of POSITIONS) {
    for (const speechAct of [null, ...SPEECH_ACTS]) {
      const filter = { position, speechAct: speechAct?.toUpperCase() ?? null };
      const answer = await sendGraphQL<{ statements: { totalCount: number } }>(app, LIST, { filter });
      expect(answer.errors, `${step}: ${JSON.stringify(filter)}`).toBeUndefined();
      expect(answer.data?.statements.totalCount, `${step}: ${JSON.stringify(filter)}`).toBe(
        recountOf(counts.recounted, position, speechAct),
      );
    }
  }
}

/**
 * Every page of a list, newest or oldest first, as the walk and the sort give them: a position's (of one speech
 * act or all) and a speaker's (the actor lists walk by the same factor).
 */
async function expectSamePages(step: string) {
  const filters = [
    ...POSITIONS.flatMap((position) => [null, 'claim'].map((speechAct) => ({ position, speechAct }))),
    ...ACTORS.map((speaker) => ({ speaker })),
  ];
  for (const filter of filters) {
    for (const descending of [true, false]) {
      const read = async (repo: StatementRepository) => {
        const pages: string[] = [];
        let after: string | null = null;
        for (let page = 0; page < 20; page++) {
          const request = { filter, descending, first: 3, after, withCount: true };
          const [found] = await repo.findStatements([request]);
          if (!found) break;
          pages.push(`${found.totalCount}: ${found.ids.join(' ')}`);
          if (!found.hasNextPage) break;
          after = found.cursors.at(-1) ?? null;
        }
        return pages;
      };
      const label = `${step}: ${JSON.stringify(filter)} ${descending ? 'newest' : 'oldest'} first`;
      expect(await read(walking), label).toEqual(await read(sorting));
    }
  }
}

async function statementIds(): Promise<string[]> {
  const { records } = await graph.driver.executeQuery(
    'MATCH (:Article)-[:REPORTS]->(s:Statement) WHERE s.id CONTAINS $suffix RETURN DISTINCT s.id AS id ORDER BY id',
    { suffix },
  );
  return records.map((r) => String(r.get('id')));
}

function correction(): Correction {
  const kind = next();
  if (kind < 0.3) return { reject: true };
  if (kind < 0.7) {
    const positions = [{ position: pick(POSITIONS), stance: pick(STANCES) }];
    return { positions: next() < 0.2 ? [] : positions };
  }
  if (kind < 0.85) return { stance: pick(STANCES) };
  return { speaker: pick(ACTORS) };
}

const live = new Set<string>();
beforeAll(() => graph.executor.applySchema());
afterAll(async () => {
  for (const id of live) await graph.repos.ingest.deleteArticleCascade(id);
  await graph.close();
});

describe('position counts', () => {
  it('equal a recount, and the API totalCount, after random imports, re-imports, deletions and reviews', {
    timeout: 600_000,
  }, async () => {
    let made = 0;
    const extractions = new Map<string, Remark[]>();
    const done = { rejected: 0, deleted: 0, reextracted: 0 };
    for (let step = 0; step < 40; step++) {
      const roll = next();
      const articles = [...live].sort();
      let what: string;
      if (roll < 0.3 || articles.length === 0) {
        const id = `pc-article-${made++}-${suffix}`;
        const remarks = extraction(undefined, await statementIds());
        await graph.repos.ingest.importValidated(article(id, remarks));
        extractions.set(id, remarks);
        live.add(id);
        what = `import ${id}`;
      } else if (roll < 0.55) {
        const id = pick(articles);
        const others = (await statementIds()).filter((s) => !s.startsWith(`${id}:`));
        const remarks = extraction(extractions.get(id), others);
        await graph.repos.ingest.importValidated(article(id, remarks));
        extractions.set(id, remarks);
        done.reextracted += 1;
        what = `re-extract ${id}: ${remarks.length} remarks`;
      } else if (roll < 0.65) {
        const id = pick(articles);
        await graph.repos.ingest.deleteArticleCascade(id);
        live.delete(id);
        done.deleted += 1;
        what = `delete ${id}`;
      } else {
        const ids = await statementIds();
        if (ids.length === 0) continue;
        const id = pick(ids);
        const change = correction();
        await graph.repos.reviews.reviewStatement(id, change, 'position-count-test');
        if (change.reject) done.rejected += 1;
        what = `review ${id} ${JSON.stringify(change)}`;
      }
      await expectCounts(`step ${step}: ${what}`);
      if (step % 5 === 4) await expectSamePages(`step ${step}: ${what}`);
    }
    expect(done.rejected, 'rejections').toBeGreaterThan(0);
    expect(done.deleted, 'deletions').toBeGreaterThan(0);
    expect(done.reextracted, 're-extractions').toBeGreaterThan(0);
    // Not an empty comparison: the sequence left statements of several speech acts on every position.
    const { recounted } = await readCounts();
    expect(recounted.length).toBeGreaterThanOrEqual(6);
    await expectSamePages('end');
  });

  it("leave no count behind when an article deletion takes a position another article's statement took by review", async () => {
    // A position only article A declares; article B's statement takes it by a review, an edge no article
    // lists, which the deletion of A removes with the position itself.
    const only = `pc-only-${suffix}`;
    const [a, b] = ['a', 'b'].map((x) => `pc-owner-${x}-${suffix}`) as [string, string];
    const ownRemark = (): Remark => {
      const r = remark([]);
      return {
        ...r,
        statement: {
          ...r.statement,
          speechAct: 'claim',
          positions: [{ position: only, stance: 'supports' }],
        },
      };
    };
    const owner = remarkArticle(a, [ownRemark()], { ...cast, positions: [only] });
    const other = article(b, [remark([])]);
    await graph.repos.ingest.importValidated(owner);
    await graph.repos.ingest.importValidated(other);
    live.add(b);
    const reviewed = `${b}:s0`;
    await graph.repos.reviews.reviewStatement(
      reviewed,
      { positions: [{ position: only, stance: 'opposes' }] },
      'position-count-test',
    );
    const countOf = async () => {
      const { records } = await graph.driver.executeQuery(
        `OPTIONAL MATCH (c:PositionCount {position: $only})
         WITH sum(c.statements) AS stored
         OPTIONAL MATCH (s:Statement)-[:TAKES_POSITION]->(:Position {id: $only})
         RETURN stored, count(DISTINCT s) AS recounted`,
        { only },
      );
      return { stored: Number(records[0]?.get('stored')), recounted: Number(records[0]?.get('recounted')) };
    };
    // Not a vacuous check: both articles' statements take the position before the deletion.
    expect(await countOf()).toEqual({ stored: 2, recounted: 2 });
    await graph.repos.ingest.deleteArticleCascade(a);
    expect(await countOf()).toEqual({ stored: 0, recounted: 0 });
    // Declared again: its count starts from what takes it then.
    await graph.repos.ingest.importValidated(owner);
    live.add(a);
    expect(await countOf()).toEqual({ stored: 1, recounted: 1 });
  });

  it('are recounted by the backfill, once: a restart reads the marker, an interrupted one resumes', async () => {
    const before = await readCounts();
    expect(before.stored).toEqual(before.recounted);
    expect(before.stored.length).toBeGreaterThan(0);
    // A store from before the counts: some missing, some wrong, and no marker.
    const spoil = async () =>
      graph.driver.executeQuery(
        `MATCH (c:PositionCount) WHERE c.position IN $positions
         WITH c, c.position = $first AS gone
         CALL (c, gone) { WITH c WHERE gone DELETE c }
         CALL (c, gone) { WITH c WHERE NOT gone SET c.statements = c.statements + 7 }`,
        { positions: POSITIONS, first: POSITIONS[0] },
      );
    await spoil();
    await graph.driver.executeQuery("MATCH (m:Backfill {name: 'position-counts'}) DELETE m");
    expect((await readCounts()).stored).not.toEqual(before.stored);
    const lines: string[] = [];
    const first = await backfillPositionCounts(graph.executor, (p) => lines.push(countBackfillLine(p)), 1);
    expect(first.skipped).toBe(false);
    expect(first.recounted).toBe(first.positions);
    expect(await readCounts()).toEqual(before);
    // Whole now: the next start recounts nothing.
    const again = await backfillPositionCounts(graph.executor);
    expect(again).toMatchObject({ skipped: true, recounted: 0 });

    // Interrupted after the second position: a restart recounts the positions after it, and no other.
    await spoil();
    const after = POSITIONS[1] as string;
    await graph.driver.executeQuery(
      "MATCH (m:Backfill {name: 'position-counts'}) SET m.complete = false, m.after = $after",
      { after },
    );
    const { records } = await graph.driver.executeQuery(
      'MATCH (p:Position) WHERE p.id > $after RETURN count(p) AS n',
      { after },
    );
    const resumed = await backfillPositionCounts(graph.executor, undefined, 1);
    expect(resumed).toMatchObject({ skipped: false, recounted: Number(records[0]?.get('n')) });
    const counts = await readCounts();
    // The third position is recounted; the first, before the marker, keeps what spoiling left (none).
    const third = (lines: readonly string[]) => lines.filter((l) => l.startsWith(`${POSITIONS[2]} `));
    expect(third(counts.stored)).toEqual(third(before.recounted));
    expect(counts.stored.filter((l) => l.startsWith(`${POSITIONS[0]} `))).toEqual([]);
    // Whole again for the suite's other files.
    await graph.driver.executeQuery("MATCH (m:Backfill {name: 'position-counts'}) DELETE m");
    await backfillPositionCounts(graph.executor);
    expect(await readCounts()).toEqual(before);
  });
});
