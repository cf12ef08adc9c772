import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { segment } from '../../../src/extract/sentences.js';

const texts = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('splits prose into sentences with exact offsets', () => {
    const text = 'NATO met on Monday. Russia said it was ready to talk. The U.S. disagreed.';
    expect(texts(text)).toEqual([
      'NATO met on Monday.',
      'Russia said it was ready to talk.',
      'The U.S. disagreed.',
    ]);
  });

  it('starts a sentence after a single line break at its first word, so its attribution is read', () => {
    const text =
      'Russia will respond, Maria Zakharova said on Monday.\nZakharova stated that the measures were hostile.';
    expect(texts(text)).toEqual([
      'Russia will respond, Maria Zakharova said on Monday.',
      'Zakharova stated that the measures were hostile.',
    ]);
    const doc = extractArticle(text);
    expect(doc.statements.map((s) => s.cue)).toEqual(['said', 'stated']);
  });

  it('keeps a quotation of several sentences with its attribution', () => {
    const text = '"We are not asking for favours. We want an answer," Lavrov told reporters. He left.';
    expect(texts(text)).toEqual([
      '"We are not asking for favours. We want an answer," Lavrov told reporters.',
      'He left.',
    ]);
  });

  it('numbers paragraphs and sets aside headings and credits', () => {
    const text = 'First one here.\n\nA subheading\n\nSecond paragraph here. And more.\n\n(Image: AP)';
    const seg = segment(text);
    expect(seg.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
    expect(seg.headings.map((h) => text.slice(h.start, h.end))).toEqual(['A subheading']);
    expect(seg.imageCredits).toEqual(['AP']);
  });

  it.each([
    ['MOSCOW, Jan 18 (Reuters) - Russia said it was ready.', 'MOSCOW', ['Reuters']],
    ['Moscow [Russia], July 13 (ANI/Sputnik): Russia said it was ready.', 'Moscow', ['ANI', 'Sputnik']],
    ['BRUSSELS (AP) — NATO said it was ready.', 'BRUSSELS', ['AP']],
    ['MOSCOW, March 3. /TASS/. Russia said it was ready.', 'MOSCOW', ['TASS']],
  ])('reads the dateline of %j', (text, place, sources) => {
    const seg = segment(text);
    expect(seg.dateline).toMatchObject({ place, sources });
    const first = seg.sentences[0];
    expect(first && text.slice(first.start, first.end)).toMatch(/^(Russia|NATO) said it was ready\.$/);
  });

  it('reads a byline and the outlet line under it', () => {
    const seg = segment('By Jane Doe\nAssociated Press\n\nNATO said it was ready.');
    expect(seg.byline).toMatchObject({ author: 'Jane Doe', outlet: 'Associated Press' });
    expect(seg.sentences).toHaveLength(1);
  });
});
