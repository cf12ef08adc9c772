import { type CueHit, findCitations, findCues, findInterviews, listenerAt } from './cues.js';
import {
  type AttributionContext,
  appositiveName,
  clauseStartsAfter,
  type Frame,
  frame,
  impersonalThat,
  isBoundary,
  isOutletish,
  passiveAgent,
  skipLeft,
  startingAt,
  subjectEndingAt,
  TIME_WORDS,
  trimEnd,
  trimStart,
} from './frames.js';
import type { Mention } from './mentions.js';
import type { Token } from './nlp.js';
import type { Sentence } from './sentences.js';
import {
  fallbackFrame,
  leadingCitation,
  mediumPhrase,
  namedMedium,
  platformMedium,
  quotedFrame,
} from './sourced-frames.js';

/**
 * Attribution frames of one sentence: who (a mention, resolved later) says what (the content range) with
 * which cue, to which medium, cited via which outlets. Patterns: "X said (that) …", "…, X said.", "…, said X.",
 * "X told CNN …", "X quoted Y as saying …", secondary cues sharing the subject (", adding that …",
 * "… and rejected …"), "according to X", "in an interview with X", "on Twitter", a sentence that is only a
 * quotation (continuing the previous speaker), and what is left: the article's own assertion.
 */

/** Verbs of "X quoted Y as saying" and "Y was cited by X as saying". */
const QUOTING = new Set(['quote', 'cite']);

const MEDIUM_VERBS = new Set(['tell', 'say', 'write', 'post', 'tweet', 'state', 'add', 'note', 'stress']);

/** A verb that can head a clause: not a participle ("said following the vote", "said, speaking to …"). */
const headsClause = (t: Token) => t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower));

/** No finite verb, "that" or colon from token `k` to the end: what follows the cue is only adverbial. */
function onlyAdverbialFrom(tokens: readonly Token[], k: number): boolean {
  const end = tokens.findIndex((t, i) => i >= k && (t.text === ',' || t.text === ';'));
  return tokens
    .slice(k, end === -1 ? undefined : end)
    .every((t) => !(headsClause(t) || t.lower === 'that' || t.text === ':'));
}

/** How many words after a cue its object may start ("told Chinese state broadcaster CCTV"). */
const OBJECT_REACH = 5;

/** An outlet mention starting within `reach` tokens of `k`, with no verb or "that" before it. */
function outletWithin(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  k: number,
  reach: number,
): Mention | undefined {
  for (let i = k; i < k + reach; i++) {
    const m = startingAt(mentions, i);
    if (m && isOutletish(m)) return m;
    const t = tokens[i];
    // "state-run", "Saudi-owned": a participle glued by a hyphen modifies the outlet.
    const glued = t?.pos === 'VERB' && tokens[i - 1]?.text === '-' && tokens[i - 1]?.end === t.start;
    if (!t || (t.pos === 'VERB' && !glued) || t.pos === 'AUX' || t.lower === 'that' || t.text === ',')
      return undefined;
  }
  return undefined;
}

const DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;

/** The token after a short time phrase at `k` ("on Sunday", "last week", "on Monday evening"), else `k`. */
function pastTimePhrase(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < k + 4 && (TIME_WORDS.has(tokens[j]?.lower ?? '') || DAY.test(tokens[j]?.lower ?? ''))) j++;
  return j > k && DAY.test(tokens[j - 1]?.lower ?? '') ? j : k;
}

type Attribution = { next: number; medium: Mention | null; cueText: string };

/** The object of the cue ("told CNN", "told reporters", "wrote on Twitter") and where the remark starts. */
function afterCue(
  ctx: AttributionContext,
  s: Sentence,
  mentions: readonly Mention[],
  cue: CueHit,
  from: number,
): Attribution {
  const { tokens } = s;
  let k = from;
  let medium: Mention | null = null;
  let cueText = ctx.text.slice(tokens[cue.first]?.start ?? 0, tokens[cue.last]?.end ?? 0);
  const at = (i: number) =>
    startingAt(mentions, i) ?? (tokens[i]?.lower === 'the' ? startingAt(mentions, i + 1) : undefined);
  // "told US broadcaster CNN": the outlet may come a few words after the cue.
  const first = at(k);
  const object =
    first && isOutletish(first) ? first : (outletWithin(tokens, mentions, k, OBJECT_REACH) ?? first);
  const listener = listenerAt(ctx.lexicon, ctx.text, tokens[k - 1]?.end ?? s.start);
  if (object && isOutletish(object) && MEDIUM_VERBS.has(cue.lemma)) {
    medium = object;
    cueText += ` ${ctx.text.slice(tokens[k]?.start ?? 0, object.end)}`;
    k = object.last + 1;
  } else if (listener && cue.lemma !== 'say') {
    cueText += ` ${listener.text}`;
    while ((tokens[k]?.start ?? Number.POSITIVE_INFINITY) < listener.end) k++;
  } else if (object && cue.lemma === 'tell') k = object.last + 1;
  const platform = tokens[k]?.lower === 'on' ? at(k + 1) : undefined;
  if (platform && isOutletish(platform)) {
    medium ??= platform;
    k = platform.last + 1;
  }
  for (let i = k; i < Math.min(tokens.length, k + 6); i++) {
    const t = tokens[i];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX') break;
    if (t.lower === 'that' || t.text === ':') {
      k = i + 1;
      break;
    }
  }
  if (tokens[k]?.lower === 'that' || tokens[k]?.text === ':') k++;
  return { next: k, medium, cueText };
}

function passiveFrame(
  ctx: AttributionContext,
  s: Sentence,
  mentions: readonly Mention[],
  cue: CueHit,
  agent: Mention,
): Frame {
  const after = afterCue(ctx, s, mentions, cue, agent.last + 1);
  // "The ceasefire was proposed by Trump in March": with no reported clause after the agent, the sentence is
  // the remark ("Russia was warned by the United States that …" reports the that-clause).
  const reported = ['that', ':', '"', '“'].includes(s.tokens[after.next - 1]?.lower ?? '');
  const rest = reported && s.tokens.slice(after.next).some((t) => /\w/.test(t.text));
  return frame('speaker', {
    subject: agent,
    cue,
    cueText: ctx.text.slice(s.tokens[cue.first]?.start ?? s.start, agent.end),
    // "The results were rejected by the opposition.": with nothing after the agent, the sentence is the remark.
    content: rest
      ? { start: s.tokens[after.next]?.start ?? s.end, end: s.end }
      : { start: s.start, end: s.end },
    evidence: [{ start: s.start, end: s.end }],
    medium: after.medium,
    attributionEnd: Math.max(after.next - 1, agent.last),
  });
}

function cueFrame(
  ctx: AttributionContext,
  s: Sentence,
  mentions: readonly Mention[],
  cue: CueHit,
  previous: Frame | undefined,
  /** Where a citation opening the sentence ends ("According to the news service, Shana,"), if one does. */
  openingEnd = -1,
): Frame | null {
  const { tokens } = s;
  if (QUOTING.has(cue.lemma)) return quotedFrame(ctx, s, mentions, cue);
  const left = skipLeft(ctx.lexicon, tokens, cue.first - 1);
  if (left.negated) return null;
  const passive = passiveAgent(tokens, mentions, cue, left.j);
  if (passive) return passiveFrame(ctx, s, mentions, cue, passive);
  // "It will be recalled that X called …": the article's frame, not a remark of "it".
  const thatAt = tokens.findIndex((t, i) => i > cue.last && i <= cue.last + 1 && t.lower === 'that');
  if (thatAt > 0 && impersonalThat(tokens, thatAt)) return null;
  let subject = subjectEndingAt(tokens, mentions, left.j);
  if (subject && !clauseStartsAfter(tokens, subject.first - 1, mentions))
    return nestedFrame(ctx, s, mentions, cue, subject, previous);
  const before = tokens[left.j];
  if (!subject && previous && (before?.text === ',' || before?.lower === 'and')) {
    const sharesSubject = tokens[cue.first]?.lower.endsWith('ing') || before?.lower === 'and';
    return sharesSubject ? inheritedFrame(ctx, s, mentions, cue) : null;
  }
  let inverted = false;
  if (!subject && isBoundary(tokens[cue.first - 1])) {
    // "…, said Transport Minister Vera Lind": a title word mention detection left out may come first.
    // "…, said Chief Electoral Officer Daoud Ali Najafi": capitalised title words may come before the mention.
    let from = cue.last + 1;
    while (
      from < cue.last + 4 &&
      !startingAt(mentions, from) &&
      /^\p{Lu}/u.test(s.tokens[from]?.text ?? '') &&
      s.tokens[from]?.pos !== 'VERB'
    )
      from++;
    const right = startingAt(mentions, from);
    const next = right ? pastTimePhrase(tokens, right.last + 1) : -1;
    if (right && right.first > 0 && (isBoundary(tokens[next]) || tokens[next]?.text === '.')) {
      subject = appositiveName(tokens, mentions, right) ?? right;
      inverted = true;
    }
  }
  if (!subject) return null;
  const after = afterCue(ctx, s, mentions, cue, inverted ? subject.last + 1 : cue.last + 1);
  const lead = tokens[titleStart(tokens, subject.first) - 1];
  // A quotation closing right before the subject is the remark ("…," he told Fox News in an interview aired …).
  const afterQuote =
    (lead?.text === '"' || lead?.text === '”') &&
    !['that', ':'].includes(tokens[after.next - 1]?.lower ?? '');
  // "According to X, Y emphasized the importance of …": the comma closes the citation, not a remark.
  const afterCitation = openingEnd > 0 && ctx.text.slice(openingEnd, lead?.end ?? 0).trim() === ',';
  const contentFirst =
    (inverted || (subject.first > 0 && isBoundary(lead) && !afterCitation)) &&
    (afterQuote || onlyAdverbialFrom(tokens, after.next));
  const anchor = inverted ? tokens[cue.first - 1] : lead;
  const content = contentFirst
    ? { start: s.start, end: trimEnd(ctx.text, s.start, anchor?.start ?? s.start) }
    : { start: tokens[after.next]?.start ?? s.end, end: s.end };
  return frame('speaker', {
    subject,
    cue,
    cueText: after.cueText,
    content,
    evidence: [{ start: contentFirst ? s.start : subject.start, end: s.end }],
    medium: after.medium,
    continuation: left.continuation,
    quoteFirst: contentFirst && s.quotes.some((q) => q.open <= content.start + 1),
    attributionEnd: Math.max(after.next - 1, subject.last),
  });
}

/** Capitalised words the mention left out ("…, Coast Guard Spokesperson Gan Yu said", "…, OPEC sources said"). */
function titleStart(tokens: Sentence['tokens'], first: number): number {
  let k = first;
  while (k > 0 && first - k < 4 && /^[A-Z][A-Za-z]/.test(tokens[k - 1]?.text ?? '')) k--;
  return isBoundary(tokens[k - 1]) ? k : first;
}

/** A cue inside another remark ("X said Y told him …") belongs to that remark, unless X is an outlet. */
function nestedFrame(
  ctx: AttributionContext,
  s: Sentence,
  mentions: readonly Mention[],
  cue: CueHit,
  subject: Mention,
  previous: Frame | undefined,
): Frame | null {
  if (!previous || !isOutletish(previous.subject)) return null;
  const after = afterCue(ctx, s, mentions, cue, cue.last + 1);
  return frame('speaker', {
    subject,
    cue,
    cueText: after.cueText,
    content: { start: s.tokens[after.next]?.start ?? s.end, end: s.end },
    evidence: [{ start: previous.evidence[0]?.start ?? subject.start, end: s.end }],
    medium: after.medium,
    via: previous.subject ? [previous.subject] : [],
    attributionEnd: after.next - 1,
  });
}

/** ", adding that …", "… and rejected …": a further remark of the subject of the frame before it. */
function inheritedFrame(
  ctx: AttributionContext,
  s: Sentence,
  mentions: readonly Mention[],
  cue: CueHit,
): Frame {
  const after = afterCue(ctx, s, mentions, cue, cue.last + 1);
  const start = s.tokens[cue.first]?.start ?? s.start;
  return frame('inherit', {
    cue,
    cueText: after.cueText,
    content: { start: s.tokens[after.next]?.start ?? s.end, end: s.end },
    evidence: [{ start, end: s.end }],
    medium: after.medium,
    attributionEnd: after.next - 1,
  });
}

function hasFiniteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.some(
    (t, k) =>
      t.start >= from &&
      t.end <= to &&
      (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && tokens[k - 1]?.lower !== 'to')),
  );
}

const CONCESSIVE = /^(?:although|though|even though|while|whereas)\b/i;

/** What precedes the first frame: part of its evidence, a concession of the same speaker, or the article's own. */
function leadingFrame(ctx: AttributionContext, s: Sentence, first: Frame): Frame | null {
  const main = first.evidence[0];
  if (!main || first.kind === 'inherit' || main.start <= s.start) return null;
  const end = trimEnd(ctx.text, s.start, main.start);
  if (end <= s.start) return null;
  if (!hasFiniteVerb(s.tokens, s.start, end)) {
    main.start = s.start;
    return null;
  }
  const region = { start: s.start, end };
  if (CONCESSIVE.test(ctx.text.slice(s.start, end))) {
    const cueEnd = s.tokens[first.cue?.last ?? 0]?.end ?? end;
    return frame('concessive', {
      ...first,
      content: region,
      evidence: [{ start: s.start, end: cueEnd }],
      kind: 'concessive',
    });
  }
  return frame('article', { content: region, evidence: [region] });
}

export function sentenceFrames(ctx: AttributionContext, s: Sentence, mentions: readonly Mention[]): Frame[] {
  const { tokens } = s;
  const citations = findCitations(ctx.lexicon, ctx.text, s, tokens, mentions);
  const interviews = findInterviews(ctx.lexicon, ctx.text, s, tokens, mentions);
  // "was quoted by Interfax as saying": the citation phrase is the cue's own passive agent.
  const outside = (c: CueHit) =>
    QUOTING.has(c.lemma) ||
    ![...citations, ...interviews].some(
      (r) => (tokens[c.first]?.start ?? 0) >= r.start && (tokens[c.first]?.end ?? 0) <= r.end,
    );
  const frames: Frame[] = [];
  const opening = citations.find((c) => c.start === s.start && isOutletish(c.target));
  for (const cue of findCues(ctx.lexicon, tokens, s.quotes).filter(outside)) {
    const previous = frames[frames.length - 1];
    if (previous && cue.first <= previous.attributionEnd) continue;
    const f = cueFrame(ctx, s, mentions, cue, previous, opening?.end);
    if (!f) continue;
    // A nested frame takes over from an outlet's ("Sputnik reported that X said …").
    if (previous?.subject && f.via.includes(previous.subject)) frames.pop();
    frames.push(f);
  }
  const outletCitations = citations.filter((c) => isOutletish(c.target));
  const all = { start: s.start, end: s.end };
  const leading = leadingCitation(ctx, s, citations, all);
  if (leading) frames.splice(0, frames.length, leading);
  else if (frames.length === 0) frames.push(fallbackFrame(ctx, s, citations, all));
  else {
    const lead = frames[0] ? leadingFrame(ctx, s, frames[0]) : null;
    if (lead) frames.unshift(lead);
  }
  cutContents(ctx, frames, citations);
  const medium = interviews.find((c) => isOutletish(c.target))?.target ?? platformMedium(s, mentions);
  const relay = relayingOutlet(ctx, s, outletCitations);
  for (const f of frames) {
    if (f.kind === 'article' && f.content.end < s.end - 1 && frames.length > 1) continue;
    for (const c of outletCitations) if (!f.via.includes(c.target)) f.via.push(c.target);
    if (relay && !f.via.includes(relay)) f.via.push(relay);
    if (f.kind !== 'article') f.medium ??= medium ?? null;
    if (f.kind !== 'article' && f.medium === null)
      f.mediumName ??= mediumPhrase(ctx, s) ?? namedMedium(ctx, s);
  }
  return frames;
}

/** "…, Trend reports with reference to TASS": the name before such a credit is an outlet relaying another. */
const RELAY =
  /(?:^|[,;]\s*)(?<name>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})\s+(?:reports|reported|writes|wrote|informs|informed)\s*,?\s*(?:with reference to|citing|quoting|referring to|via)\s+/u;

/**
 * The outlet relaying another ("Trend reports with reference to TASS", "Azer News writes, citing Interfax"),
 * known or not, as a mention: it is cited beside the outlet it relays.
 */
function relayingOutlet(
  ctx: AttributionContext,
  s: Sentence,
  outletCitations: readonly { start: number }[],
): Mention | null {
  const m = RELAY.exec(ctx.text.slice(s.start, s.end));
  const name = m?.groups?.name;
  if (!m || !name) return null;
  const start = s.start + m.index + m[0].indexOf(name);
  const end = start + name.length;
  const after = s.start + m.index + m[0].length;
  if (!outletCitations.some((c) => c.start > end && c.start < after)) return null;
  const first = s.tokens.findIndex((t) => t.start >= start);
  const last = s.tokens.findIndex((t) => t.end >= end);
  return { type: 'name', first, last, start, end, text: name, definite: true, outletKind: 'agency' };
}

/** Each remark ends where the next attribution starts, and before a citation phrase. */
function cutContents(
  ctx: AttributionContext,
  frames: Frame[],
  citations: readonly { start: number; end: number }[],
): void {
  frames.forEach((f, i) => {
    const next = frames[i + 1];
    let end = f.content.end;
    if (next && next.kind !== 'article' && next.evidence[0] && next.evidence[0].start > f.content.start) {
      end = Math.min(end, next.evidence[0].start);
      const main = f.evidence[0];
      if (main && f.kind !== 'concessive')
        main.end = Math.min(main.end, trimEnd(ctx.text, main.start, next.evidence[0].start));
    }
    for (const c of citations) if (c.start > f.content.start && c.start < end) end = c.start;
    f.content = {
      start: trimStart(ctx.text, f.content.start, end),
      end: trimEnd(ctx.text, f.content.start, end),
    };
    if (f.content.end <= f.content.start) f.content = { ...(f.evidence[0] ?? f.content) };
  });
}
