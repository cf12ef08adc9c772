import { describe, expect, it } from 'vitest';
import {
  connectAnalysisGraph,
  DASK,
  F1,
  F2,
  F8,
  STOLL_ESCORT,
  STOLL_ILLEGAL,
} from '../../support/analysis-graph.js';

// Issue 16's contradictions and provenance (stance over time: stance-timeline.test.ts) on hand-annotated fixture
// articles built to contain each phenomenon (data/fixtures/analysis/): every answer below is worked out from the
// fixtures by hand, not read off a run.
const { data, errorCode } = connectAnalysisGraph();

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
