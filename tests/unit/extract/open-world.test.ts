import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { actorName, statementWith } from './helpers.js';

/**
 * Sixth session: credits, media and speakers recognised from the text itself rather than from an entry made
 * for one article. Sentences invented for these tests; outlets and people are from the lexicons.
 */

describe('outlet credits from the text', () => {
  it('cites the outlet named after its description ("according to Russian state news agency TASS")', () => {
    const doc = extractArticle(
      'The port will reopen next week, Milo Radic said on Monday, according to Russian state news agency TASS.',
    );
    expect(statementWith(doc, 'port will reopen').citedVia).toEqual(['tass']);
  });

  it('cites an outlet named in apposition to its description and keeps the speaker of the verb', () => {
    const doc = extractArticle(
      'According to the ministry’s news service, Portnews, Milo Radic emphasized the importance of reopening the harbour.',
    );
    const s = statementWith(doc, 'importance of reopening');
    expect(actorName(doc, s.speaker)).toBe('Milo Radic');
    // The comma closes the citation: what the verb reports follows it, not what stands before the subject.
    expect(s.text).not.toMatch(/^According/);
    expect(doc.outlets.find((o) => s.citedVia.includes(o.id))?.name).toBe('Portnews');
  });

  it('gives the remark before a sentence about it that sentence’s medium and credit, and carries the credit', () => {
    const doc = extractArticle(
      [
        'Harbour master Milo Radic called on all shipowners to return to the port.',
        '',
        'The harbour master made this statement on social media X, according to Ukrinform.',
        '',
        '"We are ready," Radic said.',
      ].join('\n'),
    );
    const first = statementWith(doc, 'called on all shipowners');
    expect(first.originalMedium).toBe('twitter');
    expect(first.citedVia).toEqual(['ukrinform']);
    expect(statementWith(doc, 'We are ready').citedVia).toEqual(['ukrinform']);
  });

  it('reads an outlet name with a generic word after it as the outlet ("…, Xinhua news reported")', () => {
    const doc = extractArticle(
      'The harbour would reopen, the port chief Milo Radic recalled, Xinhua news reported.',
    );
    expect(statementWith(doc, 'harbour would reopen').citedVia).toEqual(['xinhua']);
  });

  it('takes the show a remark was made on as its medium ("said on the political talk show X")', () => {
    const doc = extractArticle(
      'Milo Radic said on the political talk show Hafen Abend on Sunday that the port would reopen.',
    );
    const s = statementWith(doc, 'port would reopen');
    expect(doc.outlets.find((o) => o.id === s.originalMedium)?.name).toBe('Hafen Abend');
  });

  it('reads a short outlet line right above the first paragraph as the outlet’s credit', () => {
    const doc = extractArticle(
      'Harbour master says port will reopen\n\nUkrinform\nHarbour master Milo Radic said the port would reopen.',
    );
    expect(statementWith(doc, 'port would reopen').citedVia).toEqual(['ukrinform']);
  });
});

describe('speakers introduced by a role', () => {
  it('keeps a plus glued to a name as part of the subject ("OPEC+ said")', () => {
    const doc = extractArticle('OPEC+ said it had agreed to reduce output by nine percent.');
    expect(actorName(doc, statementWith(doc, 'reduce output').speaker)).toMatch(/^OPEC/);
  });

  it('reads an adverb before the role as part of the subject ("Freedonia’s likely next president, X, said")', () => {
    const doc = extractArticle(
      'Freedonia’s likely incoming president, Milo Radic, said on Sunday that the port would reopen.',
    );
    expect(actorName(doc, statementWith(doc, 'port would reopen').speaker)).toBe('Milo Radic');
  });

  it('resolves a possessed role to the known person named next whose usual role it is', () => {
    const doc = extractArticle(
      [
        'Saudi Arabia’s Energy Minister said on Monday that output would fall sharply.',
        '',
        'Prince Abdulaziz bin Salman told reporters that other producers had pledged cuts.',
      ].join('\n'),
    );
    expect(statementWith(doc, 'output would fall').speaker).toBe('abdulaziz-bin-salman');
  });

  it('gives the role in apposition before a name to that person, so a later role phrase is them', () => {
    const doc = extractArticle(
      [
        'Hungary’s Prime Minister, Milo Radic has rejected the proposal to close the port.',
        '',
        '“We will not close it,” the Hungarian leader added.',
      ].join('\n'),
    );
    expect(actorName(doc, statementWith(doc, 'We will not close').speaker)).toBe('Milo Radic');
  });

  it('gives an institution’s remarks to the spokesperson the article names for it, also paragraphs later', () => {
    const doc = extractArticle(
      [
        'The Kremlin said on Wednesday that the talks needed more time.',
        '',
        'Talks in London were downgraded after a minister cancelled his trip.',
        '',
        'Negotiations had faltered on Tuesday as well.',
        '',
        '“This work is ongoing,” Kremlin spokesman Dmitry Peskov told reporters.',
      ].join('\n'),
    );
    expect(statementWith(doc, 'needed more time').speaker).toBe('dmitry-peskov');
  });

  it('gives a possessed role phrase to the new person named right after it, and a state headline to them', () => {
    const doc = extractArticle(
      [
        'Hungary says its border is calm',
        '',
        'Hungary’s defence minister says the border with its neighbours is calm.',
        '',
        'Milo Radic, speaking on a trip to the border, said patrols would double.',
      ].join('\n'),
    );
    expect(actorName(doc, statementWith(doc, 'border with its neighbours').speaker)).toBe('Milo Radic');
    expect(actorName(doc, statementWith(doc, 'Hungary says').speaker)).toBe('Milo Radic');
  });
});

describe('reporting verbs the tagger or the complement rule missed', () => {
  it('reads "X called Y “…”" as a remark when a quotation follows the object', () => {
    const doc = extractArticle(
      'Milo Radic called the harbour talks — including the night session — “useful and open.”',
    );
    expect(actorName(doc, statementWith(doc, 'harbour talks').speaker)).toBe('Milo Radic');
  });

  it('reads "X claims it …" as a remark even when the verb is tagged as a noun', () => {
    const doc = extractArticle('Radic claims it was the port authority that closed the harbour.');
    expect(actorName(doc, statementWith(doc, 'port authority').speaker)).toBe('Radic');
  });
});
