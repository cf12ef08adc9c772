import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { actorName, statementWith } from './helpers.js';

/** Attribution and stance forms found missing on real copy; sentences written for these tests. */

describe('speakers', () => {
  it('gives a remark to the person named before a chain of appositives, not to the last of them', () => {
    const doc = extractArticle(
      'Lena Okafor, the head of VoteWatch, a Lagos-based electoral monitor, on Monday said that the count was flawed.',
    );
    const remark = statementWith(doc, 'count was flawed');
    expect(actorName(doc, remark.speaker)).toBe('Lena Okafor');
    expect(remark.text).toMatch(/count was flawed/);
  });

  it('reads an inverted attribution followed by a time phrase', () => {
    const doc = extractArticle('The bridge is safe, said Transport Minister Vera Lind on Sunday.');
    expect(actorName(doc, statementWith(doc, 'bridge is safe').speaker)).toBe('Vera Lind');
  });

  it('reads a subject with a common-noun title before the name ("trade analyst Mia Holm said")', () => {
    const doc = extractArticle('Prices will rise, and trade analyst Mia Holm said the tolls would follow.');
    expect(actorName(doc, statementWith(doc, 'tolls would follow').speaker)).toBe('Mia Holm');
  });

  it('names a ministry after its state’s possessive and resolves "the ministry" to it later', () => {
    const doc = extractArticle(
      'Turkey’s Interior Ministry condemned the raid on Friday. The ministry said the border stayed open.',
    );
    const first = statementWith(doc, 'condemned the raid');
    expect(actorName(doc, first.speaker)).toBe('Turkish Interior Ministry');
    expect(statementWith(doc, 'border stayed open').speaker).toBe(first.speaker);
  });

  it.each([
    'The Chinese coast guard said it had expelled the boats.',
    'China’s coast guard said it had expelled the boats.',
    'The China Coast Guard said it had expelled the boats.',
  ])('reads %j as one state force known by all three forms', (text) => {
    const doc = extractArticle(`${text} The coast guard added that patrols would go on.`);
    const first = statementWith(doc, 'expelled the boats');
    const actor = doc.actors.find((a) => a.id === first.speaker);
    const forms = [actor?.name, ...(actor?.aliases ?? [])].map((f) => f?.toLowerCase());
    expect(forms).toEqual(expect.arrayContaining(['chinese coast guard', 'china coast guard']));
    expect(statementWith(doc, 'patrols would go on').speaker).toBe(first.speaker);
  });

  it('lets an unnamed role holder speak when the article names neither holder nor organisation', () => {
    const doc = extractArticle('"The tolls are unacceptable," the spokesperson said.');
    const s = statementWith(doc, 'tolls are unacceptable');
    expect(s.speaker).not.toBeNull();
    expect(doc.actors.find((a) => a.id === s.speaker)?.aliases).toContain('the spokesperson');
  });
});

describe('stance of inflected opposing predicates', () => {
  it.each(['rejected', 'condemned', 'denounced'])('reads "%s the sanctions" as opposing them', (verb) => {
    const doc = extractArticle(`Mia Holm said the council ${verb} the new sanctions on Russia.`);
    const s = statementWith(doc, 'sanctions');
    expect(s.positions).toContainEqual({ position: 'sanctions', stance: 'opposes' });
  });

  it('reads results that "do not reflect" the vote as contesting the election result', () => {
    const doc = extractArticle(
      'Party chairman Tunde Bello said the announced election results do not reflect the votes of the people.',
    );
    expect(statementWith(doc, 'do not reflect').positions).toContainEqual({
      position: 'election-result-legitimacy',
      stance: 'opposes',
    });
  });
});

describe('issue words beyond the seed', () => {
  it('reads nuclear talks with Iran as the Iran nuclear deal issue', () => {
    const doc = extractArticle(
      'Foreign Minister Ali Karimi said Tehran was ready to resume nuclear talks with Washington.',
    );
    expect(statementWith(doc, 'nuclear talks').positions.map((p) => p.position)).toContain(
      'iran-nuclear-deal',
    );
  });
});
