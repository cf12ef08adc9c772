import type { Lexicon } from './lexicon.js';
import type { Mention, MentionContext } from './mention-types.js';
import type { Token } from './nlp.js';
import type { Gender } from './types.js';

/** Word-level tests shared by the mention finders: names, titles, role words, pronouns. */

export const PRONOUNS: Record<string, Mention['pronoun']> = { he: 'm', she: 'f', they: 'plural', it: 'it' };

export const DETERMINERS = new Set(['the', 'a', 'an']);

export const NAME_PARTICLES = new Set([
  'von',
  'der',
  'van',
  'de',
  'da',
  'al',
  'bin',
  'el',
  'la',
  'le',
  'di',
  'del',
]);

export const NOT_NAMES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/**
 * Words describing a person's politics or standing, capitalised only because they open a sentence ("Leftist
 * Lula said", "Veteran Arno Vell said"): not part of the name that follows.
 */
export const DESCRIPTORS = new Set(
  'leftist rightist centrist populist hardline hard-line reformist ultranationalist veteran embattled far-right far-left pro-western pro-russian pro-european pro-kremlin pro-government'.split(
    ' ',
  ),
);

export const LINKING_PREPOSITIONS = new Set(['of', 'to', 'at', 'for', 'from', 'in']);

export const isCapitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);

/** "Palestinian", "Chinese", "Iraqi", "Turkish": an adjective of nationality the lexicon may not know. */
export const isDemonymLike = (t: Token | undefined) =>
  t !== undefined && /^\p{Lu}\p{Ll}+(?:ian|an|ese|ish|i|ic)$/u.test(t.text);

export function span(text: string, tokens: readonly Token[], first: number, last: number) {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  return { first, last, start, end, text: text.slice(start, end) };
}

export function isRoleWord(lexicon: Lexicon, t: Token | undefined): boolean {
  return t !== undefined && (lexicon.roleWords.has(t.lower) || lexicon.roleWords.has(t.lemma));
}

/** The first word of a compound role ("press" of "press secretary") when the next word completes it. */
export function startsCompound(lexicon: Lexicon, t: Token, next: Token | undefined): boolean {
  return next !== undefined && lexicon.roleClasses.has(`${t.lower} ${next.lower}`);
}

export function isTitleWord(ctx: MentionContext, t: Token | undefined, next?: Token): boolean {
  if (!t) return false;
  return (
    isRoleWord(ctx.lexicon, t) ||
    startsCompound(ctx.lexicon, t, next) ||
    ctx.lexicon.cues.roleModifiers.includes(t.lower) ||
    ctx.lexicon.cues.roleComplements.includes(t.lower) ||
    (t.lower === 'of' && isCapitalised(next)) ||
    ctx.registry.demonym(t.text) !== undefined ||
    t.text === '-'
  );
}

/** Words after a hyphen that make a compound adjective of a name ("Kremlin-backed", "Trump-era"), not a name. */
const HYPHEN_ADJECTIVES =
  /^(?:led|era|based|made|backed|linked|run|owned|style|born|like|wide|free|only|controlled|funded|affiliated|allied|aligned|friendly|bound|class|level|type|year|old|month|day|week|long|term|time)$/;

/** Tokens `a` and `b` touch, with no space between them ("al" "-" "Mazrouei"). */
const touching = (a: Token | undefined, b: Token | undefined) =>
  a !== undefined && b !== undefined && a.end === b.start;

/**
 * A run of capitalised name tokens from `i` (with particles and hyphens inside it): "Suhail al-Mazrouei"
 * (a particle joined by a hyphen), "Kim Eun-hye", "Yoon Suk-yeol" (a given name whose second syllable is
 * written in lower case, after the family name).
 */
export function nameRun(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j + 1 < tokens.length) {
    const next = tokens[j + 1];
    const after = tokens[j + 2];
    const joins = next?.text === '-' || NAME_PARTICLES.has(next?.lower ?? '');
    const hyphenedParticle =
      NAME_PARTICLES.has(next?.lower ?? '') &&
      after?.text === '-' &&
      touching(next, after) &&
      touching(after, tokens[j + 3]) &&
      isCapitalised(tokens[j + 3]);
    const syllable =
      j > i &&
      next?.text === '-' &&
      touching(tokens[j], next) &&
      touching(next, after) &&
      /^\p{Ll}{1,4}$/u.test(after?.text ?? '') &&
      !HYPHEN_ADJECTIVES.test(after?.text ?? '');
    if (next && isCapitalised(next) && next.pos === 'PROPN' && !NOT_NAMES.has(next.lower)) j++;
    else if (hyphenedParticle) j += 3;
    else if (joins && isCapitalised(after)) j += 2;
    else if (syllable) j += 2;
    else break;
  }
  return j;
}

export function roleClasses(lexicon: Lexicon, lower: string): string[] {
  const classes = new Set<string>();
  const words = lower.split(/[\s-]+/);
  for (const word of words) for (const c of lexicon.roleClasses.get(word) ?? []) classes.add(c);
  for (const compound of lexicon.roleCompounds) {
    if (lower.includes(compound.join(' ')))
      for (const c of lexicon.roleClasses.get(compound.join(' ')) ?? []) classes.add(c);
  }
  return [...classes];
}

export function genderOf(lexicon: Lexicon, lower: string): Gender | null {
  const words = lower.split(/[\s-]+/);
  if (words.some((w) => lexicon.cues.femaleMarkers.includes(w))) return 'f';
  if (words.some((w) => lexicon.cues.maleMarkers.includes(w))) return 'm';
  return null;
}

export function isCommonNoun(ctx: MentionContext, t: Token): boolean {
  const { cues } = ctx.lexicon;
  return cues.groupNouns.includes(t.lower) || cues.bodyNouns.includes(t.lower) || isRoleWord(ctx.lexicon, t);
}

export function covered(mentions: readonly Mention[], k: number): boolean {
  return mentions.some((m) => m.first <= k && k <= m.last);
}
