import { type AttributionContext, type Frame, frame, trimEnd, trimStart } from './frames.js';
import { stateVoice } from './institution-voice.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './nlp.js';
import type { ActorRecord, Registry } from './registry.js';
import type { Sentence } from './sentences.js';

/**
 * Headlines that attribute a claim: "X Says …" (title case), "X: claim", "claim: X", "claim — X". The source
 * of a headline is short and is resolved against the article's body, which is read first: a name or surname
 * of a speaker there, a role ("spokesperson", "US Envoy") held by a speaker there, else a known actor.
 */

export type HeadlineSource = { first: number; last: number };

/** The longest a headline's source may be, in tokens ("Chinese Foreign Ministry spokesperson"). */
const SOURCE_WORDS = 5;

/** "Says", "Warns", "Urges": a title-case present-tense cue that the tagger may take for a name. */
function presentCue(lexicon: Lexicon, t: Token | undefined): boolean {
  if (!t || !/s$/.test(t.lower)) return false;
  return lexicon.verbs.has(t.lower.slice(0, -1)) || lexicon.verbs.has(t.lower.slice(0, -2));
}

const isWord = (t: Token | undefined) => t !== undefined && /\p{L}/u.test(t.text);

/** The headline's frame and the tokens of its source, or null when it attributes nothing. */
export function headlineFrame(
  ctx: AttributionContext,
  s: Sentence,
): { frame: Frame; source: HeadlineSource } | null {
  const { tokens } = s;
  const make = (source: HeadlineSource, from: number, to: number) => {
    const content = { start: trimStart(ctx.text, from, to), end: trimEnd(ctx.text, from, to) };
    if (content.end <= content.start) return null;
    const words = tokens.slice(source.first, source.last + 1).filter(isWord).length;
    if (words === 0 || words > SOURCE_WORDS) return null;
    return {
      frame: frame('speaker', { content, evidence: [{ start: s.start, end: s.end }], cueText: 'headline' }),
      source,
    };
  };
  // "Russia sees no reason for further talks, says envoy": the source after a closing cue.
  const closing = tokens.findIndex(
    (t, k) =>
      k > 1 &&
      tokens[k - 1]?.text === ',' &&
      presentCue(ctx.lexicon, t) &&
      tokens.length - k - 1 <= SOURCE_WORDS,
  );
  if (closing > 0) {
    const found = make(
      { first: closing + 1, last: tokens.length - 1 },
      s.start,
      tokens[closing - 1]?.start ?? s.start,
    );
    if (found) return found;
  }
  const cue = tokens.findIndex((t, k) => k > 0 && presentCue(ctx.lexicon, t) && /^\p{Lu}/u.test(t.text));
  if (cue > 0) return make({ first: 0, last: cue - 1 }, tokens[cue]?.end ?? s.end, s.end);
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon > 0) {
    const before = make(
      { first: lastClause(tokens, colon - 1), last: colon - 1 },
      tokens[colon]?.end ?? s.end,
      s.end,
    );
    return (
      before ?? make({ first: colon + 1, last: tokens.length - 1 }, s.start, tokens[colon]?.start ?? s.end)
    );
  }
  const dash = tokens.findIndex(
    (t, k) =>
      k > 0 &&
      /^[—–-]$/.test(t.text) &&
      // "long-range": a hyphen inside a word is no dash before a source.
      !(tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end) &&
      tokens.length - k <= SOURCE_WORDS + 1,
  );
  if (dash > 0)
    return make({ first: dash + 1, last: tokens.length - 1 }, s.start, tokens[dash]?.start ?? s.end);
  return null;
}

/** "War in Ukraine, Stoltenberg:": the source is what follows the last comma before the colon. */
function lastClause(tokens: readonly Token[], last: number): number {
  for (let k = last; k >= 0; k--) if (tokens[k]?.text === ',') return k + 1;
  return 0;
}

/** The actor a headline's source names, given the speakers of the body (most frequent first). */
export function headlineSpeaker(
  lexicon: Lexicon,
  registry: Registry,
  tokens: readonly Token[],
  source: HeadlineSource,
  bodySpeakers: readonly string[],
): string | null {
  const words = tokens.slice(source.first, source.last + 1).filter(isWord);
  const speakers = bodySpeakers.flatMap((id) => {
    const actor = registry.actors.get(id);
    return actor ? [actor] : [];
  });
  const text = words.map((t) => t.text).join(' ');
  const lower = words.map((t) => t.lower);
  // A name or surname of a body speaker, or of any known actor.
  const byName = speakers.find((a) => namedBy(a, text, lower));
  if (byName) return byName.id;
  const roles = lower.flatMap((w) => lexicon.roleClasses.get(w) ?? []);
  if (roles.length > 0) {
    const holder = speakers.find(
      (a) => a.kind === 'person' && a.roles.some((r) => r.classes.some((c) => roles.includes(c))),
    );
    if (holder) return holder.id;
  }
  for (let n = words.length; n > 0; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const known = registry.lookup(
        words
          .slice(i, i + n)
          .map((t) => t.text)
          .join(' '),
      );
      if (known?.type === 'actor') {
        // A state or body named in the headline speaks through the person the body quotes for it.
        const member = speakers.find((a) => a.kind === 'person' && a.roles.some((r) => r.org === known.id));
        const kind = registry.actors.get(known.id)?.kind;
        const voice =
          kind === 'state'
            ? stateVoice(
                registry,
                known.id,
                speakers.map((a) => a.id),
              )
            : undefined;
        return member?.id ?? voice ?? known.id;
      }
    }
  }
  return null;
}

function namedBy(actor: ActorRecord, text: string, lower: readonly string[]): boolean {
  const forms = [actor.name, ...actor.aliases].map((f) => f.toLowerCase());
  if (forms.includes(text.toLowerCase())) return true;
  const surname = actor.kind === 'person' ? actor.name.split(/\s+/).pop()?.toLowerCase() : undefined;
  return surname !== undefined && surname.length >= 3 && lower.includes(surname);
}
