import { describe, expect, it } from 'vitest';
import { findCues } from '../../../src/extract/cues.js';
import { defaultLexicon } from '../../../src/extract/lexicon-loader.js';
import { segment } from '../../../src/extract/sentences.js';

const lexicon = defaultLexicon();

function cues(text: string): string[] {
  const [s] = segment(text).sentences;
  if (!s) throw new Error('no sentence');
  return findCues(lexicon, s.tokens, s.quotes).map((c) => c.key);
}

describe('reporting cues', () => {
  it.each([
    ['Lavrov said the talks failed.', ['say']],
    ['Peskov stated that Russia was ready, adding that it would wait.', ['state', 'add']],
    ['She warned that time was running out and denied any plan.', ['warn', 'deny']],
    ['He called on Europe to act and stressed the risk.', ['call on', 'stress']],
    ['The minister told CNN that he dismissed the claims.', ['tell', 'dismiss']],
  ])('finds the cues of %j', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it('ignores verbs inside quotations and infinitives', () => {
    expect(cues('"We said no and warned them," he told reporters.')).toEqual(['tell']);
    expect(cues('Gazprom declined to comment.')).toEqual([]);
  });

  it('takes ambiguous verbs as cues only with a complement of speech', () => {
    expect(cues('Russia will respond in kind.')).toEqual([]);
    expect(cues('The ministry responded that the claims were false.')).toEqual(['respond']);
  });
});
