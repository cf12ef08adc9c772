import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisDocuments } from '../../support/analysis-fixtures.js';
import { connectTestGraph, TEST_API_KEY } from '../../support/graph.js';
import { importForTest } from '../../support/import-retry.js';

// A statement a reviewer rejected (not said, not a statement) stands for nothing: no stance, no period of a
// timeline, no side of a contradiction, no count of an outlet's dependence or coverage. The analysis fixtures
// are imported under fresh ids, so that rejecting two of their statements leaves the other suites' copy alone.
const graph = connectTestGraph();
const NS = `rej${randomUUID().slice(0, 6)}-`;
const DASK = `${NS}valdoria-today-2025-03-20-dask-escort:s01`;
const F1 = `${NS}harbour-times-2025-03-05-norland-backs-blockade`;
const F8 = `${NS}daily-ledger-2025-04-02-norland-turns-on-blockade`;

const TEXT_FIELDS = new Set([
  'text',
  'title',
  'quote',
  'name',
  'description',
  'aliases',
  'cue',
  'url',
  'kind',
]);

/** The document with every id it defines or refers to (and statement ids built on an article id) prefixed. */
function namespaced(doc: unknown, ids: Set<string>): unknown {
  const walk = (value: unknown, key: string): unknown => {
    if (TEXT_FIELDS.has(key)) return value;
    if (typeof value === 'string') {
      if (ids.has(value)) return NS + value;
      const statement = /^(.+):(s\d+)$/.exec(value);
      return statement?.[1] && ids.has(statement[1]) ? `${NS}${value}` : value;
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(doc, '');
}

beforeAll(async () => {
  await graph.executor.applySchema();
  const docs = analysisDocuments();
  const ids = new Set<string>();
  for (const doc of docs) {
    ids.add(doc.article.id);
    for (const list of [doc.actors, doc.outlets, doc.positions])
      for (const item of list ?? []) ids.add(item.id);
  }
  for (const doc of docs)
    await importForTest(graph.repos.ingest, namespaced(doc, ids) as (typeof docs)[number], {
      linkFurtherReports: true,
    });
});
afterAll(() => graph.close());

const ANALYSIS = `query ($nordwire: ID!, $ledger: ID!, $valdoria: ID!, $marrow: ID!, $blockade: ID!, $outlets: [ID!]!) {
  actor(id: $marrow) {
    positions { position { key } stance statements { key } }
    stanceTimeline(position: $blockade, granularity: WEEK) { statementCount periods { label statementCount } }
  }
  position(id: $blockade) {
    stances { actor { key } stance }
    timeline(granularity: MONTH) { periods { label statementCount } }
  }
  stanceMatrix(actors: [$marrow], positions: [$blockade]) { stance statements { key } }
  contradictions(position: $blockade) { kind left { statement { key } } right { statement { key } } }
  outletCoverage(outlets: $outlets) { outlet { key } actor { key } statementCount }
  nordwire: outlet(id: $nordwire) { dependence { statementCount ownCount sources { outlet { key } statementCount } } }
  ledger: outlet(id: $ledger) { dependence { statementCount ownCount sources { outlet { key } statementCount } } }
  valdoria: outlet(id: $valdoria) { dependence { statementCount ownCount } }
}`;

type Analysis = {
  actor: {
    positions: { position: { key: string }; stance: string; statements: { key: string }[] }[];
    stanceTimeline: { statementCount: number; periods: { label: string; statementCount: number }[] };
  };
  position: {
    stances: { actor: { key: string }; stance: string }[];
    timeline: { periods: { label: string; statementCount: number }[] };
  };
  stanceMatrix: { stance: string; statements: { key: string }[] }[];
  contradictions: {
    kind: string;
    left: { statement: { key: string } };
    right: { statement: { key: string } };
  }[];
  outletCoverage: { outlet: { key: string }; actor: { key: string }; statementCount: number }[];
  nordwire: { dependence: { statementCount: number; ownCount: number; sources: unknown[] } };
  ledger: { dependence: { statementCount: number; ownCount: number; sources: unknown[] } };
  valdoria: { dependence: { statementCount: number; ownCount: number } };
};

async function analysis(): Promise<Analysis> {
  const result = await graph.graphql<Analysis>(ANALYSIS, {
    marrow: `${NS}ilse-marrow`,
    blockade: `${NS}kessel-strait-blockade`,
    outlets: [`${NS}valdoria-today`],
    nordwire: `${NS}nordwire`,
    ledger: `${NS}daily-ledger`,
    valdoria: `${NS}valdoria-today`,
  });
  expect(result.errors).toBeUndefined();
  return result.data as Analysis;
}

const reject = (id: string) =>
  graph.graphql(
    `mutation ($id: ID!) { reviewStatement(id: $id, correction: { reject: true, note: "misattributed" }) {
      statement { reviewStatus } } }`,
    { id },
    { authorization: `Bearer ${TEST_API_KEY}` },
  );

const kinds = (a: Analysis) =>
  a.contradictions.map((c) => [c.kind, c.left.statement.key, c.right.statement.key]);

describe('a rejected statement', () => {
  it('stops counting for stances, timelines, contradictions, coverage and dependence', async () => {
    // As the fixtures stand (the same answers as tests/integration/analysis.test.ts, under fresh ids).
    const before = await analysis();
    expect(before.actor.stanceTimeline.periods.map((p) => p.label)).toEqual(['2025-W10', '2025-W14']);
    expect(kinds(before)).toEqual([
      ['ALLY_DISAGREEMENT', `${F8}:s04`, `${F8}:s03`],
      ['SPEAKER_VARIANT', `${NS}daily-ledger-2025-03-24-stoll-escort:s01`, DASK],
      ['QUOTE_VARIANT', DASK, DASK],
      ['STANCE_CHANGE', `${F1}:s01`, `${F8}:s01`],
    ]);
    expect(before.nordwire.dependence).toMatchObject({ statementCount: 2, ownCount: 0 });
    expect(before.ledger.dependence).toMatchObject({ statementCount: 5, ownCount: 4 });
    expect(before.valdoria.dependence).toEqual({ statementCount: 1, ownCount: 1 });
    const coverage = (a: Analysis) => a.outletCoverage.map((c) => [c.actor.key, c.statementCount]);
    expect(coverage(before)).toEqual([
      [`${NS}mira-stoll`, 2],
      [`${NS}oren-dask`, 1],
    ]);

    // Marrow's turn against the blockade, and Dask's remark that every later report carries.
    for (const id of [`${F8}:s01`, DASK])
      expect((await reject(id)).data).toEqual({
        reviewStatement: { statement: { reviewStatus: 'REJECTED' } },
      });

    const after = await analysis();
    const marrowStatements = after.actor.positions.flatMap((p) => p.statements.map((s) => s.key));
    expect(marrowStatements).not.toContain(`${F8}:s01`);
    expect(after.stanceMatrix.flatMap((c) => c.statements.map((s) => s.key))).not.toContain(`${F8}:s01`);
    expect(after.actor.stanceTimeline).toEqual({
      statementCount: before.actor.stanceTimeline.statementCount - 1,
      periods: [{ label: '2025-W10', statementCount: 1 }],
    });
    const april = (a: Analysis) => a.position.timeline.periods.find((p) => p.label === '2025-04');
    expect(april(after)?.statementCount).toBe((april(before)?.statementCount ?? 0) - 1);
    // Dask's only statement on the blockade is gone, so Dask takes no stance on it.
    expect(before.position.stances.map((s) => s.actor.key)).toContain(`${NS}oren-dask`);
    expect(after.position.stances.map((s) => s.actor.key)).not.toContain(`${NS}oren-dask`);
    // Left: the allies who disagree (neither statement rejected).
    expect(kinds(after)).toEqual([['ALLY_DISAGREEMENT', `${F8}:s04`, `${F8}:s03`]]);
    expect(after.nordwire.dependence).toMatchObject({ statementCount: 1, ownCount: 0 });
    expect(after.ledger.dependence).toMatchObject({ statementCount: 4, ownCount: 3 });
    expect(after.valdoria.dependence).toEqual({ statementCount: 0, ownCount: 0 });
    expect(coverage(after)).toEqual([[`${NS}mira-stoll`, 2]]);
  });
});
