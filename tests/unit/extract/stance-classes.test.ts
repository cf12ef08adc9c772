import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { defaultLexicon } from '../../../src/extract/lexicon-loader.js';
import { matchPositions } from '../../../src/extract/positions.js';
import { predicateStance } from '../../../src/extract/stance.js';
import { statementWith } from './helpers.js';

/** Invented sentences, one class of phenomenon each (positions by meaning, stance by predicate and polarity). */

const lexicon = defaultLexicon();

function governing(content: string, target: string) {
  const at = content.indexOf(target);
  return predicateStance(lexicon, content, at, at + target.length);
}

function positionsOf(text: string, fragment: string) {
  return statementWith(extractArticle(text), fragment).positions;
}

describe('which issues a remark touches', () => {
  it('keeps a refinement and leaves out the issue it refines', () => {
    const found = matchPositions(
      lexicon.positions,
      'Berlin will not send Taurus cruise missiles to Ukraine',
      'Berlin will not send Taurus cruise missiles to Ukraine',
    );
    expect(found).toEqual(['taurus-missiles-for-ukraine']);
  });

  it('prefers the issue whose context the remark itself gives when two share the same words', () => {
    const context =
      'Beijing denounced the tariffs on Chinese goods. Trump announced new tariffs on Canadian goods.';
    expect(matchPositions(lexicon.positions, 'new tariffs on Canadian goods', context)).toEqual([
      'us-tariffs-on-canada-and-mexico',
    ]);
  });

  it.each([
    ['Pyongyang fired a ballistic missile into the sea', 'north-korea-weapons-tests'],
    ['Moscow suspended its part in the New START treaty', 'nuclear-arms-control'],
    ['Washington raised tariffs on European goods', 'us-tariffs-on-the-eu'],
    ['Beijing held military drills around Taiwan', 'china-military-pressure-on-taiwan'],
    ['Gazprom cut gas supplies through the Nord Stream pipeline', 'nord-stream-2'],
    ['Gazprom cut gas supplies to Austria', 'russian-energy-supplies-to-europe'],
  ])('finds issues beyond the seed from phrases in context: %s', (text, id) => {
    expect(matchPositions(lexicon.positions, text, text)).toEqual([id]);
  });

  it('needs Ukraine and a war for dialogue to be about peace talks', () => {
    const war = 'The war in Ukraine goes on. Dialogue is the only way forward.';
    expect(matchPositions(lexicon.positions, 'Dialogue is the only way forward', war)).toEqual([
      'russia-ukraine-peace-talks',
    ]);
    const security = 'Russia and NATO discussed Ukraine. Dialogue is the only way forward.';
    expect(matchPositions(lexicon.positions, 'Dialogue is the only way forward', security)).toEqual([
      'continued-dialogue',
    ]);
  });
});

describe('stance from the predicate and its polarity', () => {
  it('ends a predicate’s clause at a coordinated verb ("protests and will take X")', () => {
    expect(
      governing('China expresses resolute protest and will take countermeasures', 'countermeasures'),
    ).toBe(undefined);
    expect(governing('China expresses resolute protest against the tariffs', 'tariffs')).toBe('opposes');
  });

  it('turns a predicate onto the issue when its object undermines the issue', () => {
    expect(
      governing('Beijing warned Manila against invading its territorial waters', 'territorial waters'),
    ).toBe('supports');
    expect(
      governing('Beijing warned Manila against any claim to its territorial waters', 'territorial waters'),
    ).toBe('opposes');
  });

  it('reads a negation before the copula of a judgement ("X might not be acceptable")', () => {
    expect(governing('the election result might not be acceptable to voters', 'election result')).toBe(
      'opposes',
    );
    expect(governing('the election result is acceptable to voters', 'election result')).toBe('supports');
  });

  it('reads a need with a noun object as a demand ("Ukraine needs more air defence")', () => {
    expect(governing('Ukraine needs more air defence', 'air defence')).toBe('demands');
  });

  it('reads harm ascribed to an issue as opposition to it', () => {
    expect(governing('firms that suffer negative effects from the US tariffs', 'tariffs')).toBe('opposes');
  });

  it('reads refusal as opposition and deliberation as neutral', () => {
    expect(governing('Germany has no plans to deliver Taurus missiles', 'Taurus')).toBe('opposes');
    expect(governing('Germany has not decided whether to deliver Taurus missiles', 'Taurus')).toBe('neutral');
  });

  it('turns the remark’s own stance words by a negation before them ("does not stop" supports)', () => {
    const text = 'Sergei Ryabkov said the dialogue between Moscow and NATO does not stop.';
    expect(positionsOf(text, 'does not stop')).toEqual([
      { position: 'continued-dialogue', stance: 'supports' },
    ]);
    const stops = 'Sergei Ryabkov said the dialogue between Moscow and NATO will stop.';
    expect(positionsOf(stops, 'will stop')).toEqual([{ position: 'continued-dialogue', stance: 'opposes' }]);
  });

  it('reads a refusal that names no issue against the issue the speaker carries on', () => {
    const text =
      'Chancellor Hans Weber said Germany would deliver Taurus missiles to Ukraine. ' +
      'Weber later said that this question was not on the agenda.';
    expect(positionsOf(text, 'not on the agenda')).toEqual([
      { position: 'taurus-missiles-for-ukraine', stance: 'opposes' },
    ]);
  });
});

describe('stance from the speaker’s camp and the kind of issue', () => {
  it('lets a camp that opposes an issue belittle it when the words say so', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov said the sanctions had proven ineffective.';
    expect(positionsOf(text, 'ineffective')).toEqual([{ position: 'sanctions', stance: 'dismisses' }]);
  });

  it('reads a response the speaker takes up as a warning that opposes the issue it answers', () => {
    const text = 'Gao Feng said China would adopt retaliatory measures.';
    expect(positionsOf(text, 'retaliatory')).toEqual([
      { position: 'china-trade-countermeasures', stance: 'warns' },
      { position: 'us-tariffs-on-china', stance: 'opposes' },
    ]);
    const named = 'Gao Feng said China would respond to the new US tariffs with retaliatory measures.';
    expect(positionsOf(named, 'retaliatory')).toEqual([
      { position: 'us-tariffs-on-china', stance: 'opposes' },
      { position: 'china-trade-countermeasures', stance: 'warns' },
    ]);
  });

  it('does not judge an issue by what is said of a place its words name', () => {
    const text =
      "The Philippines' actions near the Second Thomas Shoal are provocative, Chinese Foreign Ministry spokesperson Lin Jian said.";
    expect(positionsOf(text, 'provocative')).toEqual([
      { position: 'south-china-sea-sovereignty', stance: 'supports' },
    ]);
  });
});

describe('what a remark refers to', () => {
  it('reads "stated this" as the sentence before', () => {
    const text =
      'Chancellor Hans Weber has not decided whether Germany will supply Taurus missiles to Ukraine. ' +
      'He stated this in an interview with ZDF.';
    expect(positionsOf(text, 'stated this')).toEqual([
      { position: 'taurus-missiles-for-ukraine', stance: 'neutral' },
    ]);
  });

  it('reads a passive remark without a reported clause as the whole sentence', () => {
    const text = 'A truce in Gaza was proposed by Qatar in March.';
    expect(positionsOf(text, 'proposed by Qatar')).toEqual([
      { position: 'gaza-ceasefire', stance: 'supports' },
    ]);
  });

  it('takes title words before a name into the subject of a remark-first sentence', () => {
    const doc = extractArticle(
      'The boats acted in a dangerous manner, Coast Guard Spokesperson Lin Wei said.',
    );
    expect(doc.statements[0]?.text).toMatch(/^The boats acted in a dangerous manner/);
    const acronym = extractArticle('Output will be cut in May, OPEC sources told Reuters on Sunday.');
    expect(acronym.statements[0]?.text).toMatch(/^Output will be cut in May/);
  });
});
