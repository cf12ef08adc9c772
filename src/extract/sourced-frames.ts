import type { Citation, CueHit } from './cues.js';
import {
  type AttributionContext,
  type Frame,
  frame,
  isOutletish,
  type Range,
  skipLeft,
  startingAt,
  subjectEndingAt,
  trimEnd,
} from './frames.js';
import type { Mention } from './mentions.js';
import type { Token } from './nlp.js';
import type { Sentence } from './sentences.js';

/**
 * Frames whose source is named by a phrase rather than a subject and a reporting verb: "X quoted Y as
 * saying", "Y was quoted by X as saying", "According to X, …", "In his words, …", a quotation on its own,
 * and the platform of a remark ("in a tweet", "on Twitter").
 */

/** The mention at token `k`, past a determiner and up to two modifiers ("the semi-official Fars news agency"). */
function sourceAt(mentions: readonly Mention[], tokens: readonly Token[], k: number): Mention | undefined {
  for (let i = k; i < k + 3; i++) {
    const m = startingAt(mentions, i);
    if (m) return m;
    if (!tokens[i] || !['DET', 'ADJ', 'NOUN', 'PUNCT'].includes(tokens[i]?.pos ?? '')) return undefined;
  }
  return undefined;
}

/** "He was quoted by the Baltic News Service as saying that …" */
function passiveQuotedFrame(
  ctx: AttributionContext,
  s: Sentence,
  mentions: readonly Mention[],
  cue: CueHit,
): Frame | null {
  const { tokens } = s;
  const source = tokens[cue.last + 1]?.lower === 'by' ? sourceAt(mentions, tokens, cue.last + 2) : undefined;
  const asAt = source ? source.last + 1 : cue.last + 1;
  if (tokens[asAt]?.lower !== 'as' || tokens[asAt + 1]?.pos !== 'VERB') return null;
  const subject = subjectEndingAt(tokens, mentions, skipLeft(ctx.lexicon, tokens, cue.first - 1).j);
  if (!subject) return null;
  let k = asAt + 2;
  // "…, he was cited as saying by the ISNA news agency.": the agent after the participle.
  const late = source ? undefined : tokens[k]?.lower === 'by' ? sourceAt(mentions, tokens, k + 1) : undefined;
  if (late) k = late.last + 1;
  if (tokens[k]?.lower === 'that') k++;
  const cited = source ?? late;
  const rest = tokens.slice(k).some((t) => /\w/.test(t.text));
  const lead = subject.first > 0 && !rest;
  return frame('speaker', {
    subject,
    cue,
    cueText: `${tokens[cue.first]?.lower ?? 'quoted'} as ${tokens[asAt + 1]?.lower ?? 'saying'}`,
    content: lead
      ? { start: s.start, end: trimEnd(ctx.text, s.start, subject.start) }
      : { start: tokens[k]?.start ?? s.end, end: s.end },
    evidence: [{ start: lead ? s.start : subject.start, end: s.end }],
    via: cited && isOutletish(cited) ? [cited] : [],
    attributionEnd: k - 1,
  });
}

/** "Interfax quoted Gazprom spokesman Sergei Kupriyanov as saying that …" */
export function quotedFrame(
  ctx: AttributionContext,
  s: Sentence,
  mentions: readonly Mention[],
  cue: CueHit,
): Frame | null {
  if (['was', 'were', 'is', 'been', 'being'].includes(s.tokens[cue.first - 1]?.lower ?? '')) {
    return passiveQuotedFrame(ctx, s, mentions, cue);
  }
  const { tokens } = s;
  const quoted = startingAt(mentions, cue.last + 1);
  if (!quoted || tokens[quoted.last + 1]?.lower !== 'as' || tokens[quoted.last + 2]?.pos !== 'VERB')
    return null;
  const source = subjectEndingAt(tokens, mentions, skipLeft(ctx.lexicon, tokens, cue.first - 1).j);
  let k = quoted.last + 3;
  if (tokens[k]?.lower === 'that') k++;
  const start = source?.start ?? quoted.start;
  // "Talks will resume, Xinhua quoted him as saying.": the remark comes first.
  const lead = start > s.start && !tokens.slice(k).some((t) => /\w/.test(t.text));
  return frame('speaker', {
    subject: quoted,
    cue,
    cueText: `quoted as ${tokens[quoted.last + 2]?.lower ?? 'saying'}`,
    content: lead
      ? { start: s.start, end: trimEnd(ctx.text, s.start, start) }
      : { start: tokens[k]?.start ?? s.end, end: s.end },
    evidence: [{ start: lead || tokens[0]?.start === start ? s.start : start, end: s.end }],
    via: source && isOutletish(source) ? [source] : [],
    attributionEnd: k - 1,
  });
}

function isQuoteOnly(ctx: AttributionContext, s: Sentence): boolean {
  const q = s.quotes[0];
  const body = ctx.text.slice(s.start, s.end).trim();
  return q !== undefined && q.open === s.start && q.close - q.open + 1 >= body.length * 0.8;
}

/** "in a tweet", "on his Telegram channel": the platform the lexicon names for such a phrase. */
export function mediumPhrase(ctx: AttributionContext, s: Sentence): string | null {
  const sentence = ctx.text.slice(s.start, s.end).toLowerCase();
  const hit = Object.entries(ctx.lexicon.cues.mediumPhrases).find(([phrase]) => sentence.includes(phrase));
  return hit ? hit[1] : null;
}

const MEDIUM_NOUN =
  '(?:media outlet|news outlet|outlet|broadcaster|TV channel|television channel|TV|channel|newspaper|daily|radio station|radio|magazine|website|news agency)';
const MEDIUM_NAME = String.raw`(?<name>(?:The\s+)?[\p{Lu}0-9][\p{L}0-9.&-]*(?:\s+(?:[\p{Lu}0-9][\p{L}0-9.&-]*))*|[\p{Ll}]+-[\p{Ll}]+)`;
/**
 * Media the lexicon need not know, named by the phrase around them: "in an interview with Rossiya 24 TV
 * channel", "told the t-online media outlet", "In a BBC interview", "in a short Facebook statement", "on the
 * Coast Guard's WeChat page", "announced on X", "in response to a question from The Hindu".
 */
const NAMED_MEDIUM = [
  new RegExp(
    String.raw`\b(?:in an? (?:exclusive |recent )?interview (?:with|to|for)|speaking to|in comments to|in response to a question from)\s+(?:the\s+)?(?:(?:\p{Lu}\p{Ll}+\s+)?${MEDIUM_NOUN}\s+)?${MEDIUM_NAME}`,
    'u',
  ),
  new RegExp(String.raw`\btold\s+the\s+${MEDIUM_NAME}\s+${MEDIUM_NOUN}\b`, 'u'),
  new RegExp(String.raw`\btold\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?${MEDIUM_NOUN}\s+${MEDIUM_NAME}`, 'u'),
  new RegExp(
    String.raw`\b[Ii]n an? (?:short |brief |exclusive |televised |recent )?${MEDIUM_NAME}\s+(?:interview|statement|post|video)\b`,
    'u',
  ),
  new RegExp(
    String.raw`\bon (?:the |his |her |its |their )?(?:[\p{L}’']+\s+)?${MEDIUM_NAME}\s+(?:page|account|channel)\b`,
    'u',
  ),
  // "said on the political talk show Caren Miosga", "on the programme Hard Talk".
  new RegExp(
    String.raw`\bon (?:the |his |her |a )?(?:[\p{Ll}-]+\s+){0,2}(?:talk show|show|programme|program|podcast)\s+${MEDIUM_NAME}`,
    'u',
  ),
  /\bon (?:(?:the )?social (?:media|network)(?: platform)? )?(?<name>X)(?=[\s,.]|$)/u,
];
/** Words that end a medium's name rather than belong to it. */
const NAME_TAIL = new RegExp(String.raw`\s+(?:${MEDIUM_NOUN}|on|that|in|about|regarding)\b.*$`, 'u');

/** The medium a sentence names by such a phrase, as written ("X" is Twitter). */
export function namedMedium(ctx: AttributionContext, s: Sentence): string | null {
  const sentence = ctx.text.slice(s.start, s.end);
  for (const re of NAMED_MEDIUM) {
    const name = re
      .exec(sentence)
      ?.groups?.name?.replace(NAME_TAIL, '')
      .replace(/[.,]+$/, '')
      .trim();
    if (!name) continue;
    if (name === 'X') return 'Twitter';
    // "In a White House statement": only a known outlet makes a statement or post a medium.
    const known = ctx.registry.lookup(name.replace(/^the\s+/i, ''));
    if (known?.type === 'actor') continue;
    return name;
  }
  return null;
}

function citationFrame(subject: Mention, cueText: string, content: Range, all: Range): Frame {
  return frame('speaker', { subject, cueText, content, evidence: [all] });
}

/**
 * "According to Lavrov, Moscow had warned …", "In his words, …": a citation of an actor opening the sentence
 * attributes all of it to that actor, whatever reporting verbs it contains.
 */
export function leadingCitation(
  ctx: AttributionContext,
  s: Sentence,
  citations: readonly Citation[],
  all: Range,
): Frame | null {
  const opening = citations.find((c) => c.start === s.start && !isOutletish(c.target));
  if (opening) return citationFrame(opening.target, 'according to', { start: opening.end, end: s.end }, all);
  const byPronoun = pronounCitation(ctx, s, all);
  return byPronoun && byPronoun.evidence[0]?.start === s.start && byPronoun.content.start > s.start
    ? byPronoun
    : null;
}

/** A sentence without reporting verbs: a trailing citation of an actor or pronoun, a quotation, or the article's. */
export function fallbackFrame(
  ctx: AttributionContext,
  s: Sentence,
  citations: readonly Citation[],
  all: Range,
): Frame {
  const byPronoun = pronounCitation(ctx, s, all);
  if (byPronoun) return byPronoun;
  const byActor = citations.find((c) => !isOutletish(c.target));
  if (byActor)
    return citationFrame(byActor.target, 'according to', { start: s.start, end: byActor.start }, all);
  return frame(isQuoteOnly(ctx, s) ? 'quote-only' : 'article', { content: all, evidence: [all] });
}

/** "In his words, …", "…, according to her": a citation whose source is a pronoun. */
function pronounCitation(ctx: AttributionContext, s: Sentence, all: Range): Frame | null {
  const m = ctx.lexicon.regex.pronounCitation.exec(ctx.text.slice(s.start, s.end));
  if (!m) return null;
  const start = s.start + m.index;
  const words = m[0].toLowerCase();
  const pronoun = /\b(?:his|him)\b/.test(words) ? 'm' : /\bher\b/.test(words) ? 'f' : 'plural';
  const subject: Mention = {
    type: 'pronoun',
    first: -1,
    last: -1,
    start,
    end: start + m[0].length,
    text: m[0],
    pronoun,
    definite: true,
  };
  const content = start === s.start ? { start: subject.end, end: s.end } : { start: s.start, end: start };
  return frame('speaker', { subject, cueText: words, content, evidence: [all] });
}

/** "mocked the decision on Twitter": a platform named after "on" is where the sentence's remarks were made. */
export function platformMedium(s: Sentence, mentions: readonly Mention[]): Mention | null {
  // "on the Coast Guard's WeChat page", "on his official Telegram channel": "on" a few words before.
  const onBefore = (first: number) => {
    for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
      const t = s.tokens[k];
      if (t?.lower === 'on') return s.tokens[k - 1]?.lower !== 'according';
      if (!t || (!['DET', 'PRON', 'PROPN', 'ADJ', 'PART'].includes(t.pos) && !/^['’]s$/.test(t.text)))
        return false;
    }
    return false;
  };
  return mentions.find((m) => m.ref?.type === 'outlet' && onBefore(m.first)) ?? null;
}
