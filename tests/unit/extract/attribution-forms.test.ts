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

  it('gives a passive cue to its agent ("was warned by X that …"), not to its grammatical subject', () => {
    const { s } = only('Russia was warned by the United States that sanctions would follow.');
    expect(s.speaker).toBe('united-states');
    expect(s.text).toMatch(/^Sanctions would follow/);
    expect(only('The results were rejected by the opposition.').s.speechAct).toBe('rejection');
  });

  it('keeps the remark before "X said following …" (a participle after the cue opens no clause)', () => {
    const { s } = only(
      'Russia has reserved the right to respond, Maria Zakharova said following the adoption of the package.',
    );
    expect(s.speaker).toBe('maria-zakharova');
    expect(s.text).toMatch(/^Russia has reserved the right to respond/);
  });
});

describe('collective speakers', () => {
  it('gives a collective noun of a people to its state ("the Americans", "Russians", "the Chinese said")', () => {
    expect(only('The Americans said the talks were over.').s.speaker).toBe('united-states');
    expect(only('Russians say the talks were over.').s.speaker).toBe('russia');
    expect(only('The Chinese said the talks were over.').s.speaker).toBe('china');
  });

  it('reads a coastguard as a body that speaks', () => {
    expect(
      only('The Chinese coastguard said that a Philippine vessel rammed a Chinese ship.').s.speaker,
    ).toBeTruthy();
  });
});

describe('role phrases', () => {
  it('resolve to the person the article introduced in that role, even outside a remark', () => {
    const doc = extractArticle(
      'Kremlin spokesman Dmitry Peskov spoke on Monday. The Kremlin spokesman said the talks had been useful.',
    );
    expect(doc.statements.map((s) => s.speaker)).toEqual(['dmitry-peskov']);
    const minister = extractArticle(
      'Russian Foreign Minister Sergei Lavrov met his Chinese counterpart. The minister said the talks had been useful.',
    );
    expect(minister.statements.map((s) => s.speaker)).toEqual(['sergei-lavrov']);
  });

  it('resolve one word of a person met before to that person ("Lin" after "Lin Jian", "Smith" after "Julianne Smith")', () => {
    const doc = extractArticle(
      'Chinese Foreign Ministry spokesperson Lin Jian spoke on Friday. Lin said the talks were useful. ' +
        'US Ambassador to NATO Julianne Smith met reporters. Smith said the door remains open.',
    );
    expect(doc.statements.map((s) => s.speaker)).toEqual(['lin-jian', 'julianne-smith']);
  });
});
