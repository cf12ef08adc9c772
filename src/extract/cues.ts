import type { CueEntry, Lexicon } from './lexicon.js';
import { phraseRegex } from './lexicon.js';
import type { Mention } from './mentions.js';
import type { Token } from './nlp.js';
import type { QuoteSpan } from './sentences.js';

/** Reporting cues of a sentence: "said", "told", "warned", "called on", "adding" (outside quotations). */

export type CueHit = { first: number; last: number; lemma: string; key: string; entry: CueEntry };

/** A citation phrase and what it cites: "according to Sputnik", "as per the CNN", "citing Interfax". */
export type Citation = { start: number; end: number; target: Mention };

const insideQuote = (quotes: readonly QuoteSpan[], t: Token) =>
  quotes.some((q) => t.start > q.open && t.end <= q.close);

/** "responded that", "replied:", "said, \"…": a complement of speech within the next three tokens. */
function complementFollows(tokens: readonly Token[], k: number): boolean {
  if (tokens.slice(k + 1, k + 4).some((t) => t.lower === 'that' || t.text === ':' || OPENING.test(t.text)))
    return true;
  if (directiveFollows(tokens, k)) return true;
  // "Peskov called the recent talks — including … — “positive and useful.”": an object, then a quotation.
  for (const t of tokens.slice(k + 1, k + 14)) {
    if (OPENING.test(t.text)) return true;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')) || t.text === '.') return false;
  }
  return false;
}

const OPENING = /^["“]$/;

/**
 * "asked the villagers not to worry", "asked residents to stay indoors": an object, then "(not) to" and a verb,
 * reports a directive; with no object ("was asked to leave") it is said to the subject, not by it.
 */
function directiveFollows(tokens: readonly Token[], k: number): boolean {
  for (let i = k + 2; i < Math.min(tokens.length, k + 7); i++) {
    const t = tokens[i];
    const before = tokens.slice(k + 1, i);
    if (before.some((b) => b.pos === 'VERB' || b.pos === 'AUX' || /^[,.;:]$/.test(b.text))) return false;
    const to = t?.lower === 'to' ? i : t?.lower === 'not' && tokens[i + 1]?.lower === 'to' ? i + 1 : -1;
    if (to > 0) return tokens[to + 1]?.pos === 'VERB' || tokens[to + 1]?.pos === 'AUX';
  }
  return false;
}

/** The verb of an -ing form the tagger took for a noun ("warning that"): warn, note (noting), stop (stopping). */
function participleLemma(lexicon: Lexicon, lower: string): string {
  const stem = lower.slice(0, -3);
  const candidates = [stem, `${stem}e`, stem.slice(0, -1)];
  return candidates.find((c) => lexicon.verbs.has(c)) ?? lower;
}

export function findCues(lexicon: Lexicon, tokens: readonly Token[], quotes: readonly QuoteSpan[]): CueHit[] {
  const hits: CueHit[] = [];
  tokens.forEach((t, k) => {
    if (insideQuote(quotes, t) || tokens[k - 1]?.lower === 'to') return;
    const phrasal = lexicon.phrasalVerbs.get(t.lemma)?.find((p) => tokens[k + 1]?.lower === p.second);
    if (phrasal && t.pos === 'VERB') {
      hits.push({ first: k, last: k + 1, lemma: t.lemma, key: phrasal.key, entry: phrasal.entry });
      return;
    }
    const participle = t.lower.endsWith('ing') && tokens[k + 1]?.lower === 'that';
    // "…, TASS reports" / "Moscow says …": a present-tense cue after a name that the tagger took for a noun.
    const present =
      t.pos === 'NOUN' &&
      /s$/.test(t.lower) &&
      tokens[k - 1]?.pos === 'PROPN' &&
      (tokens[k + 1] === undefined ||
        /^[,.:;"“”]$|^that$/.test(tokens[k + 1]?.lower ?? '') ||
        // "Mahama claims it was …": a clause's subject right after the verb.
        /^(?:it|he|she|they|we|i|there)$/.test(tokens[k + 1]?.lower ?? ''));
    if (present) {
      const stem = lexicon.verbs.has(t.lower.slice(0, -1)) ? t.lower.slice(0, -1) : t.lower.slice(0, -2);
      const entry = lexicon.verbs.get(stem);
      if (entry && !entry.complement) {
        hits.push({ first: k, last: k, lemma: stem, key: stem, entry });
        return;
      }
    }
    const lemma = participle && !lexicon.verbs.has(t.lemma) ? participleLemma(lexicon, t.lower) : t.lemma;
    const entry = lexicon.verbs.get(lemma);
    if (!entry || !(t.pos === 'VERB' || participle) || (entry.complement && !complementFollows(tokens, k)))
      return;
    hits.push({ first: k, last: k, lemma, key: lemma, entry });
  });
  return hits;
}

const OUTLET_HEAD = /^(?:agency|service|newspaper|daily|broadcaster|channel|outlet|website|portal)$/;

/** A name mention at token `k` closed by a comma or the sentence's end ("…, Shana, Paknejad said"). */
function startingAfterComma(mentions: readonly Mention[], k: number): Mention | undefined {
  const m = mentions.find((x) => x.first === k && (x.type === 'name' || x.ref?.type === 'outlet'));
  return m && m.ref?.type !== 'actor' ? m : undefined;
}

/** The first mention that starts within two tokens after character offset `at`. */
function mentionAfter(
  mentions: readonly Mention[],
  tokens: readonly Token[],
  at: number,
): Mention | undefined {
  const k = tokens.findIndex((t) => t.start >= at);
  if (k === -1) return undefined;
  const modifiers = (from: number, to: number) =>
    tokens
      .slice(from, to)
      .every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(t.pos) || /^['’]s$/.test(t.text));
  // "according to Russian state news agency TASS": the outlet after its description, not the description.
  const outlet = mentions.find((m) => m.first >= k && m.first <= k + 5 && m.ref?.type === 'outlet');
  if (outlet && modifiers(k, outlet.first)) return outlet;
  // "according to Iran's oil ministry news service, Shana, …": the outlet named in apposition.
  const noun = tokens.findIndex((t, i) => i >= k && i <= k + 6 && OUTLET_HEAD.test(t.lower));
  const named =
    noun > k && tokens[noun + 1]?.text === ',' ? startingAfterComma(mentions, noun + 2) : undefined;
  if (named && modifiers(k, noun)) return named.outletKind ? named : { ...named, outletKind: 'agency' };
  const near = mentions.find((m) => m.first >= k && m.first <= k + 1);
  if (near) return near;
  // "according to the semi-official Fars news agency": an outlet after a few modifiers.
  const far =
    mentions.find((m) => m.first > k + 1 && m.first <= k + 3 && m.outletKind !== undefined) ??
    mentions.find((m) => m.first > k + 1 && m.first <= k + 3 && m.ref?.type === 'outlet');
  const between = far ? tokens.slice(k, far.first) : [];
  return between.every((t) => ['DET', 'ADJ', 'NOUN', 'PUNCT', 'VERB'].includes(t.pos) && t.text !== ',')
    ? far
    : undefined;
}

function phraseHits(
  regex: RegExp,
  text: string,
  from: number,
  to: number,
  tokens: readonly Token[],
  mentions: readonly Mention[],
): Citation[] {
  const out: Citation[] = [];
  const global = new RegExp(regex.source, 'gi');
  const slice = text.slice(from, to);
  for (let m = global.exec(slice); m !== null; m = global.exec(slice)) {
    const start = from + m.index;
    const target = mentionAfter(mentions, tokens, start + m[0].length);
    if (target) out.push({ start, end: target.end, target });
  }
  return out;
}

const cache = new WeakMap<Lexicon, { citation: RegExp; interview: RegExp; listener: RegExp }>();

function regexes(lexicon: Lexicon) {
  let r = cache.get(lexicon);
  if (!r) {
    r = {
      citation: phraseRegex(lexicon.cues.citationPhrases),
      interview: phraseRegex(lexicon.cues.interviewPhrases),
      listener: new RegExp(`^\\s*(?:${phraseRegex(lexicon.cues.listeners).source})`, 'i'),
    };
    cache.set(lexicon, r);
  }
  return r;
}

export function findCitations(
  lexicon: Lexicon,
  text: string,
  sentence: { start: number; end: number },
  tokens: readonly Token[],
  mentions: readonly Mention[],
): Citation[] {
  return phraseHits(regexes(lexicon).citation, text, sentence.start, sentence.end, tokens, mentions);
}

/** "in an interview with CNN", "speaking to the BBC": the outlet the remarks of the sentence were made to. */
export function findInterviews(
  lexicon: Lexicon,
  text: string,
  sentence: { start: number; end: number },
  tokens: readonly Token[],
  mentions: readonly Mention[],
): Citation[] {
  return phraseHits(regexes(lexicon).interview, text, sentence.start, sentence.end, tokens, mentions);
}

/** The listener phrase right after a cue ("reporters", "a news conference") and where it ends. */
export function listenerAt(lexicon: Lexicon, text: string, at: number): { text: string; end: number } | null {
  const m = regexes(lexicon).listener.exec(text.slice(at, at + 40));
  return m ? { text: m[0].trim(), end: at + m[0].length } : null;
}
