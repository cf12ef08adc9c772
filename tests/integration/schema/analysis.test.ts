import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryRecorder, recordQueries } from '../../../src/graph/query-recorder.js';
import { importAnalysisFixtures } from '../../support/analysis-fixtures.js';
import { connectTestGraph } from '../../support/graph.js';

// Issue 16's questions on hand-annotated fixture articles built to contain each phenomenon
// (data/fixtures/analysis/): every answer below is worked out from the fixtures by hand, not read off a run.
const graph = connectTestGraph();

const F1 = 'harbour-times-2025-03-05-norland-backs-blockade';
const F2 = 'eastline-online-2025-03-14-vell-wavers-on-sanctions';
const DASK = 'valdoria-today-2025-03-20-dask-escort:s01';
const STOLL_ESCORT = 'daily-ledger-2025-03-24-stoll-escort:s01';
const STOLL_ILLEGAL = 'nordwire-2025-03-21-valdoria-escort-plan:s02';
const F8 = 'daily-ledger-2025-04-02-norland-turns-on-blockade';

beforeAll(async () => {
  await graph.executor.applySchema();
  await importAnalysisFixtures(graph.repos.ingest);
});
afterAll(() => graph.close());

async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await graph.graphql<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

async function errorCode(query: string): Promise<string | undefined> {
  const result = await graph.graphql(query);
  return result.errors?.[0]?.extensions?.code;
}

type Cell = { actor: { key: string }; stance: string; statementCount: number; statements: { key: string }[] };
const CELL = 'actor { key } stance statementCount statements { key }';
const cell = (key: string, stance: string) => ({ actor: { key }, stance, statementCount: 1 });
const MARROW_AND_STOLL_IN_MARCH = [
  cell('ilse-marrow', 'OPPOSES'),
  cell('ilse-marrow', 'SUPPORTS'),
  cell('mira-stoll', 'DISMISSES'),
  cell('mira-stoll', 'OPPOSES'),
];

describe('stance over time', () => {
  it("places Marrow's stances on the blockade in ISO weeks, the month-dated and the undated ones apart", async () => {
    const { actor } = await data<{
      actor: {
        stanceTimeline: {
          statementCount: number;
          periods: { label: string; start: string; end: string; statementCount: number; stances: Cell[] }[];
          imprecise: Cell[];
          undated: Cell[];
        };
      };
    }>(`{ actor(id: "Actor:ilse-marrow") { stanceTimeline(position: "kessel-strait-blockade", granularity: WEEK) {
      statementCount periods { label start end statementCount stances { ${CELL} } }
      imprecise { ${CELL} } undated { ${CELL} } } } }`);
    const marrow = { key: 'ilse-marrow' };
    expect(actor.stanceTimeline).toEqual({
      statementCount: 2,
      periods: [
        {
          label: '2025-W10',
          start: '2025-03-03',
          end: '2025-03-09',
          statementCount: 1,
          stances: [
            { actor: marrow, stance: 'SUPPORTS', statementCount: 1, statements: [{ key: `${F1}:s01` }] },
          ],
        },
        {
          label: '2025-W14',
          start: '2025-03-31',
          end: '2025-04-06',
          statementCount: 1,
          stances: [
            { actor: marrow, stance: 'OPPOSES', statementCount: 1, statements: [{ key: `${F8}:s01` }] },
          ],
        },
      ],
      imprecise: [
        { actor: marrow, stance: 'OPPOSES', statementCount: 1, statements: [{ key: `${F8}:s02` }] },
      ],
      undated: [{ actor: marrow, stance: 'SUPPORTS', statementCount: 1, statements: [{ key: `${F1}:s02` }] }],
    });
  });

  it('puts a month-dated statement in its month, and lists every speaker on the position by month', async () => {
    const { actor, position } = await data<{
      actor: {
        stanceTimeline: { periods: { label: string; stances: { stance: string }[] }[]; imprecise: Cell[] };
      };
      position: {
        timeline: {
          periods: {
            label: string;
            statementCount: number;
            stances: { actor: { key: string }; stance: string; statementCount: number }[];
          }[];
          undated: { actor: { key: string }; stance: string }[];
          imprecise: unknown[];
        };
      };
    }>(`{ actor(id: "ilse-marrow") { stanceTimeline(position: "kessel-strait-blockade", granularity: MONTH) {
        periods { label stances { stance } } imprecise { ${CELL} } } }
      position(id: "kessel-strait-blockade") { timeline(granularity: MONTH) {
        periods { label statementCount stances { actor { key } stance statementCount } }
        undated { actor { key } stance } imprecise { stance } } } }`);
    expect(actor.stanceTimeline.periods).toEqual([
      { label: '2025-03', stances: [{ stance: 'OPPOSES' }, { stance: 'SUPPORTS' }] },
      { label: '2025-04', stances: [{ stance: 'OPPOSES' }] },
    ]);
    expect(actor.stanceTimeline.imprecise).toEqual([]);
    expect(position.timeline).toEqual({
      periods: [
        {
          label: '2025-03',
          statementCount: 5,
          stances: [...MARROW_AND_STOLL_IN_MARCH, cell('oren-dask', 'OPPOSES')],
        },
        {
          label: '2025-04',
          statementCount: 3,
          stances: [
            cell('eastmark', 'OPPOSES'),
            cell('harbour-pact', 'SUPPORTS'),
            cell('ilse-marrow', 'OPPOSES'),
          ],
        },
      ],
      undated: [{ actor: { key: 'ilse-marrow' }, stance: 'SUPPORTS' }],
      imprecise: [],
    });
  });

  it('groups by day and limits the speakers to those asked for', async () => {
    const { position } = await data<{
      position: { timeline: { periods: { label: string; stances: { actor: { key: string } }[] }[] } };
    }>(
      `{ position(id: "valdorian-grain-sanctions") { timeline(actors: ["tomas-vell"], granularity: DAY) {
        periods { label stances { actor { key } } } } } }`,
    );
    expect(position.timeline.periods.map((p) => p.label)).toEqual(['2025-03-11', '2025-03-13']);
    const other = await data<{ position: { timeline: { periods: unknown[] } } }>(
      `{ position(id: "valdorian-grain-sanctions") { timeline(actors: ["ilse-marrow"]) { periods { label } } } }`,
    );
    expect(other.position.timeline.periods).toEqual([]);
  });

  it("answers an actor's timeline in two queries: the actor, then the timeline with its position and statements", async () => {
    const recorder = new QueryRecorder();
    const result = await recordQueries(recorder, () =>
      graph.graphql<{
        actor: {
          stanceTimeline: {
            position: { key: string; name: string };
            periods: { label: string; stances: { stance: string; statements: unknown[] }[] }[];
            undated: { statements: unknown[] }[];
          };
        };
      }>(`{ actor(id: "ilse-marrow") {
        stanceTimeline(position: "Position:kessel-strait-blockade", granularity: MONTH, statementsPerPeriod: 1) {
          position { key name }
          periods { label stances { stance statements { key text statedOn { value precision } } } }
          undated { statements { key text statedOn { value } } } } } }`),
    );
    expect(result.errors).toBeUndefined();
    expect(recorder.queries.map((q) => q.name)).toEqual([
      'actor/get-actors-by-ids',
      'analysis/get-stance-timeline',
    ]);
    const statement = (key: string, text: string, value: string, precision: string) => ({
      key,
      text,
      statedOn: { value, precision },
    });
    expect(result.data?.actor.stanceTimeline).toEqual({
      position: { key: 'kessel-strait-blockade', name: 'Blockade of the Kessel Strait' },
      periods: [
        {
          label: '2025-03',
          stances: [
            {
              stance: 'OPPOSES',
              statements: [
                statement(`${F8}:s02`, "The blockade costs Norland's ports too much.", '2025-03', 'MONTH'),
              ],
            },
            {
              stance: 'SUPPORTS',
              statements: [
                statement(
                  `${F1}:s01`,
                  'The blockade of the Kessel Strait is a necessary measure to keep the strait safe.',
                  '2025-03-04',
                  'DAY',
                ),
              ],
            },
          ],
        },
        {
          label: '2025-04',
          stances: [
            {
              stance: 'OPPOSES',
              statements: [
                statement(
                  `${F8}:s01`,
                  'Norland can no longer support the blockade of the Kessel Strait.',
                  '2025-04-01',
                  'DAY',
                ),
              ],
            },
          ],
        },
      ],
      undated: [
        {
          statements: [
            {
              key: `${F1}:s02`,
              text: 'The blockade protects merchant shipping from Valdorian mines.',
              statedOn: null,
            },
          ],
        },
      ],
    });
  });

  it('loads the listed statements apart when the operation shows what they point at', async () => {
    const recorder = new QueryRecorder();
    const result = await recordQueries(recorder, () =>
      graph.graphql<{
        actor: { stanceTimeline: { periods: { stances: { statements: unknown[] }[] }[] } };
      }>(`{ actor(id: "ilse-marrow") { stanceTimeline(position: "kessel-strait-blockade", granularity: MONTH) {
        periods { stances { statements { key speaker { key } positions { stance position { key } } } } } } } }`),
    );
    expect(result.errors).toBeUndefined();
    expect(recorder.queries.map((q) => q.name)).toContain('statement/get-statements-by-ids');
    const said = (key: string, stance: string) => ({
      key,
      speaker: { key: 'ilse-marrow' },
      positions: [{ stance, position: { key: 'kessel-strait-blockade' } }],
    });
    expect(result.data?.actor.stanceTimeline.periods).toEqual([
      {
        stances: [
          { statements: [said(`${F8}:s02`, 'OPPOSES')] },
          { statements: [said(`${F1}:s01`, 'SUPPORTS')] },
        ],
      },
      { stances: [{ statements: [said(`${F8}:s01`, 'OPPOSES')] }] },
    ]);
  });

  type Timeline = {
    periods: {
      label: string;
      stances: { actor: { key: string }; stance: string; statementCount: number }[];
    }[];
  };

  it("reads a few speakers' timeline from their statements, with the answer the whole position gives", async () => {
    const { position } = await data<{
      position: { all: Timeline; two: Timeline };
    }>(`{ position(id: "kessel-strait-blockade") {
      all: timeline(granularity: MONTH) { periods { label stances { actor { key } stance statementCount } } }
      two: timeline(actors: ["ilse-marrow", "Actor:mira-stoll"], granularity: MONTH) {
        periods { label stances { actor { key } stance statementCount } } } } }`);
    // Marrow and Stoll said fewer statements than the blockade holds: their timeline is read from them.
    expect(position.two.periods).toEqual([
      {
        label: '2025-03',
        stances: MARROW_AND_STOLL_IN_MARCH,
      },
      { label: '2025-04', stances: [cell('ilse-marrow', 'OPPOSES')] },
    ]);
    const asked = new Set(['ilse-marrow', 'mira-stoll']);
    expect(position.two.periods).toEqual(
      position.all.periods
        .map((p) => ({ label: p.label, stances: p.stances.filter((c) => asked.has(c.actor.key)) }))
        .filter((p) => p.stances.length > 0),
    );
  });

  it('reads busy speakers from the position, keeping only them', async () => {
    // Every speaker on the blockade but Eastmark (one statement on it), and Vell (two statements, none on it):
    // together they said more statements than the blockade holds, so this one is read from the position and
    // its speakers kept.
    const most = await data<{ position: { timeline: Timeline } }>(
      `{ position(id: "kessel-strait-blockade") { timeline(granularity: MONTH,
        actors: ["ilse-marrow", "oren-dask", "mira-stoll", "harbour-pact", "tomas-vell"]) {
        periods { label stances { actor { key } stance statementCount } } } } }`,
    );
    expect(most.position.timeline.periods).toEqual([
      {
        label: '2025-03',
        stances: [...MARROW_AND_STOLL_IN_MARCH, cell('oren-dask', 'OPPOSES')],
      },
      { label: '2025-04', stances: [cell('harbour-pact', 'SUPPORTS'), cell('ilse-marrow', 'OPPOSES')] },
    ]);
  });

  it('refuses bad input with a code', async () => {
    expect(
      await errorCode(
        '{ actor(id: "ilse-marrow") { stanceTimeline(position: "no-such-position") { statementCount } } }',
      ),
    ).toBe('NOT_FOUND');
    expect(
      await errorCode(
        '{ actor(id: "ilse-marrow") { stanceTimeline(position: "kessel-strait-blockade", statementsPerPeriod: 500) { statementCount } } }',
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      await errorCode(
        '{ position(id: "kessel-strait-blockade") { timeline(actors: ["nobody-at-all"]) { statementCount } } }',
      ),
    ).toBe('NOT_FOUND');
  });
});

type Side = {
  statement: { key: string };
  speaker: { key: string } | null;
  stance: string | null;
  statedOn: string | null;
};
type Found = { kind: string; score: number; left: Side; right: Side };
const SIDE = 'statement { key } speaker { key } stance statedOn';
const side = (key: string, speaker: string, stance: string | null, statedOn: string | null) => ({
  statement: { key },
  speaker: { key: speaker },
  stance,
  statedOn,
});

describe('contradictions', () => {
  it("finds Marrow's turn from supporting the blockade to opposing it", async () => {
    const { contradictions } = await data<{ contradictions: Found[] }>(
      `{ contradictions(actor: "ilse-marrow") { kind score left { ${SIDE} } right { ${SIDE} } } }`,
    );
    expect(contradictions).toEqual([
      {
        kind: 'STANCE_CHANGE',
        score: 0.2,
        left: side(`${F1}:s01`, 'ilse-marrow', 'SUPPORTS', '2025-03-04'),
        right: side(`${F8}:s01`, 'ilse-marrow', 'OPPOSES', '2025-04-01'),
      },
    ]);
  });

  it('finds Vell taking both sides on grain sanctions in one week', async () => {
    const { contradictions } = await data<{ contradictions: Found[] }>(
      `{ contradictions(actor: "tomas-vell", position: "valdorian-grain-sanctions") { kind score left { ${SIDE} } right { ${SIDE} } } }`,
    );
    expect(contradictions).toEqual([
      {
        kind: 'BOTH_STANCES_IN_PERIOD',
        score: 0.778,
        left: side(`${F2}:s01`, 'tomas-vell', 'SUPPORTS', '2025-03-11'),
        right: side(`${F2}:s02`, 'tomas-vell', 'OPPOSES', '2025-03-13'),
      },
    ]);
  });

  it('finds on the blockade: allies apart, the same words given to two speakers, a misquote, a stance change', async () => {
    const { contradictions } = await data<{
      contradictions: (Found & {
        left: Side & {
          article: { key: string } | null;
          quotedText: string | null;
          evidence: { excerpt: string; article: { key: string } }[];
        };
        right: Side & {
          article: { key: string } | null;
          quotedText: string | null;
          evidence: { excerpt: string; article: { key: string } }[];
        };
      })[];
    }>(
      `{ contradictions(position: "Position:kessel-strait-blockade") { kind score
         left { ${SIDE} article { key } quotedText evidence { excerpt article { key } } }
         right { ${SIDE} article { key } quotedText evidence { excerpt article { key } } } } }`,
    );
    expect(contradictions.map((c) => [c.kind, c.score, c.left.statement.key, c.right.statement.key])).toEqual(
      [
        ['ALLY_DISAGREEMENT', 1, `${F8}:s04`, `${F8}:s03`],
        ['SPEAKER_VARIANT', 1, STOLL_ESCORT, DASK],
        ['QUOTE_VARIANT', 0.5, DASK, DASK],
        ['STANCE_CHANGE', 0.2, `${F1}:s01`, `${F8}:s01`],
      ],
    );
    const [allies, speakers, misquote] = contradictions;
    expect(allies?.left).toMatchObject({ speaker: { key: 'eastmark' }, stance: 'OPPOSES' });
    expect(allies?.right).toMatchObject({ speaker: { key: 'harbour-pact' }, stance: 'SUPPORTS' });
    expect(speakers?.left.speaker?.key).toBe('mira-stoll');
    expect(speakers?.right.speaker?.key).toBe('oren-dask');
    // The misquote: the first report against the one that words it otherwise, each with its own span.
    expect(misquote?.left.article?.key).toBe('valdoria-today-2025-03-20-dask-escort');
    expect(misquote?.right.article?.key).toBe('eastline-online-2025-03-23-valdoria-threat');
    expect(misquote?.right.quotedText).toBe(
      'will sink any ship that blocks our grain in the strait, whatever Norland says',
    );
    expect(misquote?.left.evidence.map((e) => e.article.key)).toEqual([
      'valdoria-today-2025-03-20-dask-escort',
    ]);
    expect(misquote?.right.evidence).toEqual([
      {
        excerpt:
          'Defence spokesman Oren Dask said the navy "will sink any ship that blocks our grain in the strait, whatever Norland says", according to Nordwire.',
        article: { key: 'eastline-online-2025-03-23-valdoria-threat' },
      },
    ]);
    // A stance contradiction shows every span of both statements.
    expect(contradictions[3]?.left.evidence.map((e) => e.article.key)).toEqual([F1]);
  });

  it('keeps only the kinds asked for and refuses a call without actor or position', async () => {
    const { contradictions } = await data<{ contradictions: { kind: string }[] }>(
      '{ contradictions(position: "kessel-strait-blockade", kinds: [QUOTE_VARIANT, SPEAKER_VARIANT]) { kind } }',
    );
    expect(contradictions.map((c) => c.kind)).toEqual(['SPEAKER_VARIANT', 'QUOTE_VARIANT']);
    expect(await errorCode('{ contradictions { kind } }')).toBe('BAD_USER_INPUT');
    expect(await errorCode('{ contradictions(actor: "nobody-at-all") { kind } }')).toBe('NOT_FOUND');
  });
});

describe('provenance', () => {
  it("draws Dask's remark from Valdoria Today through Nordwire to the papers that printed it", async () => {
    const { statement } = await data<{ statement: { provenance: unknown } }>(
      `{ statement(id: "${DASK}") { provenance {
        speaker { key } originalMedium { key } firstReport { article { key } }
        reports { article { key } publisher { key } publishedOn { value } sources { key } tracesTo { key } }
        steps { outlet { key } role depth firstPublishedOn sources { key } }
        links { from { key } to { key } }
        roots { key } } } }`,
    );
    const k = (key: string) => ({ key });
    const report = (article: string, publisher: string, on: string, sources: string[]) => ({
      article: k(article),
      publisher: k(publisher),
      publishedOn: { value: on },
      sources: sources.map(k),
      tracesTo: [k('valdoria-today')],
    });
    expect(statement.provenance).toEqual({
      speaker: k('oren-dask'),
      originalMedium: k('valdoria-today'),
      firstReport: { article: k('valdoria-today-2025-03-20-dask-escort') },
      reports: [
        report('valdoria-today-2025-03-20-dask-escort', 'valdoria-today', '2025-03-20', []),
        report('nordwire-2025-03-21-valdoria-escort-plan', 'nordwire', '2025-03-21', ['valdoria-today']),
        report('harbour-times-2025-03-22-valdoria-navy-escort', 'harbour-times', '2025-03-22', ['nordwire']),
        report('eastline-online-2025-03-23-valdoria-threat', 'eastline-online', '2025-03-23', ['nordwire']),
      ],
      steps: [
        {
          outlet: k('valdoria-today'),
          role: 'ORIGINAL_MEDIUM',
          depth: 1,
          firstPublishedOn: '2025-03-20',
          sources: [],
        },
        {
          outlet: k('nordwire'),
          role: 'AGENCY',
          depth: 2,
          firstPublishedOn: '2025-03-21',
          sources: [k('valdoria-today')],
        },
        {
          outlet: k('harbour-times'),
          role: 'PUBLISHER',
          depth: 3,
          firstPublishedOn: '2025-03-22',
          sources: [k('nordwire')],
        },
        {
          outlet: k('eastline-online'),
          role: 'PUBLISHER',
          depth: 3,
          firstPublishedOn: '2025-03-23',
          sources: [k('nordwire')],
        },
      ],
      links: [
        { from: k('valdoria-today'), to: k('nordwire') },
        { from: k('nordwire'), to: k('harbour-times') },
        { from: k('nordwire'), to: k('eastline-online') },
      ],
      roots: [k('valdoria-today')],
    });
  });

  it('lists the statements that rely on one outlet alone, however many re-reports they have', async () => {
    const { vt, mp, ht, nw } = await data<
      Record<'vt' | 'mp' | 'ht' | 'nw', { totalCount: number; edges: { node: { key: string } }[] }>
    >(
      `{ vt: statements(filter: { reliesOn: "Outlet:valdoria-today" }) { totalCount edges { node { key } } }
         mp: statements(filter: { reliesOn: "meridian-press" }) { totalCount edges { node { key } } }
         ht: statements(filter: { reliesOn: "harbour-times" }, orderBy: STATED_ON_ASC) { totalCount edges { node { key } } }
         nw: statements(filter: { reliesOn: "nordwire" }) { totalCount edges { node { key } } } }`,
    );
    expect(vt.edges.map((e) => e.node.key)).toEqual([STOLL_ESCORT, DASK]);
    expect(vt.totalCount).toBe(2);
    // Stoll's "illegal" rests on Valdoria Today and Meridian Press: two sources, so on neither alone.
    expect(mp).toEqual({ totalCount: 0, edges: [] });
    // Undated last, also oldest first.
    expect(ht.edges.map((e) => e.node.key)).toEqual([`${F1}:s01`, `${F1}:s02`]);
    expect(nw.totalCount).toBe(0);
    expect(vt.edges.map((e) => e.node.key)).not.toContain(STOLL_ILLEGAL);
  });

  it('pages a reliance list with cursors and combines it with other filters', async () => {
    const first = await data<{
      statements: {
        edges: { node: { key: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      '{ statements(filter: { reliesOn: "valdoria-today" }, first: 1) { edges { node { key } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(first.statements.edges.map((e) => e.node.key)).toEqual([STOLL_ESCORT]);
    expect(first.statements.pageInfo.hasNextPage).toBe(true);
    const next = await data<{
      statements: { edges: { node: { key: string } }[]; pageInfo: { hasNextPage: boolean } };
    }>(
      '{ statements(filter: { reliesOn: "valdoria-today" }, first: 1, after: $after) { edges { node { key } } pageInfo { hasNextPage } } }'.replace(
        '$after',
        JSON.stringify(first.statements.pageInfo.endCursor),
      ),
    );
    expect(next.statements.edges.map((e) => e.node.key)).toEqual([DASK]);
    expect(next.statements.pageInfo.hasNextPage).toBe(false);
    const dask = await data<{ statements: { edges: { node: { key: string } }[] } }>(
      '{ statements(filter: { reliesOn: "valdoria-today", speaker: "oren-dask" }) { edges { node { key } } } }',
    );
    expect(dask.statements.edges.map((e) => e.node.key)).toEqual([DASK]);
    expect(
      await errorCode(
        '{ statements(filter: { reliesOn: "valdoria-today", textContains: "navy" }) { totalCount } }',
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await errorCode('{ statements(filter: { reliesOn: "no-such-outlet" }) { totalCount } }')).toBe(
      'NOT_FOUND',
    );
    expect(
      await errorCode(
        '{ actor(id: "oren-dask") { statements(filter: { reliesOn: "valdoria-today" }) { totalCount } } }',
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it("says how much of each outlet's attributed content it took from which outlets", async () => {
    const keys = [
      'harbour-times',
      'nordwire',
      'daily-ledger',
      'eastline-online',
      'valdoria-today',
      'meridian-press',
    ];
    const answer = await data<Record<string, { dependence: unknown }>>(
      `{ ${keys
        .map(
          (key, i) => `o${i}: outlet(id: "${key}") { dependence { statementCount ownCount
            sources { outlet { key } statementCount share } } }`,
        )
        .join('\n')} }`,
    );
    const byKey = new Map(keys.map((key, i) => [key, answer[`o${i}`]?.dependence]));
    const src = (key: string, statementCount: number, share: number) => ({
      outlet: { key },
      statementCount,
      share,
    });
    expect(byKey.get('harbour-times')).toEqual({
      statementCount: 3,
      ownCount: 2,
      sources: [src('nordwire', 1, 0.333)],
    });
    expect(byKey.get('nordwire')).toEqual({
      statementCount: 2,
      ownCount: 0,
      sources: [src('valdoria-today', 2, 1), src('meridian-press', 1, 0.5)],
    });
    expect(byKey.get('daily-ledger')).toEqual({
      statementCount: 5,
      ownCount: 4,
      sources: [src('valdoria-today', 1, 0.2)],
    });
    expect(byKey.get('eastline-online')).toEqual({
      statementCount: 3,
      ownCount: 2,
      sources: [src('nordwire', 1, 0.333)],
    });
    expect(byKey.get('valdoria-today')).toEqual({ statementCount: 1, ownCount: 1, sources: [] });
    expect(byKey.get('meridian-press')).toEqual({ statementCount: 0, ownCount: 0, sources: [] });
  });
});
