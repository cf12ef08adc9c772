import { describe, expect, it } from 'vitest';
import { buildProvenance, reliesOnlyOn } from '../../../src/graph/provenance-chain.js';

const report = (
  articleId: string,
  publisherId: string | null,
  publishedOn: string | null,
  citedVia: string[] = [],
) => ({
  articleId,
  publisherId,
  publishedOn,
  publishedOnPrecision: publishedOn ? 'day' : null,
  citedVia,
});

describe('provenance chain', () => {
  const chain = buildProvenance({
    statementId: 's',
    speakerId: 'dask',
    originalMediumId: 'vt',
    statedOn: '2025-03-20',
    reports: [
      report('ht', 'harbour', '2025-03-22', ['wire']),
      report('undated', 'blog', null, ['harbour']),
      report('vt', 'vt', '2025-03-20'),
      report('wire', 'wire', '2025-03-21', ['vt']),
    ],
  });

  it('orders reports by date, undated last, and finds the first report', () => {
    expect(chain.reports.map((r) => r.articleId)).toEqual(['vt', 'wire', 'ht', 'undated']);
    expect(chain.firstReport?.articleId).toBe('vt');
  });

  it('places each outlet left to right with its role', () => {
    expect(chain.steps.map((s) => [s.outletId, s.role, s.depth])).toEqual([
      ['vt', 'original_medium', 1],
      ['wire', 'agency', 2],
      ['harbour', 'agency', 3],
      ['blog', 'publisher', 4],
    ]);
    expect(chain.links.map((l) => `${l.fromId}>${l.toId}`)).toEqual([
      'vt>wire',
      'wire>harbour',
      'harbour>blog',
    ]);
  });

  it('traces every report back through the re-reports to the one outlet they rely on', () => {
    expect(chain.reports.map((r) => r.tracesTo)).toEqual([['vt'], ['vt'], ['vt'], ['vt']]);
    expect(chain.roots).toEqual(['vt']);
    expect(reliesOnlyOn(chain, 'vt')).toBe(true);
    expect(reliesOnlyOn(chain, 'wire')).toBe(false);
  });

  it('does not rely on one outlet when a report has its own source or cites a second one', () => {
    const own = buildProvenance({
      statementId: 's',
      speakerId: 'x',
      originalMediumId: null,
      statedOn: null,
      reports: [report('a', 'sputnik', '2025-01-01'), report('b', 'ap', '2025-01-02')],
    });
    expect(own.roots).toEqual(['ap', 'sputnik']);
    expect(reliesOnlyOn(own, 'sputnik')).toBe(false);
    const two = buildProvenance({
      statementId: 's',
      speakerId: 'x',
      originalMediumId: null,
      statedOn: null,
      reports: [report('a', 'wire', '2025-01-01', ['sputnik', 'meridian'])],
    });
    expect(two.roots).toEqual(['meridian', 'sputnik']);
  });

  it('takes a report that cites nothing from the original medium, when that is another outlet', () => {
    const interview = buildProvenance({
      statementId: 's',
      speakerId: 'x',
      originalMediumId: 'cnn',
      statedOn: null,
      reports: [report('a', 'republic', '2025-01-02')],
    });
    expect(interview.reports[0]?.sourceIds).toEqual(['cnn']);
    expect(interview.roots).toEqual(['cnn']);
    expect(interview.steps.map((s) => [s.outletId, s.role, s.depth])).toEqual([
      ['cnn', 'original_medium', 1],
      ['republic', 'publisher', 2],
    ]);
  });

  it('ends a loop of outlets citing each other instead of running forever', () => {
    const loop = buildProvenance({
      statementId: 's',
      speakerId: 'x',
      originalMediumId: null,
      statedOn: null,
      reports: [report('a', 'one', '2025-01-01', ['two']), report('b', 'two', '2025-01-02', ['one'])],
    });
    expect(loop.roots.length).toBeGreaterThan(0);
  });
});
