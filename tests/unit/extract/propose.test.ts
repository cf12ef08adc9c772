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

// Invented articles: one issue the lexicon has no entry for, taken up by several remarks.
describe('the article’s proposed issue', () => {
  const text = [
    'Harbour master Milo Radic condemned the plan to close the ferry terminal on Monday.',
    '"Our crews will keep working through the winter," Radic said.',
    'Mayor Ana Lenz said the town had received the ministry’s letter on Friday.',
  ].join('\n\n');

  it('carries the first proposal onto later remarks that name no lexicon issue', () => {
    const doc = extractArticle(text);
    const first = statementWith(doc, 'condemned').positions.find((p) => p.position.startsWith('proposed-'));
    expect(first).toEqual({ position: 'proposed-ferry-terminal', stance: 'opposes' });
    expect(statementWith(doc, 'ministry’s letter').positions).toContainEqual({
      position: 'proposed-ferry-terminal',
      stance: 'supports',
    });
    expect(doc.positions.filter((p) => p.id.startsWith('proposed-'))).toHaveLength(1);
  });

  it('keeps a speaker’s stance on it for a remark whose words take none', () => {
    const doc = extractArticle(text);
    expect(statementWith(doc, 'keep working').positions).toEqual([
      { position: 'proposed-ferry-terminal', stance: 'opposes' },
    ]);
  });
});
