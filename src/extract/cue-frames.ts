import { afterCue, pastTimePhrase } from './cue-object.js';
import type { CueHit } from './cues.js';
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
  trimEnd,
} from './frames.js';
import type { Mention } from './mentions.js';
import type { Token } from './nlp.js';
import type { Sentence } from './sentences.js';
import { quotedFrame } from './sourced-frames.js';

/**
 * The frame one reporting cue gives: "X said (that) …", "…, X said.", "…, said X.", passive ("was warned by
 * X"), "X quoted Y as saying …", a cue nested in an outlet's report, and secondary cues sharing the subject
 * (", adding that …", "… and rejected …"). The sentence's frames are put together in `attribution.ts`.
 */

/** Verbs of "X quoted Y as saying" and "Y was cited by X as saying". */
export const QUOTING = new Set(['quote', 'cite']);

/** A verb that can head a clause: not a participle ("said following the vote", "said, speaking to …"). */
const headsClause = (t: Token) => t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower));

/** No finite verb, "that" or colon from token `k` to the end: what follows the cue is only adverbial. */
function onlyAdverbialFrom(tokens: readonly Token[], k: number): boolean {
  const end = tokens.findIndex((t, i) => i >= k && (t.text === ',' || t.text === ';'));
  return tokens
    .slice(k, end === -1 ? undefined : end)
    .every((t) => !(headsClause(t) || t.lower === 'that' || t.text === ':'));
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

export function cueFrame(
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
