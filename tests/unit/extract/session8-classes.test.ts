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

describe('an indefinite role phrase of no named organisation', () => {
  it('is the person the next sentences give that role in apposition ("Tobias Venn, a port authority spokesman,")', () => {
    const doc = extractArticle(
      [
        'Harbour fees will rise next year, a spokesman said on Monday.',
        '',
        'Tobias Venn, a port authority spokesman, later confirmed the figures.',
      ].join('\n'),
    );
    expect(actorName(doc, statementWith(doc, 'Harbour fees').speaker)).toBe('Tobias Venn');
  });

  it('is an unnamed holder known by the phrase when nobody is given the role ("a company spokesperson")', () => {
    const doc = extractArticle('The breach was found within hours, a company spokesperson said.');
    const speaker = doc.actors.find((a) => a.id === statementWith(doc, 'breach was found').speaker);
    expect(speaker?.kind).toBe('person');
    expect(speaker?.aliases).toContain('a company spokesperson');
  });

  it('still leaves a group of unnamed sources to no single person', () => {
    const doc = extractArticle('The vote will be delayed, sources said on Monday.');
    expect(doc.actors.filter((a) => a.kind === 'person')).toHaveLength(0);
  });
});

describe('a company named by its kind', () => {
  it('takes a name ending in an organisation word ("Northwind Airways") for an organisation, not a person', () => {
    const doc = extractArticle('Northwind Airways said it would add ten routes.');
    expect(doc.actors.find((a) => a.name === 'Northwind Airways')?.kind).toBe('organization');
  });

  it('resolves "the airline" to the organisation the article named', () => {
    const doc = extractArticle(
      [
        'Northwind Airways cancelled 40 flights on Friday.',
        '',
        'All passengers will be refunded, the airline said.',
      ].join('\n'),
    );
    expect(actorName(doc, statementWith(doc, 'passengers will be refunded').speaker)).toBe(
      'Northwind Airways',
    );
  });
});

describe('role phrases without an article and directives', () => {
  it('reads a capitalised role opening a clause ("CM said") as the person the article gave the role', () => {
    const doc = extractArticle(
      [
        'Chief Minister Arun Patel visited the flooded villages on Sunday.',
        '',
        'CM said relief camps would stay open until the water receded.',
      ].join('\n'),
    );
    expect(actorName(doc, statementWith(doc, 'relief camps').speaker)).toBe('Arun Patel');
  });

  it('reports a directive with an object and "(not) to" ("asked the villagers not to worry")', () => {
    const doc = extractArticle('Mayor Lina Okoro asked the residents not to leave their homes.');
    expect(actorName(doc, statementWith(doc, 'not to leave').speaker)).toBe('Lina Okoro');
  });

  it('does not read "was asked to" as a remark of its subject', () => {
    const doc = extractArticle('Mayor Lina Okoro was asked to leave the meeting early.');
    expect(doc.statements).toHaveLength(0);
  });

  it('makes "a diplomatic source" one unnamed person, not the state', () => {
    const doc = extractArticle('The talks will resume in May, said a Norwegian diplomatic source.');
    const speaker = doc.actors.find((a) => a.id === statementWith(doc, 'talks will resume').speaker);
    expect(speaker?.kind).toBe('person');
  });
});

describe('coordinated speakers', () => {
  const speakersOf = (doc: ReturnType<typeof extractArticle>, fragment: string) =>
    doc.statements
      .filter((s) => s.evidence[0]?.text.includes(fragment))
      .map((s) => actorName(doc, s.speaker))
      .sort();

  it('gives the remark to each of "X and the Y" ("Velmark and the United States have announced")', () => {
    const doc = extractArticle('Velmark and the United States have announced that the talks would resume.');
    expect(speakersOf(doc, 'talks would resume')).toEqual(['United States', 'Velmark']);
  });

  it('gives the remark to each state of a list of peoples before a group ("Turkish, Jordanian and Iraqi officials")', () => {
    const doc = extractArticle(
      'Turkish, Jordanian and Iraqi officials said on Sunday that the border would reopen.',
    );
    expect(speakersOf(doc, 'border would reopen')).toEqual(['Iraq', 'Jordan', 'Turkey']);
  });

  it('takes no conjunct from a clause before the list ("A met B and C said")', () => {
    const doc = extractArticle('Lund officials met Velmark and Ostria said the deal was done.');
    expect(speakersOf(doc, 'deal was done')).not.toContain('Velmark');
  });
});

describe('a role serving a person', () => {
  it('gives "a spokesperson for Governor Arno Vell said" to the spokesperson, not to the governor', () => {
    const doc = extractArticle(
      [
        'The border should reopen soon, a spokesperson for Governor Arno Vell said on Sunday.',
        '',
        'Mira Tosk, the spokesperson, made the remark during a press briefing.',
      ].join('\n'),
    );
    expect(actorName(doc, statementWith(doc, 'border should reopen').speaker)).toBe('Mira Tosk');
  });
});
