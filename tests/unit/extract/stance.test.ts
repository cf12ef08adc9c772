import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { defaultLexicon } from '../../../src/extract/lexicon-loader.js';
import { predicateStance } from '../../../src/extract/stance.js';
import { statementWith } from './helpers.js';

const lexicon = defaultLexicon();

/** The stance of the predicate governing `target` inside `content`. */
function governing(content: string, target: string) {
  const at = content.indexOf(target);
  return predicateStance(lexicon, content, at, at + target.length);
}

function stanceOn(text: string, fragment: string, position: string) {
  return statementWith(extractArticle(text), fragment).positions.find((p) => p.position === position)?.stance;
}

describe('stance from the predicate and its polarity', () => {
  it('reads the predicate right before the position’s words', () => {
    expect(governing('Russia will never accept NATO expansion', 'NATO expansion')).toBe('opposes');
    expect(governing('the West must stop the sanctions', 'sanctions')).toBe('opposes');
    expect(governing('Kyiv needs to get more air defence', 'air defence')).toBe('demands');
    expect(governing('one should firmly oppose Taiwan independence', 'Taiwan independence')).toBe('opposes');
    expect(governing('we welcome the grain deal', 'grain deal')).toBe('supports');
  });

  it('turns the predicate by a negation before it in its clause, not by one in another clause', () => {
    expect(governing('Berlin does not support the Taurus deliveries', 'Taurus')).toBe('opposes');
    expect(governing('we don’t oppose the grain deal', 'grain deal')).toBe('supports');
    expect(governing('unless the talks do not resume, we support the grain deal', 'grain deal')).toBe(
      'supports',
    );
    // The negation is part of the predicate itself: no double turn.
    expect(governing('Moscow will not accept NATO expansion', 'NATO expansion')).toBe('opposes');
  });

  it('reads a judgement after the position’s words ("X would be an error")', () => {
    expect(governing('further NATO expansion would be an error', 'NATO expansion')).toBe('opposes');
    expect(governing('the new tariffs are totally unacceptable', 'tariffs')).toBe('opposes');
    expect(governing('the new tariffs', 'tariffs')).toBeUndefined();
  });
});

describe('stance from the speaker’s camp on the issue', () => {
  it('gives a remark without a stance predicate the stance its camp takes (by role, by description)', () => {
    const text =
      'Russian Defence Minister Sergei Shoigu said NATO drills near the border had increased. ' +
      'Jens Stoltenberg said NATO drills in the Baltic region were planned.';
    expect(stanceOn(text, 'Shoigu', 'nato-military-activity-near-russia')).toBe('opposes');
    expect(stanceOn(text, 'Stoltenberg', 'nato-military-activity-near-russia')).toBe('supports');
  });

  it('lets the predicate and the cue win over the camp', () => {
    const text =
      'Sergei Lavrov said Russia would welcome new sanctions against Russia. Lavrov warned of new sanctions against Russia.';
    expect(stanceOn(text, 'welcome', 'sanctions')).toBe('supports');
    expect(stanceOn(text, 'warned', 'sanctions')).toBe('warns');
  });

  it('matches camps by role words for actors the lexicon does not know', () => {
    const text =
      'Election commission chief Jane Doe said the final results of the vote would stand. ' +
      'Opposition leader John Roe said the final results of the vote were announced.';
    expect(stanceOn(text, 'Jane Doe', 'election-result-legitimacy')).toBe('supports');
    expect(stanceOn(text, 'John Roe', 'election-result-legitimacy')).toBe('opposes');
  });
});

describe('issues carried over remarks that name none', () => {
  const text =
    'Sergei Lavrov said Russia demanded security guarantees from NATO. ' +
    'He said the answer was expected next week. ' +
    'Jens Stoltenberg said the allies would meet on Friday.';

  it('gives a speaker’s later remark the issue of its last remark that named one', () => {
    const doc = extractArticle(text);
    expect(statementWith(doc, 'answer was expected').positions.map((p) => p.position)).toEqual([
      'security-guarantees',
    ]);
  });

  it('gives another speaker’s first remark that names no issue the article’s first issue', () => {
    const doc = extractArticle(text);
    expect(statementWith(doc, 'meet on Friday').positions.map((p) => p.position)).toEqual([
      'security-guarantees',
    ]);
  });

  it('carries nothing onto the article’s own assertions', () => {
    const doc = extractArticle(
      `${text} The meeting took place in Brussels.`,
      {},
      {},
      { articleAssertions: true },
    );
    expect(statementWith(doc, 'took place').positions).toEqual([]);
  });
});

describe('words that undermine an issue', () => {
  it('turn the stance taken on them (rejecting fraud claims supports the result; alleging fraud opposes it)', () => {
    const text =
      'Jane Doe said there had been massive fraud in the election. ' +
      'John Roe rejected the claims of fraud in the election.';
    expect(stanceOn(text, 'massive fraud', 'election-result-legitimacy')).toBe('opposes');
    expect(stanceOn(text, 'rejected', 'election-result-legitimacy')).toBe('supports');
  });
});
