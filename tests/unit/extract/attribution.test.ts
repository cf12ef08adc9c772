import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { statementWith } from './helpers.js';

describe('attribution', () => {
  it('attributes indirect speech to the subject of the cue, with the cue', () => {
    const doc = extractArticle(
      'Kremlin spokesman Dmitry Peskov stated that Russian forces are on Russian land.',
    );
    expect(statementWith(doc, 'Russian forces')).toMatchObject({ speaker: 'dmitry-peskov', cue: 'stated' });
  });

  it('reads a quotation before its attribution and keeps the quote', () => {
    const doc = extractArticle(
      '"Russia has no veto," NATO Secretary-General Jens Stoltenberg told reporters.',
    );
    const s = statementWith(doc, 'no veto');
    expect(s).toMatchObject({
      speaker: 'jens-stoltenberg',
      quote: 'Russia has no veto',
      cue: 'told reporters',
    });
    expect(s.evidence[0]?.text).toBe(doc.article.text);
  });

  it('reads "…, X said." and "…, said X."', () => {
    const doc = extractArticle(
      'Talks will resume in March, Sergei Lavrov said on Friday. The deal is dead, said Josep Borrell.',
    );
    expect(statementWith(doc, 'Talks will resume').speaker).toBe('sergei-lavrov');
    expect(statementWith(doc, 'The deal is dead').speaker).toBe('josep-borrell');
  });

  it('splits a secondary cue off as a remark of the same speaker', () => {
    const doc = extractArticle(
      'Peskov stated that they need guarantees in writing, stating that promises failed.',
    );
    expect(doc.statements).toHaveLength(2);
    const second = statementWith(doc, 'stating that');
    expect(second).toMatchObject({ speaker: 'dmitry-peskov', cue: 'stating' });
    expect(second.evidence.map((e) => e.text)).toContain('Peskov');
  });

  it('makes the article’s own assertions unattributed reports when asked, and no statements by default', () => {
    const text = 'NATO has a significant military presence near the Ukrainian border.';
    const doc = extractArticle(text, {}, {}, { articleAssertions: true });
    expect(doc.statements[0]).toMatchObject({ speaker: null, speechAct: 'report', cue: null });
    expect(extractArticle(text).statements).toEqual([]);
  });

  it('does not attribute a sentence to the subject of a subordinate clause', () => {
    const text = 'Tensions rose after Ukraine reported a build-up of troops near the border.';
    const doc = extractArticle(text, {}, {}, { articleAssertions: true });
    expect(doc.statements[0]?.speaker).toBeNull();
  });

  it('keeps nested reported speech with the person who spoke to the reporter', () => {
    const doc = extractArticle('Zelensky said US President Joe Biden had told him that aid would continue.');
    expect(doc.statements).toHaveLength(1);
    expect(doc.statements[0]?.speaker).toBe('volodymyr-zelensky');
  });

  it('reads "X quoted Y as saying" as Y’s remark cited via X', () => {
    const doc = extractArticle(
      'The Interfax news agency quoted Gazprom spokesman Sergei Kupriyanov as saying that the pipeline was ready.',
    );
    expect(doc.statements[0]).toMatchObject({ speaker: 'sergei-kupriyanov', citedVia: ['interfax'] });
    expect(doc.actors.find((a) => a.id === 'gazprom')).toBeDefined();
    expect(doc.affiliations).toContainEqual({
      actor: 'sergei-kupriyanov',
      role: 'spokesperson_for',
      of: 'gazprom',
    });
  });

  it('reads "According to X, …" as X’s remark, whatever verbs follow', () => {
    const doc = extractArticle(
      'According to Lavrov, Moscow had repeatedly warned the West about NATO enlargement.',
    );
    expect(doc.statements[0]).toMatchObject({ speaker: 'sergei-lavrov', cue: 'according to' });
  });
});

describe('outlets by role', () => {
  it('tells the original medium from the cited outlet and the publisher', () => {
    const doc = extractArticle('Peskov told CNN that NATO had encroached on Ukraine, according to Sputnik.', {
      publisher: 'Republic World',
    });
    expect(doc.statements[0]).toMatchObject({ originalMedium: 'cnn', citedVia: ['sputnik'] });
    expect(doc.article.publisher).toBe('republic-world');
  });

  it.each([
    ['as per the CNN', 'Russia is ready to talk, Peskov said, as per the CNN.', 'cnn'],
    [
      'a dateline agency other than the publisher',
      'Moscow [Russia], July 13 (ANI/Sputnik): Russia is ready, Zakharova said.',
      'sputnik',
    ],
  ])('cites %s', (_, text, outlet) => {
    const doc = extractArticle(text, { publisher: 'ANI' }, {}, { citePublisher: false });
    expect(doc.statements[0]?.citedVia).toContain(outlet);
    expect(doc.statements[0]?.citedVia).not.toContain('ani');
  });

  it('cites the publisher too when its own dateline credits it (the corpus convention)', () => {
    const text = 'Moscow [Russia], July 13 (ANI/Sputnik): Russia is ready, Zakharova said.';
    expect(extractArticle(text, { publisher: 'ANI' }).statements[0]?.citedVia).toEqual(['ani', 'sputnik']);
  });

  it('takes "in an interview with" and platforms as the original medium', () => {
    const doc = extractArticle(
      'In an interview with the BBC, Zelensky said a pause would help Russia. Medvedev wrote on Twitter that Europe would pay.',
    );
    expect(statementWith(doc, 'interview').originalMedium).toBe('bbc');
    expect(statementWith(doc, 'Medvedev').originalMedium).toBe('twitter');
  });

  it('carries a medium forward to "He said" and back from "He further told CNN"', () => {
    const doc = extractArticle(
      'Peskov stated that Russia was calm. NATO is active. He further told CNN that NATO had expanded. "We will respond," he said.\n\nLavrov stated that sanctions failed.',
      {},
      {},
      { articleAssertions: true },
    );
    expect(statementWith(doc, 'Russia was calm').originalMedium).toBe('cnn');
    expect(statementWith(doc, 'NATO is active').originalMedium).toBeNull();
    expect(statementWith(doc, 'We will respond').originalMedium).toBe('cnn');
    expect(statementWith(doc, 'sanctions failed').originalMedium).toBeNull();
  });
});
