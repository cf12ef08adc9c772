import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRANULARITIES } from '../../../src/graph/analysis-periods.js';
import type { Correction } from '../../../src/graph/review-changes.js';
import { backfillStanceCopies, copiesBackfillLine } from '../../../src/graph/stance-copies.js';
import { STANCES } from '../../../src/ingest/format.js';
import { connectTestGraph } from '../../support/graph.js';
import { type Remark, remarkArticle } from '../../support/remark-articles.js';
import { seeded } from '../../support/seeded.js';
import {
  expectedTimeline,
  readContributions,
  readStanceCopies,
} from '../../support/stance-timeline-oracle.js';

// The stance copies that a timeline reads (docs/model.md: every stance edge carries its statement's speaker, its
// position, the statement's date and precision, and whether a review rejected it) are maintained by every write. After each step of a seeded random sequence of imports,
// re-extractions, deletions, reviews and a merge of actors, every stance edge's copies must equal what the
// statement and its SAID edges say (tests/support/stance-timeline-oracle.ts), and every speaker's timeline must equal
// one worked out from the statements. A re-extraction keeps, drops and adds remarks, so reviewed remarks move to
// other positional ids or are orphaned (src/graph/reviewed-remarks.ts); an orphaned statement is still a
// statement of its speaker, as the timeline always read it. Dates cluster around a month's and a week's end,
// with month-, year-precise and undated ones, so that cells share days and the newest statements tie.
const graph = connectTestGraph();
const suffix = randomUUID().slice(0, 8);
const ACTORS = [0, 1, 2, 3].map((i) => `tl-speaker-${i}-${suffix}`);
const POSITIONS = [0, 1].map((i) => `tl-position-${i}-${suffix}`);
const OUTLET = `tl-outlet-${suffix}`;
const DATES: ({ value: string; precision: 'day' | 'month' | 'year' } | null)[] = [
  ...['2025-03-28', '2025-03-30', '2025-03-31', '2025-04-01', '2025-04-06', '2025-04-07'].map((value) => ({
    value,
    precision: 'day' as const,
  })),
  { value: '2025-03', precision: 'month' },
  { value: '2025-04', precision: 'month' },
  { value: '2025', precision: 'year' },
  null,
];

const random = seeded(16);
const { pick } = random;

let sentences = 0;

function remark(reuse: readonly string[]): Remark {
  const positions = [{ position: pick(POSITIONS), stance: pick(STANCES) }];
  if (random.next() < 0.3) positions.push({ position: pick(POSITIONS), stance: pick(STANCES) });
  const date = pick(DATES);
  const n = sentences++;
  return {
    sentence: `Speaker ${n % ACTORS.length} said thing number ${n}.`,
    reusedId: reuse.length > 0 && random.next() < 0.25 ? pick(reuse) : null,
    statement: {
      speaker: random.next() < 0.1 ? null : pick(ACTORS),
      text: `Thing ${n}`,
      quote: null,
      speechAct: 'claim',
      negated: false,
      conditional: false,
      condition: null,
      statedOn: date ? { ...date, context: false } : null,
      cue: null,
      originalMedium: null,
      citedVia: [],
      // Two edges of one stance on one position are one edge.
      positions: positions.filter((p, i) => positions.findIndex((q) => q.position === p.position) === i),
      mentions: [],
      events: [],
    },
  };
}

/**
 * The remarks of an article's next extraction. The first finds 1–4; a later one (a re-extraction) keeps each
 * earlier remark with its sentence or drops it, and finds new ones anywhere, so that a reviewed remark's
 * positional id moves to another remark, or the remark is no longer found and its statement is orphaned.
 */
function extraction(previous: readonly Remark[] | undefined, reuse: readonly string[]): Remark[] {
  if (!previous) return Array.from({ length: 1 + Math.floor(random.next() * 4) }, () => remark(reuse));
  const next: Remark[] = [];
  for (const r of previous) {
    if (random.next() < 0.3) next.splice(Math.floor(random.next() * (next.length + 1)), 0, remark(reuse));
    if (random.next() < 0.7) next.push(random.next() < 0.3 ? { ...r, statement: remark([]).statement } : r);
  }
  if (next.length === 0 || random.next() < 0.3) next.push(remark(reuse));
  return next;
}

const cast = { actors: ACTORS, positions: POSITIONS, outlet: OUTLET, suffix };
const article = (id: string, remarks: readonly Remark[]) => remarkArticle(id, remarks, cast);

/** Which kinds of copy the comparisons saw (dated by precision, undated, rejected): none may be missing. */
const kindsSeen = new Set<string>();
const KINDS = [' day -', ' month -', ' year -', ' - - -', ' rejected'];

async function expectCopiesAndTimelines(step: string) {
  const copies = await readStanceCopies(graph.driver, POSITIONS);
  expect(copies.stored, step).toEqual(copies.expected);
  for (const kind of KINDS) if (copies.stored.some((line) => line.endsWith(kind))) kindsSeen.add(kind);
  const contributions = await readContributions(graph.driver, POSITIONS);
  const position = POSITIONS[0] as string;
  for (const speaker of ACTORS) {
    const result = await graph.repos.timelines.getTimeline(position, [speaker], 'month', 2);
    expect(result?.timeline, `${step}: ${speaker}`).toEqual(
      expectedTimeline(contributions, speaker, position, 'month', 2),
    );
  }
}

async function statementIds(): Promise<string[]> {
  const { records } = await graph.driver.executeQuery(
    'MATCH (:Article)-[:REPORTS]->(s:Statement) WHERE s.id CONTAINS $suffix RETURN DISTINCT s.id AS id ORDER BY id',
    { suffix },
  );
  return records.map((r) => String(r.get('id')));
}

/** The reviewed statements an article reports, and whether it reports them as orphans. */
async function reviewedIn(articleId: string): Promise<{ id: string; orphaned: boolean }[]> {
  const { records } = await graph.driver.executeQuery(
    `MATCH (:Article {id: $articleId})-[r:REPORTS]->(s:Statement) WHERE s.reviewStatus IS NOT NULL
     RETURN s.id AS id, coalesce(r.orphaned, false) AS orphaned ORDER BY id`,
    { articleId },
  );
  return records.map((r) => ({ id: String(r.get('id')), orphaned: r.get('orphaned') === true }));
}

function correction(): Correction {
  const kind = random.next();
  if (kind < 0.2) return { reject: true };
  if (kind < 0.45) return { speaker: pick(ACTORS) };
  if (kind < 0.7) return { stance: pick(STANCES) };
  if (kind < 0.9) return { positions: [{ position: pick(POSITIONS), stance: pick(STANCES) }] };
  return {};
}

const live = new Set<string>();
beforeAll(() => graph.executor.applySchema());
afterAll(async () => {
  for (const id of live) await graph.repos.ingest.deleteArticleCascade(id);
  await graph.close();
});

describe('stance copies', () => {
  it("equal the statements' speakers, dates and review states after random imports, re-imports, deletions, reviews and a merge", {
    timeout: 600_000,
  }, async () => {
    let next = 0;
    const extractions = new Map<string, Remark[]>();
    let merged = false;
    // What the re-extractions did to reviewed remarks: found again under another id, or orphaned.
    const reviewed = { moved: 0, orphaned: 0 };
    for (let step = 0; step < 48; step++) {
      const roll = random.next();
      const articles = [...live].sort();
      let what: string;
      if (roll < 0.3 || articles.length === 0) {
        const id = `tl-article-${next++}-${suffix}`;
        const remarks = extraction(undefined, await statementIds());
        await graph.repos.ingest.importValidated(article(id, remarks));
        extractions.set(id, remarks);
        live.add(id);
        what = `import ${id}`;
      } else if (roll < 0.6) {
        const id = pick(articles);
        const others = (await statementIds()).filter((s) => !s.startsWith(`${id}:`));
        const remarks = extraction(extractions.get(id), others);
        const doc = article(id, remarks);
        await graph.repos.ingest.importValidated(doc);
        extractions.set(id, remarks);
        const held = await reviewedIn(id);
        const incoming = new Set(doc.statements.map((st) => st.id));
        reviewed.moved += held.filter((h) => !h.orphaned && !incoming.has(h.id)).length;
        reviewed.orphaned += held.filter((h) => h.orphaned).length;
        what = `re-extract ${id}: ${remarks.length} remarks, reviewed ${JSON.stringify(held)}`;
      } else if (roll < 0.7) {
        const id = pick(articles);
        await graph.repos.ingest.deleteArticleCascade(id);
        live.delete(id);
        what = `delete ${id}`;
      } else if (roll < 0.95 || merged) {
        const ids = await statementIds();
        if (ids.length === 0) continue;
        const id = pick(ids);
        const change = correction();
        await graph.repos.reviews.reviewStatement(id, change, 'stance-speaker-test');
        what = `review ${id} ${JSON.stringify(change)}`;
      } else {
        await graph.repos.actors.mergeActorInto(ACTORS[0] as string, ACTORS[3] as string);
        merged = true;
        what = 'merge speaker 3 into speaker 0';
      }
      await expectCopiesAndTimelines(`step ${step}: ${what}`);
    }
    // The sequence reached both ends of review identity: a reviewed remark found again at another position
    // (its statement keeps its id and its stances), and one no longer found (orphaned, still reported).
    expect(reviewed.moved, 'reviewed remarks found under a new id').toBeGreaterThan(0);
    expect(reviewed.orphaned, 'reviewed remarks orphaned').toBeGreaterThan(0);

    // Not an empty comparison of the copies: the steps compared dated edges of every precision, undated and
    // rejected ones.
    expect([...kindsSeen].sort()).toEqual([...KINDS].sort());
    const contributions = await readContributions(graph.driver, POSITIONS);
    // Not an empty comparison: the sequence left statements on both positions, some of them rejected.
    expect(contributions.filter((c) => !c.rejected).length).toBeGreaterThan(10);
    for (const speaker of ACTORS) {
      for (const position of POSITIONS) {
        for (const granularity of GRANULARITIES) {
          const result = await graph.repos.timelines.getTimeline(position, [speaker], granularity, 2);
          expect(result?.timeline, `${speaker} on ${position} by ${granularity}`).toEqual(
            expectedTimeline(contributions, speaker, position, granularity, 2),
          );
        }
      }
    }
  });

  it("are refreshed when an article deletion takes away the speaker a review gave another article's statement", async () => {
    // An actor only article A declares; a review makes it the speaker of article B's statement (a SAID edge no
    // article lists), which the deletion of A removes with the actor itself.
    const only = `tl-only-${suffix}`;
    const [a, b] = ['a', 'b'].map((x) => `tl-owner-${x}-${suffix}`) as [string, string];
    await graph.repos.ingest.importValidated(
      remarkArticle(a, [remark([])], { ...cast, actors: [...ACTORS, only] }),
    );
    await graph.repos.ingest.importValidated(article(b, [remark([])]));
    live.add(b);
    const reviewed = `${b}:s0`;
    await graph.repos.reviews.reviewStatement(reviewed, { speaker: only }, 'stance-copies-test');
    const speakersOnEdges = async () => {
      const { records } = await graph.driver.executeQuery(
        'MATCH (:Statement {id: $reviewed})-[t:TAKES_POSITION]->() RETURN collect(DISTINCT t.speaker) AS speakers',
        { reviewed },
      );
      return records[0]?.get('speakers') as (string | null)[];
    };
    // Not a vacuous check: the copy names the reviewed speaker before the deletion.
    expect(await speakersOnEdges()).toEqual([only]);
    await graph.repos.ingest.deleteArticleCascade(a);
    expect(await speakersOnEdges()).toEqual([]);
    const copies = await readStanceCopies(graph.driver, POSITIONS);
    expect(copies.stored).toEqual(copies.expected);
  });

  it('are written by the backfill for edges that have none, once: a restart reads the marker and stops', async () => {
    const before = await readStanceCopies(graph.driver, POSITIONS);
    expect(before.stored).toEqual(before.expected);
    expect(before.stored.filter((line) => !line.endsWith(' - - - - -')).length).toBeGreaterThan(0);
    // A store from before the copies: stance edges without them, and no marker.
    await graph.driver.executeQuery(
      `MATCH ()-[t:TAKES_POSITION]->(p:Position) WHERE p.id IN $positions REMOVE t.speaker, t.position, t.statedOn, t.statedOnPrecision, t.rejected
       WITH count(*) AS n MATCH (m:Backfill {name: 'stance-copies'}) DELETE m`,
      { positions: POSITIONS },
    );
    expect((await readStanceCopies(graph.driver, POSITIONS)).stored).not.toEqual(before.stored);
    const lines: string[] = [];
    const first = await backfillStanceCopies(graph.executor, (p) => lines.push(copiesBackfillLine(p)), 7);
    expect(first.skipped).toBe(false);
    expect(first.updated).toBeGreaterThan(0);
    expect(first.looked).toBeGreaterThanOrEqual(first.statements);
    expect(await readStanceCopies(graph.driver, POSITIONS)).toEqual(before);
    // Whole now: the next start looks at no statement.
    const again = await backfillStanceCopies(graph.executor);
    expect(again).toMatchObject({ skipped: true, looked: 0, updated: 0 });

    // Interrupted halfway: a restart resumes after the last statement the marker names, and looks at no other.
    const ids = await statementIds();
    const half = ids[Math.floor(ids.length / 2)] as string;
    await graph.driver.executeQuery(
      "MATCH (m:Backfill {name: 'stance-copies'}) SET m.complete = false, m.after = $after",
      { after: half },
    );
    const { records } = await graph.driver.executeQuery(
      'MATCH (s:Statement) WHERE s.id > $after RETURN count(s) AS n',
      { after: half },
    );
    const resumed = await backfillStanceCopies(graph.executor);
    expect(resumed).toMatchObject({ skipped: false, updated: 0, looked: Number(records[0]?.get('n')) });
    expect(resumed.looked).toBeLessThan(first.looked);
    expect(await readStanceCopies(graph.driver, POSITIONS)).toEqual(before);
  });
});
