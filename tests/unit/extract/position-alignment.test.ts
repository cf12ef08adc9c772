import { describe, expect, it } from 'vitest';
import { alignProposedPositions } from '../../../src/extract/position-alignment.js';

// Invented labels: an extractor's proposed ids against an annotator's own slugs on aligned statement pairs.
const noLexicon = () => false;
describe('proposed positions aligned with an annotator’s own issues', () => {
  it('maps a proposed id to the gold slug it shares the most statements with, one to one', () => {
    const mapping = alignProposedPositions(
      [
        { predicted: ['proposed-harbour-dredging'], gold: ['port-expansion-plan'] },
        { predicted: ['proposed-harbour-dredging'], gold: ['port-expansion-plan'] },
        { predicted: ['proposed-harbour-dredging'], gold: ['quotas-for-fishing'] },
        { predicted: ['proposed-fish-stocks'], gold: ['port-expansion-plan'] },
        { predicted: ['proposed-fish-stocks'], gold: ['quotas-for-fishing'] },
      ],
      noLexicon,
    );
    expect([...mapping]).toEqual([
      ['proposed-harbour-dredging', 'port-expansion-plan'],
      ['proposed-fish-stocks', 'quotas-for-fishing'],
    ]);
  });

  it('never maps a lexicon id, nor onto a gold id a prediction names exactly', () => {
    const mapping = alignProposedPositions(
      [
        { predicted: ['nato-enlargement'], gold: ['port-expansion-plan'] },
        { predicted: ['proposed-new-members'], gold: ['nato-enlargement'] },
        { predicted: ['proposed-new-members'], gold: ['nato-enlargement'] },
      ],
      noLexicon,
    );
    expect(mapping.size).toBe(0);
  });

  it('never maps onto a gold lexicon id, even one no prediction names', () => {
    const lexicon = new Set(['nato-enlargement']);
    const pairs = [
      { predicted: ['proposed-new-members'], gold: ['nato-enlargement'] },
      { predicted: ['proposed-new-members'], gold: ['nato-enlargement'] },
    ];
    expect(alignProposedPositions(pairs, (id) => lexicon.has(id)).size).toBe(0);
  });
});
