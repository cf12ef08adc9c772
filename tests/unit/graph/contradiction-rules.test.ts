import { describe, expect, it } from 'vitest';
import {
  allyDisagreements,
  quotedParts,
  quoteVariants,
  speakerVariants,
  stanceChanges,
} from '../../../src/graph/contradiction-rules.js';

const row = (statementId: string, stance: string, statedOn: string) => ({
  speakerId: 'a',
  positionId: 'p',
  statementId,
  stance,
  statedOn,
});

describe('stance changes', () => {
  it('finds each turn between consecutive statements, within a week or across weeks', () => {
    const found = stanceChanges([
      row('s1', 'supports', '2025-03-04'),
      row('s2', 'warns', '2025-03-05'),
      row('s3', 'justifies', '2025-03-11'),
      row('s4', 'opposes', '2025-03-13'),
      row('s5', 'dismisses', '2025-03-20'),
      row('s6', 'demands', '2025-04-17'),
    ]);
    expect(found.map((c) => [c.kind, c.left.statementId, c.right.statementId, c.score])).toEqual([
      ['both_stances_in_period', 's3', 's4', 0.778],
      ['stance_change', 's5', 's6', 0.2],
    ]);
  });

  it('never pairs statements of different speakers or positions', () => {
    expect(
      stanceChanges([
        row('s1', 'supports', '2025-03-04'),
        { ...row('s2', 'opposes', '2025-03-05'), speakerId: 'b' },
      ]),
    ).toEqual([]);
  });
});

describe('allies', () => {
  const ally = {
    speakerId: 'eastmark',
    allyId: 'harbour-pact',
    hops: 1,
    positionId: 'p',
    stance: 'opposes',
    statementId: 'e1',
    statedOn: '2025-04-01',
    allyStance: 'supports',
    allyStatementId: 'h1',
    allyStatedOn: '2025-04-01',
  };

  it('keeps one pair per two allies and position, the closest in time, seen from either side', () => {
    const found = allyDisagreements([
      ally,
      { ...ally, allyStatementId: 'h0', allyStatedOn: '2025-01-01' },
      {
        ...ally,
        speakerId: 'harbour-pact',
        allyId: 'eastmark',
        stance: 'supports',
        statementId: 'h1',
        allyStance: 'opposes',
        allyStatementId: 'e1',
      },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'ally_disagreement',
      score: 1,
      left: { speakerId: 'eastmark', statementId: 'e1', stance: 'opposes' },
      right: { speakerId: 'harbour-pact', statementId: 'h1', stance: 'supports' },
    });
  });

  it('halves the score through a shared actor and ignores agreeing allies', () => {
    expect(allyDisagreements([{ ...ally, hops: 2 }])[0]?.score).toBe(0.5);
    expect(allyDisagreements([{ ...ally, allyStance: 'dismisses' }])).toEqual([]);
  });
});

describe('report variants', () => {
  const span = (articleId: string, text: string) => ({ articleId, start: 0, end: text.length, text });

  it('finds the report that quotes the remark in other words', () => {
    const found = quoteVariants([
      {
        statementId: 's',
        speakerId: 'dask',
        quote: 'Our navy will escort every grain ship',
        reports: [
          {
            articleId: 'a1',
            publishedOn: '2025-03-20',
            evidence: [span('a1', 'Dask said: "Our navy will escort every grain ship."')],
          },
          {
            articleId: 'a2',
            publishedOn: '2025-03-21',
            evidence: [span('a2', '"OUR navy will escort every grain-ship," he said')],
          },
          {
            articleId: 'a3',
            publishedOn: '2025-03-23',
            evidence: [span('a3', 'Dask said the navy "will sink any ship".')],
          },
        ],
      },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'quote_variant',
      left: { articleId: 'a1', quotedText: 'Our navy will escort every grain ship' },
      right: { articleId: 'a3', quotedText: 'will sink any ship' },
    });
    // Shared words: will, ship of 9 distinct.
    expect(found[0]?.score).toBe(0.778);
  });

  it('reads quoted parts in straight, curly and angle quotes', () => {
    expect(quotedParts('He said “yes” and «no» and "maybe".')).toBe('yes … no … maybe');
    expect(quotedParts('No quotes here.')).toBeNull();
  });

  it('gives equal words to two speakers score 1, contained words 0.9, different words nothing', () => {
    const base = {
      statementId: 's1',
      speakerId: 'dask',
      quote: 'Our navy will escort every grain ship, whatever Norland says.',
      statedOn: '2025-03-20',
      otherId: 's2',
      otherSpeakerId: 'stoll',
      otherQuote: 'our navy will escort every grain ship whatever Norland says',
      otherStatedOn: '2025-03-20',
    };
    expect(speakerVariants([base])[0]?.score).toBe(1);
    expect(speakerVariants([{ ...base, otherQuote: 'will escort every grain ship' }])[0]?.score).toBe(0.9);
    expect(speakerVariants([{ ...base, otherQuote: 'We will talk to Norland' }])).toEqual([]);
  });
});
