import { type CueHit, listenerAt } from './cues.js';
import { type AttributionContext, isOutletish, startingAt, TIME_WORDS } from './frames.js';
import type { Mention } from './mentions.js';
import type { Token } from './nlp.js';
import type { Sentence } from './sentences.js';

/**
 * What follows a reporting cue: its object ("told CNN", "told reporters", "wrote on Twitter"), which may be the
 * remark's original medium, a time phrase after an inverted subject, and where the reported clause starts.
 */

const MEDIUM_VERBS = new Set(['tell', 'say', 'write', 'post', 'tweet', 'state', 'add', 'note', 'stress']);

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
export function pastTimePhrase(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < k + 4 && (TIME_WORDS.has(tokens[j]?.lower ?? '') || DAY.test(tokens[j]?.lower ?? ''))) j++;
  return j > k && DAY.test(tokens[j - 1]?.lower ?? '') ? j : k;
}

export type Attribution = { next: number; medium: Mention | null; cueText: string };

/** The object of the cue ("told CNN", "told reporters", "wrote on Twitter") and where the remark starts. */
export function afterCue(
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
