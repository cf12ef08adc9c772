import { describe, expect, it } from 'vitest';
import {
  POSITION_MEANING_THRESHOLD,
  positionWords,
  samePositionByMeaning,
} from '../../../src/extract/position-meaning.js';

// Invented pairs: the rule was fixed (Jaccard of content words ≥ 0.5) before any evaluation result was read.
describe('position match by meaning', () => {
  it('reads the words of the id and the name, without function words, the marker or endings', () => {
    expect([...positionWords('proposed-tariffs-on-steel', 'tariffs on steel')].sort()).toEqual([
      'steel',
      'tariff',
    ]);
    expect(POSITION_MEANING_THRESHOLD).toBe(0.5);
  });

  it('matches a proposed position naming the same issue under another slug', () => {
    expect(
      samePositionByMeaning(
        { id: 'proposed-dockworkers-strike', name: 'dockworkers strike' },
        { id: 'dockworkers-strike-at-the-port', name: 'The dockworkers’ strike at the port' },
      ),
    ).toBe(true);
    expect(
      samePositionByMeaning(
        { id: 'proposed-interest-rate-cuts', name: 'interest rate cuts' },
        { id: 'interest-rate-cut', name: 'Cutting the interest rate' },
      ),
    ).toBe(true);
  });

  it('does not match positions that share only one word of several', () => {
    expect(
      samePositionByMeaning(
        { id: 'proposed-sanctions-on-banks', name: 'sanctions on banks' },
        { id: 'oil-price-cap-sanctions', name: 'Oil price cap sanctions' },
      ),
    ).toBe(false);
    expect(
      samePositionByMeaning({ id: 'election-results', name: 'Election results' }, { id: 'election-boycott' }),
    ).toBe(false);
  });

  it('matches equal ids whatever their names', () => {
    expect(
      samePositionByMeaning({ id: 'nato-expansion', name: 'x' }, { id: 'nato-expansion', name: 'y' }),
    ).toBe(true);
  });
});
