import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { actorName, statementWith } from './helpers.js';

/**
 * Eighth session: classes of errors seen on the train-side splits, each checked on sentences invented for
 * these tests (people, bodies and places are made up or generic).
 */

describe('a role named with its institution', () => {
  it('resolves "the Harbour Bank of Veltria Governor" to the person the article gives that role', () => {
    const doc = extractArticle(
      [
        'The Harbour Bank of Veltria Governor said on Friday that lending rules would be eased.',
        '',
        'Mara Ostend, the Harbour Bank of Veltria Governor, told reporters that savings had risen.',
        '',
        '"The worst is behind us," the Governor said.',
      ].join('\n'),
    );
    expect(actorName(doc, statementWith(doc, 'lending rules').speaker)).toBe('Mara Ostend');
    expect(actorName(doc, statementWith(doc, 'worst is behind us').speaker)).toBe('Mara Ostend');
    expect(doc.actors.map((a) => a.name)).not.toContain('Veltria Governor');
  });

  it('makes an unnamed holder of the role, not a person named after it, when nobody is given the role', () => {
    const doc = extractArticle('The Council of Ostmark Chair warned that the budget would be cut.');
    const speaker = doc.actors.find((a) => a.id === statementWith(doc, 'budget would be cut').speaker);
    expect(speaker?.kind).toBe('person');
    expect(speaker?.name).toBe('Council of Ostmark Chair');
  });
});
