import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { segment } from '../../../src/extract/sentences.js';
import { statementWith } from './helpers.js';

/**
 * Agency credits anywhere in the text (annotation convention 3): datelines of any shape, a credit line
 * under the headline, a lead that opens with the agency, a closing "| Agency" line, "Source:" footers, and
 * in-text credits that name two outlets. Sentences written for these tests.
 */

describe('datelines of other shapes', () => {
  it.each([
    ['Feb. 3, 2021 (LNA)—In Tripoli, Minister Omar Nasser said the port was open.', ['LNA']],
    ['Tripoli, 3 February 2021 (LNA/ANSA) – Minister Omar Nasser said the port was open.', ['LNA', 'ANSA']],
    ['Tripoli, LNA- Minister Omar Nasser said the port was open.', ['LNA']],
    ['Libya Herald News / Minister Omar Nasser said the port was open.', ['Libya Herald News']],
  ])('reads the agencies of %j', (text, sources) => {
    expect(segment(text).dateline?.sources).toEqual(sources);
  });

  it('cites a date-first dateline’s agency on every statement, the headline included', () => {
    const doc = extractArticle(
      'Minister says port is open\n\nFeb. 3, 2021 (LNA)—In Tripoli, Minister Omar Nasser said the port was open.\n\nNasser added that ships were waiting.',
    );
    expect(statementWith(doc, 'ships were waiting').citedVia).toEqual(['lna']);
    expect(statementWith(doc, 'the port was open').citedVia).toEqual(['lna']);
  });

  it('does not take a parenthesis inside a sentence for a dateline', () => {
    expect(
      segment('Minister Omar Nasser (pictured) - who spoke late - said it was open.').dateline,
    ).toBeNull();
  });
});

describe('credit lines', () => {
  it('cites an agency named on a line of its own under the headline', () => {
    const doc = extractArticle(
      'Minister says port is open\n\n\nRIA Novosti\n\nMinister Omar Nasser said the port was open.',
    );
    expect(statementWith(doc, 'the port was open').citedVia).toEqual(['ria-novosti']);
  });

  it('cites the agency of a closing "Full Article: … | Agency." line inside the last paragraph', () => {
    const doc = extractArticle(
      'Minister Omar Nasser said the port was open.\nFull Article: Port reopens after storm | Reuters.',
    );
    expect(statementWith(doc, 'the port was open').citedVia).toEqual(['reuters']);
  });

  it('cites a "Source:" footer whatever its case, but never a social platform', () => {
    const footer = extractArticle('Minister Omar Nasser said the port was open.\n\nSource: il Corriere');
    expect(statementWith(footer, 'the port was open').citedVia).toHaveLength(1);
    const platform = extractArticle(
      'Minister Omar Nasser said the port was open.\n\nSource: Omar Nasser on X (Twitter)',
    );
    expect(statementWith(platform, 'the port was open').citedVia).toEqual([]);
  });

  it('reads "| DW News" after a headline as DW', () => {
    const doc = extractArticle(
      'Port reopens after storm | DW News\n\nMinister Omar Nasser said the port was open.',
    );
    expect(statementWith(doc, 'the port was open').citedVia).toEqual(['dw']);
  });
});

describe('in-text credits', () => {
  it('cites both outlets of "X reports with reference to Y", X known or not', () => {
    const doc = extractArticle(
      'Minister Omar Nasser said the port was open, Azer News reports with reference to TASS.',
    );
    expect(statementWith(doc, 'the port was open').citedVia).toEqual(
      expect.arrayContaining(['tass', 'azer-news']),
    );
  });
});

describe('original medium named in the text', () => {
  it.each([
    [
      'Minister Omar Nasser said in an interview with Libya 24 TV channel that the port was open.',
      'Libya 24',
    ],
    ['Minister Omar Nasser said in an interview with the LTV broadcaster that the port was open.', 'LTV'],
    ['Minister Omar Nasser told the port-news media outlet that the port was open.', 'port-news'],
    ['In an Al Wasat interview on Friday, Minister Omar Nasser said the port was open.', 'Al Wasat'],
    ['Minister Omar Nasser said in a short Facebook statement that the port was open.', 'Facebook'],
    [
      'Minister Omar Nasser said in a statement on the ministry’s WeChat page that the port was open.',
      'WeChat',
    ],
    ['Minister Omar Nasser announced on X that the port was open.', 'Twitter'],
    [
      'The port is open, Minister Omar Nasser said in response to a question from The Libya Observer.',
      'The Libya Observer',
    ],
  ])('reads the medium of %j', (text, medium) => {
    const doc = extractArticle(text);
    const s = statementWith(doc, 'port');
    expect(doc.outlets.find((o) => o.id === s.originalMedium)?.name).toBe(medium);
  });

  it('does not take a person told something for a medium', () => {
    const doc = extractArticle('Minister Omar Nasser told Ahmed Karim that the port was open.');
    expect(statementWith(doc, 'port').originalMedium).toBeNull();
  });
});

// Invented articles: an agency credited by a line that is a credit only by where it stands.
describe('outlet lines above the body and closing the text', () => {
  it('cites an agency named alone on the last line', () => {
    const doc = extractArticle(
      'Minister Omar Nasser said the port was open.\n\nNasser added that ships were waiting.\n\nAFP',
    );
    expect(statementWith(doc, 'ships were waiting').citedVia).toEqual(['afp']);
  });

  it('cites an outlet the lexicon does not know when its name says it is one, under the date', () => {
    const doc = extractArticle(
      'Minister says port is open\n\n3 February 2021\nLibyan Wire Agency (Tripoli)\n\nMinister Omar Nasser said the port was open.',
    );
    expect(statementWith(doc, 'the port was open').citedVia).toEqual(['libyan-wire-agency']);
  });

  it('reads a known outlet followed by its edition in capitals', () => {
    const doc = extractArticle(
      'Minister says port is open\n\nAnadolu Agency LIBYA\n\nMinister Omar Nasser said the port was open.',
    );
    expect(statementWith(doc, 'the port was open').citedVia).toEqual(['anadolu-agency']);
  });

  it('cites the outlet of a "Read the original article on" footer', () => {
    const doc = extractArticle(
      'Minister Omar Nasser said the port was open.\n\nRead the original article on AFP.',
    );
    expect(statementWith(doc, 'the port was open').citedVia).toEqual(['afp']);
  });

  it('does not take a closing name that is no outlet for a credit', () => {
    const doc = extractArticle('Minister Omar Nasser said the port was open.\n\nOmar Nasser');
    expect(statementWith(doc, 'the port was open').citedVia).toEqual([]);
  });
});

describe('a name signing off the last paragraph', () => {
  const body =
    'Minister says port is open\n\nMinister Omar Nasser said the port was open.\n\nNasser added that the ships that had waited off the coast for a week would be allowed in on Tuesday morning. ';

  it('cites an agency named after the last full stop of the text', () => {
    const doc = extractArticle(`${body}NewsIn`);
    expect(statementWith(doc, 'the port was open').citedVia).toEqual(['newsin']);
    expect(doc.statements.some((s) => s.text.includes('NewsIn'))).toBe(false);
  });

  it('does not take a closing word that names no outlet for a credit', () => {
    const doc = extractArticle(`${body}Nasser`);
    expect(statementWith(doc, 'the port was open').citedVia).toEqual([]);
  });
});
