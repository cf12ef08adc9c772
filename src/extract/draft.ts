import { type Frame, isOutletish, type Range } from './frames.js';
import type { CueEntry } from './lexicon.js';
import type { Mention } from './mentions.js';
import { type MediumDraft, outletByName } from './outlets.js';
import type { Registry } from './registry.js';
import type { Sentence } from './sentences.js';
import type { Discourse } from './speakers.js';

/**
 * A statement before assembly, and how one attribution frame becomes one: its speaker (the subject, the
 * remark it carries on, or none), medium and outlets resolved to ids.
 */

/** A statement before assembly: a frame with its speaker and outlets resolved to ids. */
export type Draft = MediumDraft & {
  sentence: number;
  frame: Frame;
  cue: CueEntry | null;
  via: string[];
  evidence: Range[];
  /** Actors named in the remark, in order. */
  mentioned: string[];
  /** Outlets credited by a clause of their own ("…, Reuters reported"), which carry on with the speaker. */
  credited: string[];
  /** The speaker was moved from an institution to the spokesperson named beside it. */
  reassigned?: boolean;
};

function carriesOn(frame: Frame): boolean {
  return (
    frame.kind === 'quote-only' ||
    frame.kind === 'inherit' ||
    (frame.subject?.type === 'pronoun' && frame.via.length === 0) ||
    frame.quoteFirst
  );
}

/** The same remark made by a speaker coordinated with its subject. */
export function coSpeakerDraft(draft: Draft, speaker: string): Draft {
  return {
    sentence: draft.sentence,
    paragraph: draft.paragraph,
    frame: draft.frame,
    speaker,
    medium: draft.medium,
    cue: draft.cue,
    via: [...draft.via],
    evidence: draft.evidence.map((r) => ({ start: r.start, end: r.end })),
    mentioned: draft.mentioned.filter((id) => id !== speaker),
    credited: [...draft.credited],
    continuation: draft.continuation,
    carriesOn: false,
  };
}

export function resolveFrame(
  registry: Registry,
  discourse: Discourse,
  drafts: readonly Draft[],
  sentenceDrafts: readonly Draft[],
  s: Sentence,
  frame: Frame,
  lookahead: () => Mention[],
): Draft {
  const via = frame.via.map((m) => discourse.resolveOutlet(m)).filter((id): id is string => id !== null);
  let speaker: string | null = null;
  let medium = frame.medium ? discourse.resolveOutlet(frame.medium) : null;
  if (medium === null && frame.mediumName !== null)
    medium = outletByName(registry, frame.mediumName, 'website');
  const evidence = frame.evidence.map((r) => ({ ...r }));
  if (frame.subject && isOutletish(frame.subject)) {
    const outlet = discourse.resolveOutlet(frame.subject);
    if (outlet && !via.includes(outlet)) via.push(outlet);
  } else if (frame.subject) {
    speaker = discourse.resolve(frame.subject, lookahead);
  } else if (frame.kind === 'inherit') {
    const outer = [...sentenceDrafts].reverse().find((d) => d.speaker !== null && d.frame.subject);
    speaker = outer?.speaker ?? null;
    const subject = outer?.frame.subject;
    if (subject) evidence.push({ start: subject.start, end: subject.end });
  } else if (frame.kind === 'quote-only') {
    const before = drafts[drafts.length - 1];
    if (
      before &&
      before.speaker !== null &&
      (before.paragraph === s.paragraph || before.sentence === s.index - 1)
    ) {
      speaker = before.speaker;
      medium ??= before.medium;
      const subject = before.frame.subject;
      if (subject && before.sentence === s.index - 1)
        evidence.push({ start: subject.start, end: subject.end });
    }
  }
  if (speaker !== null) discourse.note(speaker, true);
  const attributed = speaker !== null;
  return {
    sentence: s.index,
    paragraph: s.paragraph,
    frame,
    speaker,
    medium: attributed ? medium : null,
    cue: attributed ? (frame.cue?.entry ?? null) : null,
    via,
    evidence,
    mentioned: [],
    credited: [],
    continuation: frame.continuation,
    carriesOn: carriesOn(frame),
  };
}
