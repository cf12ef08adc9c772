import type { Token } from './nlp.js';

/**
 * A position proposed from the remark's own words when no lexicon entry fits: the issue is the first noun
 * phrase after the remark's verb ("called on partners to provide energy support to Ukraine after …" →
 * "energy support to Ukraine"), with its prepositional complements ("importance of depoliticizing the oil
 * market"), without determiners. A person reviews it: the extractor marks it as proposed.
 */

type Word = Pick<Token, 'text' | 'lower' | 'pos'>;

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const LINKS = new Set(['of', 'for', 'on', 'against', 'to', 'in', 'with', 'over', 'between']);
const MAX_WORDS = 6;
/** Words of time: a date is when a remark was made, not what it is about ("on Monday", "last month"). */
const TIME =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|morning|evening|night|week|weekend|month|year|day|time|hours?)$/;

/** A word that may stand in the phrase: a noun or its modifier, or a gerund after a link ("of depoliticizing"). */
function nominal(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  if (NOMINAL.has(w.pos)) return /\p{L}/u.test(w.text) && !TIME.test(w.lower);
  return w.pos === 'VERB' && w.lower.endsWith('ing') && LINKS.has(words[i - 1]?.lower ?? '');
}

/** The phrase starting at `i`: nominal words, links followed by more of them, determiners inside dropped. */
function phraseAt(words: readonly Word[], i: number): { kept: Word[]; end: number } {
  const kept: Word[] = [];
  let k = i;
  while (k < words.length && kept.length < MAX_WORDS) {
    const w = words[k];
    if (!w) break;
    if (nominal(words, k)) kept.push(w);
    // "of dredging the harbour channel": the gerund's object goes on the phrase.
    else if (w.pos === 'DET' && kept[kept.length - 1]?.pos === 'VERB' && nominal(words, k + 1)) {
      k++;
      continue;
    } else if (LINKS.has(w.lower) && kept.length > 0) {
      let next = k + 1;
      while (words[next]?.pos === 'DET') next++;
      if (!nominal(words, next)) break;
      kept.push(w);
      k = next;
      continue;
    } else break;
    k++;
  }
  while (kept.length > 0 && LINKS.has(kept[kept.length - 1]?.lower ?? '')) kept.pop();
  return { kept, end: k };
}

export function proposeIssue(words: readonly Word[]): { id: string; name: string } | null {
  const verb = words.findIndex((w, i) => (w.pos === 'VERB' || w.pos === 'AUX') && !nominal(words, i));
  for (const from of verb >= 0 ? [verb + 1, 0] : [0]) {
    for (let i = from; i < words.length; i++) {
      if (!nominal(words, i) || words[i]?.pos === 'VERB') continue;
      const { kept, end } = phraseAt(words, i);
      const nouns = kept.filter((w) => w.pos === 'NOUN').length;
      const allNames = kept.every((w) => w.pos === 'PROPN');
      if (nouns > 0 && kept.length >= 2 && !allNames) {
        const name = kept.map((w) => w.text).join(' ');
        const slug = issueSlug(name);
        if (slug.length >= 4) return { id: `proposed-${slug}`, name };
      }
      i = Math.max(i, end - 1);
    }
  }
  return null;
}

/** The slug of a proposed issue's name ("winter fuel support" → "winter-fuel-support"). */
export function issueSlug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
