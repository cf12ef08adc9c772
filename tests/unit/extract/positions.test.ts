import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { defaultLexicon } from '../../../src/extract/lexicon-loader.js';
import { findCondition, isNegated, matchPositions } from '../../../src/extract/positions.js';
import { statementWith } from './helpers.js';

const lexicon = defaultLexicon();

describe('positions and stances', () => {
  it('finds positions by the lexicon rules, with context where a rule needs it', () => {
    expect(matchPositions(lexicon.positions, 'NATO should not expand', 'NATO should not expand')).toContain(
      'nato-expansion',
    );
    expect(matchPositions(lexicon.positions, 'the sanctions hurt', 'Iran talks. The sanctions hurt')).toEqual(
      ['sanctions-on-iran'],
    );
    expect(
      matchPositions(lexicon.positions, 'the sanctions hurt', 'Russia said. The sanctions hurt'),
    ).toEqual(['sanctions']);
  });

  it('takes the stance from the cue, the words of the remark, or the speech act', () => {
    const doc = extractArticle(
      'Peskov warned that the US sanctions against Russia might end all contact. Lavrov demanded security guarantees. Peskov dismissed the Western sanctions.',
    );
    expect(statementWith(doc, 'warned').positions).toEqual([{ position: 'sanctions', stance: 'warns' }]);
    expect(statementWith(doc, 'demanded')).toMatchObject({
      speechAct: 'demand',
      positions: [{ position: 'security-guarantees', stance: 'demands' }],
    });
    expect(statementWith(doc, 'dismissed').positions).toEqual([
      { position: 'sanctions', stance: 'dismisses' },
    ]);
  });

  it('marks negation ("is not threatening") and dismisses what is denied', () => {
    expect(isNegated(lexicon, 'Russia is not threatening military retaliation')).toBe(true);
    expect(isNegated(lexicon, "We don't want war")).toBe(true);
    expect(isNegated(lexicon, 'Russia is ready')).toBe(false);
    const doc = extractArticle('Peskov stated that Russia is not threatening military retaliation.');
    expect(doc.statements[0]).toMatchObject({
      negated: true,
      positions: [{ position: 'military-retaliation', stance: 'dismisses' }],
    });
  });

  it('marks conditions in the text’s words', () => {
    expect(findCondition(lexicon, "if NATO's expansion continues, Russia will be forced to act")).toBe(
      "if NATO's expansion continues",
    );
    expect(findCondition(lexicon, 'troops stay as long as NATO is present.')).toBe(
      'as long as NATO is present',
    );
    expect(findCondition(lexicon, 'Russia is ready.')).toBeNull();
    expect(findCondition(lexicon, 'sanctions will follow should it launch an attack')).toBe(
      'should it launch an attack',
    );
    const doc = extractArticle(
      "Peskov stated that if NATO's expansion continues, Russia will be forced to take countermeasures.",
    );
    expect(doc.statements[0]).toMatchObject({
      conditional: true,
      condition: "if NATO's expansion continues",
      speechAct: 'warning',
    });
    expect(doc.statements[0]?.positions).toContainEqual({ position: 'countermeasures', stance: 'warns' });
  });

  it('keeps the article’s own assertions neutral', () => {
    const doc = extractArticle('NATO expansion has divided Europe.', {}, {}, { articleAssertions: true });
    expect(doc.statements[0]?.positions).toEqual([{ position: 'nato-expansion', stance: 'neutral' }]);
  });
});
