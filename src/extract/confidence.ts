import type { Draft } from './draft.js';
import type { Mention } from './mentions.js';
import type { Registry } from './registry.js';

/**
 * How sure the extractor is that a statement is attributed right, from how its speaker was found: an
 * explicit reporting verb with a named subject is surest; a pronoun, a role phrase, a continued quotation,
 * a headline, a speaker the lexicon does not know, a belief or hedge verb and a speaker moved from an
 * institution to its spokesperson each lower it. Statements below `REVIEW_BELOW` are marked for review.
 */

export const REVIEW_BELOW = 0.65;

const BY_SUBJECT: Partial<Record<Mention['type'], number>> = {
  entity: 0.92,
  name: 0.85,
  pronoun: 0.8,
  role: 0.72,
  class: 0.72,
  body: 0.75,
  group: 0.7,
};

export function confidenceOf(draft: Draft, registry: Registry, known: ReadonlySet<string>): number {
  const { frame } = draft;
  let c: number;
  if (frame.cueText === 'headline') c = 0.65;
  else if (frame.kind === 'quote-only') c = 0.7;
  else if (frame.kind === 'inherit') c = 0.8;
  else if (frame.kind === 'concessive') c = 0.7;
  else if (frame.subject) c = BY_SUBJECT[frame.subject.type] ?? 0.7;
  else c = 0.6;
  if (frame.cue === null && frame.kind === 'speaker' && frame.cueText !== 'headline') c -= 0.05;
  if (frame.cue?.entry.complement) c -= 0.1;
  const speaker = draft.speaker ? registry.actors.get(draft.speaker) : undefined;
  if (speaker && !known.has(speaker.id) && speaker.name.split(/\s+/).length === 1) c -= 0.15;
  if (draft.reassigned) c -= 0.1;
  return Math.round(Math.max(0, Math.min(1, c)) * 100) / 100;
}
