import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { defaultLexicon } from '../../../src/extract/lexicon-loader.js';
import { isNegated } from '../../../src/extract/positions.js';
import { actorName, statementWith } from './helpers.js';

/** One test per class of phenomena the extractor handles, on sentences written for these tests. */

describe('reporting predicates', () => {
  it('holds hundreds of reporting verbs, with belief and hedge verbs only before a complement', () => {
    const { verbs } = defaultLexicon();
    expect(verbs.size).toBeGreaterThanOrEqual(300);
    expect(verbs.get('think')?.complement).toBe(true);
    const doc = extractArticle(
      'Mayor Ines Halle lamented that the bridge was closed. Halle thinks about it often.',
    );
    expect(doc.statements).toHaveLength(1);
    expect(doc.statements[0]?.cue).toBe('lamented');
  });

  it('reads "…, X reports" as a credit of the outlet, not as a speaker', () => {
    const doc = extractArticle('Finance Minister Lena Varga said the budget was balanced, Reuters reports.');
    expect(doc.statements).toHaveLength(1);
    expect(actorName(doc, doc.statements[0]?.speaker ?? null)).toBe('Lena Varga');
    expect(doc.statements[0]?.citedVia).toContain('reuters');
  });
});

describe('speakers from the text', () => {
  it('recognises a titled name with a role complement and resolves the role phrase to that person', () => {
    const doc = extractArticle(
      'The Bolivian Ambassador to the United Nations Elena Quispe said the vote was unfair. The ambassador added that talks must go on.',
    );
    const first = statementWith(doc, 'the vote was unfair').speaker;
    expect(actorName(doc, first)).toBe('Elena Quispe');
    expect(statementWith(doc, 'talks must go on').speaker).toBe(first);
  });

  it('knows a person by surname, courtesy title or a spelling variant, without a new actor', () => {
    const doc = extractArticle(
      'Rival candidate Tomas Berneck lost the vote. Mr. Berneck said the count was flawed. Sergey Shoigu said nothing.',
    );
    expect(actorName(doc, statementWith(doc, 'the count was flawed').speaker)).toBe('Tomas Berneck');
    expect(statementWith(doc, 'Sergey Shoigu').speaker).toBe('sergei-shoigu');
    expect(doc.actors.filter((a) => a.name.includes('Berneck'))).toHaveLength(1);
  });

  it('takes an institution’s remark as its spokesperson’s when the text names one beside it', () => {
    const doc = extractArticle(
      'The fisheries ministry vowed to answer the new quotas. "We will not stand by," fisheries ministry spokesman Arne Solberg told reporters.',
    );
    const vow = statementWith(doc, 'vowed').speaker;
    expect(actorName(doc, vow)).toBe('Arne Solberg');
  });

  it('makes an unnamed body or group the speaker when no person is given', () => {
    const doc = extractArticle(
      'The result was final, the election commission said. Analysts said the turnout was low.',
    );
    expect(actorName(doc, statementWith(doc, 'The result was final').speaker)).toBe('election commission');
    expect(actorName(doc, statementWith(doc, 'turnout').speaker)).toBe('Analysts');
  });
});

describe('outlets', () => {
  it('carries an interview’s outlet to the speaker’s later remarks in other paragraphs', () => {
    const doc = extractArticle(
      'Senator Ruth Okafor said in an interview with CNN that the deal was weak.\n\nOkafor said the vote would fail.',
    );
    expect(statementWith(doc, 'the vote would fail').originalMedium).toBe('cnn');
  });

  it('cites agencies credited by a dateline in a later paragraph, a credit line and a trailing credit', () => {
    const doc = extractArticle(
      'President Rafael Ortiz said the border was calm.\n\nLIMA (AFP) - Peru’s president Ana Torres said troops would stay.\n\n— Reuters',
    );
    expect(statementWith(doc, 'troops would stay').citedVia).toEqual(
      expect.arrayContaining(['afp', 'reuters']),
    );
    expect(statementWith(doc, 'the border was calm').citedVia).not.toContain('afp');
  });
});

describe('outlets as sources', () => {
  it('makes a credit in the lead cover the whole item, and an outlet that is the only source the speaker', () => {
    const doc = extractArticle(
      'Mayor Ines Halle said the dam would hold, TASS reports.\n\nEngineer Piotr Lasko added that repairs would start soon.\n\nState news agency Xinhua reported that the river was rising.',
    );
    expect(statementWith(doc, 'repairs would start').citedVia).toContain('tass');
    const xinhua = statementWith(doc, 'the river was rising');
    expect(actorName(doc, xinhua.speaker)).toBe('Xinhua');
    expect(xinhua.citedVia).toContain('xinhua');
  });
});

describe('statements', () => {
  it('takes a headline that attributes a claim as a statement of the body’s speaker', () => {
    const doc = extractArticle(
      'Mining Minister Says Exports Will Double\n\nMining Minister Kofi Asante said on Monday that exports would double next year.',
    );
    const headline = statementWith(doc, 'Exports Will Double');
    expect(actorName(doc, headline.speaker)).toBe('Kofi Asante');
    const colon = extractArticle('Asante: exports will double\n\nKofi Asante said exports would double.');
    expect(actorName(colon, statementWith(colon, 'Asante:').speaker)).toBe('Kofi Asante');
  });

  it('keeps a quotation continued across sentences as one statement', () => {
    const doc = extractArticle('"We are ready. We have always been ready," the envoy Pavel Dune said.');
    expect(doc.statements).toHaveLength(1);
  });

  it('does not make statements of the article’s own assertions', () => {
    expect(extractArticle('The river flooded the valley on Monday.').statements).toEqual([]);
  });

  it('gives every statement a confidence and marks the uncertain ones for review', () => {
    const doc = extractArticle('Foreign Minister Ivo Marek said the treaty was dead. "It is over."');
    for (const s of doc.statements) expect(s.confidence).toBeGreaterThan(0);
    expect(statementWith(doc, 'Ivo Marek').confidence).toBeGreaterThan(
      statementWith(doc, 'It is over').confidence ?? 1,
    );
    const hedged = extractArticle('Zhou suspects that the talks failed.');
    expect(hedged.statements[0]?.review).toBe(true);
  });
});

describe('negation and condition', () => {
  it('negates only the main clause, with curly and straight apostrophes alike', () => {
    const lexicon = defaultLexicon();
    expect(isNegated(lexicon, 'Talks will resume unless the parties do not agree')).toBe(false);
    expect(isNegated(lexicon, 'The plan, which was not published, will go ahead')).toBe(false);
    expect(isNegated(lexicon, 'We don’t accept the plan')).toBe(true);
    expect(isNegated(lexicon, "We don't accept the plan")).toBe(true);
  });
});

describe('positions and stance', () => {
  it('finds issues beyond the seed from phrases in context', () => {
    const doc = extractArticle('The opposition leader Marta Ruiz said the election results were rigged.');
    expect(doc.statements[0]?.positions.map((p) => p.position)).toContain('election-result-legitimacy');
    const trade = extractArticle('Beijing warned it would impose retaliatory tariffs on American soybeans.');
    // Threatened retaliation is China's countermeasure, and it opposes the tariffs it answers.
    expect(trade.statements[0]?.positions).toEqual([
      { position: 'us-tariffs-on-china', stance: 'opposes' },
      { position: 'china-trade-countermeasures', stance: 'warns' },
    ]);
  });

  it('proposes a position from the text when no lexicon entry fits, marked as proposed', () => {
    const doc = extractArticle(
      'Governor Hal Brenner rejected the new fishing quotas for the northern coast.',
    );
    const position = doc.statements[0]?.positions[0];
    expect(position).toMatchObject({ stance: 'opposes' });
    expect(position?.position).toMatch(/^proposed-/);
    expect(doc.positions.find((p) => p.id === position?.position)?.description).toMatch(/Proposed/);
  });
});
