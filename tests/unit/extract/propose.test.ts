import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { statementWith } from './helpers.js';

// Invented sentences on issues the lexicon has no entry for: the proposed position is the remark's noun phrase.
describe('positions proposed from the text', () => {
  it('names the issue by the noun phrase after the verb, with its complement', () => {
    const doc = extractArticle(
      'Harbour master Milo Radic urged shipowners to provide winter fuel support to the islands after the storm.',
    );
    const s = statementWith(doc, 'winter fuel support');
    const proposed = s.positions.find((p) => p.position.startsWith('proposed-'));
    expect(proposed?.position).toBe('proposed-winter-fuel-support-to-islands');
    expect(doc.positions.find((p) => p.id === proposed?.position)?.description).toMatch(
      /^Proposed by the extractor/,
    );
  });

  it('reads a gerund after "of" as part of the issue', () => {
    const doc = extractArticle(
      'Milo Radic warned against the costs of dredging the harbour channel every winter.',
    );
    const proposed = statementWith(doc, 'costs of dredging').positions.find((p) =>
      p.position.startsWith('proposed-'),
    );
    expect(proposed?.position).toBe('proposed-costs-of-dredging-harbour-channel');
  });
});
