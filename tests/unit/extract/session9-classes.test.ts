import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { statementWith } from './helpers.js';

// Invented sentences: words before a name that belong to no name.
describe('speakers named after a rank or a descriptor', () => {
  it.each([
    ['Commodore Jay Tarvela condemned the water cannon attack.', 'water cannon'],
    ['Colonel Arno Vell told reporters the drills would continue.', 'drills'],
    ['Rear Admiral Arno Vell said the drills would continue.', 'drills'],
  ])('reads a military rank as a title, not a name: %j', (text, fragment) => {
    const speaker = statementWith(extractArticle(text), fragment).speaker;
    expect(speaker === 'jay-tarvela' || speaker === 'arno-vell').toBe(true);
  });

  it('leaves a political descriptor that opens the sentence out of the name', () => {
    expect(
      statementWith(extractArticle('Leftist Arno Vell said the tariffs would be lifted.'), 'tariffs').speaker,
    ).toBe('arno-vell');
  });
});

// Invented sentences: a trade story that speaks of grain is not about the Black Sea grain deal.
describe('the grain deal needs its own context', () => {
  const positionsOf = (text: string) =>
    extractArticle(text).statements.flatMap((s) => s.positions.map((p) => p.position));

  it('does not take grain purchases in a trade deal for the Black Sea grain deal', () => {
    const text =
      'Trade Minister Arno Vell said the agreement commits Beijing to buy more grain, and he welcomed the deal.';
    expect(positionsOf(text)).not.toContain('black-sea-grain-deal');
  });

  it('still finds it where the text names the Black Sea or Ukraine', () => {
    const text = 'Trade Minister Arno Vell said Ukrainian grain exports through the Black Sea must continue.';
    expect(positionsOf(text)).toContain('black-sea-grain-deal');
  });
});

// Invented sentences: a one-word speaker whom the article names in full later only with an honorific ("Sheikh
// Tarla"): the full name, once the honorific is stripped, is the one word again, which must not send the
// resolution round in a circle (it overflowed the stack).
describe('a later full name that is an honorific and the one word', () => {
  it('resolves the speaker without recursing for ever', () => {
    const text =
      '“We will hold the vote next year,” Tarla said on Monday. Sheikh Tarla left the country in August.';
    expect(() => extractArticle(text)).not.toThrow();
    expect(statementWith(extractArticle(text), 'vote').speaker).toMatch(/tarla/);
  });
});
