import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { statementWith } from './helpers.js';

/**
 * Seventh session: agency credits of shapes seen on the train-side splits, and issues read in context, each
 * checked on sentences invented for these tests.
 */

describe('agency credits of more shapes', () => {
  it('reads a dateline run on after a byline ("By Jane Roe – OSLO (Nordwire) – …")', () => {
    const doc = extractArticle(
      'By Jane Roe – OSLO (Nordwire) – Finance minister Lars Holm said on Monday that rates would stay high.',
    );
    const s = statementWith(doc, 'rates would stay high');
    expect(doc.outlets.find((o) => s.citedVia.includes(o.id))?.name).toBe('Nordwire');
  });

  it('reads a dateline whose date is in capitals before the agency ("LUSAKA MAY 3, 2019 (Zamnews) –")', () => {
    const doc = extractArticle(
      'LUSAKA MAY 3, 2019 (Zamnews) – The health minister said on Friday that the clinics would reopen.',
    );
    const s = statementWith(doc, 'clinics would reopen');
    expect(doc.outlets.find((o) => s.citedVia.includes(o.id))?.name).toBe('Zamnews');
  });

  it('does not take a region in a dateline’s parentheses for an agency ("Pune (Maha Rashtra):")', () => {
    const doc = extractArticle(
      'Pune (Maha Rashtra): Mayor Anil Rao said on Monday that the roads would be repaired.',
    );
    expect(statementWith(doc, 'roads would be repaired').citedVia).toEqual([]);
  });

  it('cites both outlets of "Source: X with reference to German TV channel Y"', () => {
    const doc = extractArticle(
      [
        'Chancellor Friedrich Merz has said that new aid is possible.',
        '',
        'Source: European Pravda with reference to German TV channel ZDF',
      ].join('\n'),
    );
    const names = statementWith(doc, 'new aid is possible').citedVia.map(
      (id) => doc.outlets.find((o) => o.id === id)?.name,
    );
    expect(names).toEqual(expect.arrayContaining(['European Pravda', 'ZDF']));
    expect(names).toHaveLength(2);
  });

  it('reads a copyright footer after other words ("Reproduction reserved © Copyright ANSA")', () => {
    const doc = extractArticle(
      [
        'Minister Aldo Ricci said the bridge would open in June.',
        '',
        'Reproduction reserved © Copyright ANSA',
      ].join('\n'),
    );
    expect(statementWith(doc, 'bridge would open').citedVia).toEqual(['ansa']);
  });

  it('reads an outlet line with its city above the story ("Premium Times (Abuja)")', () => {
    const doc = extractArticle(
      ['Premium Times (Abuja)', '', 'Governor Ada Obi said on Sunday that the vote was peaceful.'].join('\n'),
    );
    expect(statementWith(doc, 'vote was peaceful').citedVia).toEqual(['premium-times']);
  });
});

describe('issues in context', () => {
  const positionsOf = (text: string, fragment: string) =>
    statementWith(extractArticle(text), fragment).positions.map((p) => `${p.position}:${p.stance}`);

  it('does not take the reunification of another divided country for Taiwan’s', () => {
    expect(
      positionsOf(
        'Reunification of the two Koreas remains a distant goal, Kim Jong-un said.',
        'distant goal',
      ),
    ).not.toContain('taiwan-reunification:supports');
  });

  it('reads a regional governor’s report of downed Ukrainian drones as opposing the strikes', () => {
    expect(
      positionsOf(
        'Ukrainian drones were destroyed over the Kursk Region, Governor Ivan Sorokin said.',
        'destroyed',
      ),
    ).toContain('ukrainian-strikes-on-russia:opposes');
  });

  it('reads inconsistencies and over-voting alleged in an election as opposing its result', () => {
    expect(
      positionsOf(
        'Opposition candidate Musa Bello said there were inconsistencies and over-voting in the election results.',
        'over-voting',
      ),
    ).toContain('election-result-legitimacy:opposes');
  });
});
