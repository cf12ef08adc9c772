import { cueFrame, QUOTING } from './cue-frames.js';
import { type CueHit, findCitations, findCues, findInterviews } from './cues.js';
import { type AttributionContext, type Frame, frame, isOutletish, trimEnd, trimStart } from './frames.js';
import type { Mention } from './mentions.js';
import type { Token } from './nlp.js';
import type { Sentence } from './sentences.js';
import {
  fallbackFrame,
  leadingCitation,
  mediumPhrase,
  namedMedium,
  platformMedium,
} from './sourced-frames.js';

/**
 * Attribution frames of one sentence: who (a mention, resolved later) says what (the content range) with
 * which cue, to which medium, cited via which outlets. Patterns: "X said (that) …", "…, X said.", "…, said X.",
 * "X told CNN …", "X quoted Y as saying …", secondary cues sharing the subject (", adding that …",
 * "… and rejected …"), "according to X", "in an interview with X", "on Twitter", a sentence that is only a
 * quotation (continuing the previous speaker), and what is left: the article's own assertion. This file puts
 * a sentence's frames together (leading clauses, citations, relays, where each remark ends); the frame of one
 * cue is `cue-frames.ts`'s, what follows a cue `cue-object.ts`'s.
 */

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
