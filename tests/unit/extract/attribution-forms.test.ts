import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';

/** The only statement of a one-sentence article (the test fails clearly when there is not exactly one). */
function only(text: string) {
  const doc = extractArticle(text);
  expect(doc.statements).toHaveLength(1);
  const [s] = doc.statements;
  if (!s) throw new Error('no statement');
  return { s, doc };
}

describe('attribution forms of real news', () => {
  it('gives an inverted role phrase with a name in apposition to the named person', () => {
    const { s, doc } = only(
      'Sanctions will not work, said the spokesman of the Russian Foreign Ministry, Dmitry Ivanov, on Monday.',
    );
    expect(s.speaker).toBe('dmitry-ivanov');
    expect(doc.actors.find((a) => a.id === 'dmitry-ivanov')?.kind).toBe('person');
  });

  it('keeps the remark before "X said following …" (a participle after the cue opens no clause)', () => {
    const { s } = only(
      'Russia has reserved the right to respond, Maria Zakharova said following the adoption of the package.',
    );
    expect(s.speaker).toBe('maria-zakharova');
    expect(s.text).toMatch(/^Russia has reserved the right to respond/);
  });
});
