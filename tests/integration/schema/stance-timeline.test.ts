import { describe, expect, it } from 'vitest';
import { QueryRecorder, recordQueries } from '../../../src/graph/query-recorder.js';
import { connectAnalysisGraph, F1, F8 } from '../../support/analysis-graph.js';

// Issue 16's stance over time on hand-annotated fixture articles built to contain each phenomenon
// (data/fixtures/analysis/): every answer below is worked out from the fixtures by hand, not read off a run.
const { graph, data, errorCode } = connectAnalysisGraph();

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
