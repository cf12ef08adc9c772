import type { Registry } from './registry.js';

/**
 * Whose voice an institution's or a state's remark is: the person the article names speaking for it.
 */

/** The speaker and sentence of a statement draft, all these rules need. */
type Voiced = { speaker: string | null; sentence: number; reassigned?: boolean };

/** Role words that say a person speaks for an organisation. */
const SPEAKS_FOR = new Set([
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'official',
  'representative',
  'press secretary',
]);
const CONTENT_WORD = /[\p{L}]{4,}/gu;

/**
 * An institution speaks only when no person is given: an organisation's remark right before or after a
 * remark of a person introduced as its spokesperson ("China's commerce ministry vowed …" / "commerce
 * ministry spokesman Gao Feng told reporters") is that person's.
 */
export function personForInstitution(registry: Registry, drafts: Voiced[]): void {
  drafts.forEach((d, i) => {
    const org = d.speaker ? registry.actors.get(d.speaker) : undefined;
    if (!org || org.kind === 'person' || org.kind === 'state') return;
    const orgWords = new Set(
      (org.name.toLowerCase().match(CONTENT_WORD) ?? []).map((w) => w.replace(/'s$/, '')),
    );
    for (const j of [i + 1, i + 2, i - 1]) {
      const other = drafts[j];
      if (!other || Math.abs(other.sentence - d.sentence) > 2 || !other.speaker) continue;
      const person = registry.actors.get(other.speaker);
      if (person?.kind !== 'person') continue;
      const forOrg = person.roles.some(
        (r) =>
          (r.org === org.id ||
            (r.text.toLowerCase().match(CONTENT_WORD) ?? []).some(
              (w) => orgWords.has(w) && !SPEAKS_FOR.has(w),
            )) &&
          (r.classes.includes('spokesperson') ||
            [...SPEAKS_FOR].some((w) => r.text.toLowerCase().includes(w))),
      );
      if (forOrg) {
        d.speaker = person.id;
        d.reassigned = true;
        return;
      }
    }
    // "The Kremlin said …" and, paragraphs later, "Kremlin spokesman Dmitry Peskov told reporters …": the
    // institution's voice the article names is its spokesperson, wherever the article names them.
    const voice = drafts.find((other) => {
      const person = other.speaker ? registry.actors.get(other.speaker) : undefined;
      return (
        person?.kind === 'person' &&
        person.roles.some((r) => r.org === org.id && r.classes.includes('spokesperson'))
      );
    });
    if (voice?.speaker) {
      d.speaker = voice.speaker;
      d.reassigned = true;
    }
  });
}

/**
 * "Russia says …" over a body where Russia's defence minister makes the remark: a state in a headline speaks
 * through the person the body quotes in a role of it (the most frequent such speaker). A body in a headline
 * ("Kremlin rejects …") keeps its own voice here.
 */
export function voiceOf(registry: Registry, id: string, bodySpeakers: readonly string[]): string {
  const actor = registry.actors.get(id);
  if (actor?.kind !== 'state') return id;
  return stateVoice(registry, id, bodySpeakers) ?? id;
}

/**
 * The body speaker a state speaks through: the person quoted in a role of it or of one of its bodies, else
 * ("Moscow says …" over "the Defence Ministry announced …") a body of it that the body quotes.
 */
export function stateVoice(
  registry: Registry,
  id: string,
  bodySpeakers: readonly string[],
): string | undefined {
  const inState = (org: string | null | undefined) =>
    org !== null && org !== undefined && (org === id || registry.actors.get(org)?.partOf === id);
  const member = bodySpeakers.find((b) => {
    const person = registry.actors.get(b);
    return person?.kind === 'person' && person.roles.some((r) => inState(r.org));
  });
  if (member) return member;
  return bodySpeakers.find((b) => {
    const body = registry.actors.get(b);
    return body !== undefined && body.kind !== 'person' && body.kind !== 'state' && body.partOf === id;
  });
}
