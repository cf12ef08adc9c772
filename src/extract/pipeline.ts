import { sentenceFrames } from './attribution.js';
import { coordinatedSpeakers } from './coordinated.js';
import { coSpeakerDraft, type Draft, resolveFrame } from './draft.js';
import { type AttributionContext, isOutletish, type Range } from './frames.js';
import { headlineFrame, headlineSpeaker } from './headline.js';
import { personForInstitution, voiceOf } from './institution-voice.js';
import type { Lexicon } from './lexicon.js';
import { findMentions, type Mention, type MentionContext } from './mentions.js';
import { sameName } from './names.js';
import { outletByName, propagateMedia } from './outlets.js';
import type { Registry } from './registry.js';
import type { Segmentation, Sentence } from './sentences.js';
import { mediumPhrase, namedMedium } from './sourced-frames.js';
import { Discourse } from './speakers.js';
import type { ExtractOptions } from './types.js';

const LOCATION_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'outside',
  'from',
  'to',
  'across',
  'around',
  'inside',
  'into',
]);

const PLACE_WORDS =
  /\b(?:Sea|Ocean|Gulf|Strait|Bay|River|Lake|Island|Islands|Mountains?|Valley|Desert|Canal|Street|Square|Avenue|Province|Region|Oblast|District|City|Republic|Kingdom|Union|States|Shoal|Reef|Peninsula|Coast|Border|Airport|Port|Stadium|Palace|House|Hall|Center|Centre)\b/;

/** A two-word name not after "the" and without a place word: a person the article may quote later by surname. */
function isPersonLike(s: Sentence, m: Mention): boolean {
  const name = m.name ?? m.text;
  return (
    m.type === 'name' &&
    m.outletKind === undefined &&
    name.split(/\s+/).length >= 2 &&
    !PLACE_WORDS.test(name) &&
    s.tokens[m.first - 1]?.lower !== 'the'
  );
}

class SentenceMentions {
  private readonly cache = new Map<number, Mention[]>();
  constructor(
    private readonly ctx: MentionContext,
    private readonly sentences: readonly Sentence[],
  ) {}

  at(i: number): Mention[] {
    let found = this.cache.get(i);
    const s = this.sentences[i];
    if (!found && s) {
      found = findMentions(this.ctx, s.tokens);
      this.cache.set(i, found);
    }
    return found ?? [];
  }
}

/** Actor mentions of a range, except place names used as places ("talks in Moscow"). */
function actorsIn(discourse: Discourse, s: Sentence, mentions: readonly Mention[], range: Range): string[] {
  const ids: string[] = [];
  for (const m of mentions) {
    if (m.start < range.start || m.end > range.end || m.ref?.type !== 'actor') continue;
    if (LOCATION_PREPOSITIONS.has(s.tokens[m.first - 1]?.lower ?? '')) continue;
    const id = discourse.resolve(m);
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * Outlets credited inside a sentence ("…, Reuters reported.", "Report informs via TASS", "according to the
 * news service"): frames whose subject is an outlet. They are not remarks of their own; their outlets go to
 * the sentence's remarks (and, through `propagateCredits`, to the remarks that carry on).
 */
function absorbCredits(
  sentenceDrafts: Draft[],
  articleAssertions: boolean,
  carryCredits: boolean,
): { kept: Draft[]; credits: string[] } {
  const isCredit = (d: Draft) =>
    d.speaker === null && d.frame.subject !== null && isOutletish(d.frame.subject);
  const credits = sentenceDrafts.filter(isCredit).flatMap((d) => d.via);
  const kept = sentenceDrafts.filter((d) => d.speaker !== null || (articleAssertions && !isCredit(d)));
  for (const d of kept) {
    for (const o of credits) if (!d.via.includes(o)) d.via.push(o);
    // "…, as reported by Reuters", "X was quoted by TASS as saying": the outlet's story goes on too.
    d.credited = carryCredits ? [...d.via] : credits;
  }
  return { kept, credits };
}

export function buildDrafts(
  text: string,
  seg: Segmentation,
  lexicon: Lexicon,
  registry: Registry,
  options: ExtractOptions = {},
): Draft[] {
  const articleAssertions = options.articleAssertions === true;
  const carryCredits = options.carryCredits !== false;
  const discourse = new Discourse(registry, lexicon.cues.groupNouns, options.unnamedPeople !== false);
  const ctx: MentionContext = { text, lexicon, registry, classRef: (kind) => discourse.classRef(kind) };
  const mentions = new SentenceMentions(ctx, seg.sentences);
  const drafts: Draft[] = [];
  // Read only when a one-word name needs it, and apart from the cache: class nouns resolve as the text goes.
  discourse.expect(() =>
    seg.sentences.flatMap((s) =>
      findMentions({ text, lexicon, registry }, s.tokens)
        .filter((m) => isPersonLike(s, m) && !m.ref)
        .map((m) => m.name ?? m.text),
    ),
  );
  // Credits in the lead ("…, TASS reports") make the whole item a re-report of that outlet.
  const leadCredits: string[] = [];
  for (const s of seg.sentences) {
    if (s.heading) continue;
    // A "sentence" of punctuation only ("!!!", "...") says nothing anyone could have said.
    if (!/[\p{L}\p{N}]/u.test(text.slice(s.start, s.end))) continue;
    const own = mentions.at(s.index);
    const lookahead = () => [...mentions.at(s.index + 1), ...mentions.at(s.index + 2)];
    const sentenceDrafts: Draft[] = [];
    for (const frame of sentenceFrames({ text, lexicon, registry }, s, own)) {
      const draft = resolveFrame(registry, discourse, drafts, sentenceDrafts, s, frame, lookahead);
      sentenceDrafts.push(draft);
    }
    const { kept, credits } = absorbCredits(
      s.heading ? sentenceDrafts.filter((d) => d.speaker !== null) : sentenceDrafts,
      articleAssertions,
      carryCredits,
    );
    const lead = !seg.sentences.some((x) => x.index < s.index && !x.heading);
    // "According to TASS, …", "…, Trend reports with reference to TASS" in the lead: the item re-reports them.
    if (lead) leadCredits.push(...credits, ...(carryCredits ? kept.flatMap((d) => d.via) : []));
    const outletSpeaking = kept.length === 0 ? outletAsSpeaker(registry, sentenceDrafts) : null;
    if (outletSpeaking) kept.push(outletSpeaking);
    // A credit in a sentence without a remark of its own ("Report informs via TASS.") covers the one before.
    const previous = drafts[drafts.length - 1];
    if (kept.length === 0 && previous && previous.sentence >= s.index - 1)
      for (const o of credits) if (!previous.via.includes(o)) previous.via.push(o);
    if (kept.length === 0 && previous && previous.sentence >= s.index - 2)
      pointBack(registry, { text, lexicon, registry }, s, sentenceDrafts, previous, carryCredits);
    for (const draft of kept) {
      draft.mentioned = actorsIn(discourse, s, own, draft.frame.content).filter((id) => id !== draft.speaker);
      const subject = draft.frame.subject;
      const others =
        subject && draft.speaker ? coordinatedSpeakers(registry, discourse, s, own, subject) : [];
      for (const speaker of others)
        if (speaker !== draft.speaker) drafts.push(coSpeakerDraft(draft, speaker));
      drafts.push(draft);
    }
    for (const m of own) {
      // A person named anywhere is known by surname afterwards ("defeating Prabowo Subianto" … "Subianto said").
      if (isPersonLike(s, m)) {
        const id = discourse.resolve(m);
        if (id) discourse.note(id, false);
      }
      if (m.ref?.type === 'actor') {
        // "Kremlin spokesman Dmitry Peskov met …": the title is recorded, so "the Kremlin spokesman" is him later.
        if (m.role && !isPersonLike(s, m)) discourse.resolve(m);
        discourse.note(m.ref.id, false);
      }
      if (m.ref?.type === 'outlet') discourse.noteOutlet(m.ref.id);
    }
    for (const d of sentenceDrafts) if (d.medium) discourse.noteOutlet(d.medium);
    discourse.noteSubject(openingPerson(registry, discourse, s, own));
  }
  personForInstitution(registry, drafts);
  platformOfSource(registry, seg, drafts);
  const headlines = seg.sentences
    .filter((s) => s.heading)
    .flatMap((s) => headlineDrafts(text, lexicon, registry, discourse, drafts, s, mentions.at(s.index)));
  drafts.unshift(...headlines);
  for (const d of drafts) for (const o of leadCredits) if (!d.via.includes(o)) d.via.push(o);
  propagateMedia(drafts, options.carryMedium !== false);
  propagateCredits(drafts);
  return drafts;
}

/** The person a sentence opens with, as its subject ("Juncker will visit …", "Mr. Obaze said …"), if any. */
function openingPerson(
  registry: Registry,
  discourse: Discourse,
  s: Sentence,
  own: readonly Mention[],
): string | null {
  const first = own[0];
  if (!first || first.type === 'pronoun' || first.first > 1) return null;
  if (first.first === 1 && s.tokens[0]?.lower !== 'the') return null;
  const next = s.tokens[first.last + 1];
  if (!next || !['VERB', 'AUX', 'PUNCT'].includes(next.pos) || next.text === "'s" || next.text === '’s')
    return null;
  const id = discourse.resolve(first);
  return id && registry.actors.get(id)?.kind === 'person' ? id : null;
}

/** "The minister made this statement on X", "His comments were made to Reuters": a sentence about a remark. */
const BACK_REFERENCE =
  /\b(?:(?:made|gave|delivered|posted|published|issued) (?:this|these|the|his|her|their|those|such) (?:statements?|remarks?|comments?)|(?:statements?|remarks?|comments?) (?:was|were) (?:made|given|delivered|posted|published))\b/i;

/**
 * A sentence that only says where or through whom the remark before was made ("The Foreign Minister made
 * this statement on social media X, according to Ukrinform.") gives that remark its medium and credits, and
 * the credits carry on with the speaker.
 */
function pointBack(
  registry: Registry,
  ctx: AttributionContext,
  s: Sentence,
  sentenceDrafts: readonly Draft[],
  previous: Draft,
  carryCredits: boolean,
): void {
  if (!BACK_REFERENCE.test(ctx.text.slice(s.start, s.end)) || previous.speaker === null) return;
  for (const o of sentenceDrafts.flatMap((d) => d.via)) {
    if (!previous.via.includes(o)) previous.via.push(o);
    if (carryCredits && !previous.credited.includes(o)) previous.credited.push(o);
  }
  const name = mediumPhrase(ctx, s) ?? namedMedium(ctx, s);
  if (previous.medium === null && name !== null) previous.medium = outletByName(registry, name, 'website');
}

/**
 * "State news agency TASS reported that a drone crashed …": an outlet that is the only source of a claim
 * in its sentence speaks itself (as an actor of the same name) and is cited.
 */
function outletAsSpeaker(registry: Registry, sentenceDrafts: readonly Draft[]): Draft | null {
  const credit = sentenceDrafts.find(
    (d) =>
      d.speaker === null &&
      d.frame.subject !== null &&
      isOutletish(d.frame.subject) &&
      d.frame.cue !== null &&
      d.frame.content.start > d.frame.subject.end &&
      d.via.length === 1,
  );
  const outlet = credit?.via[0] ? registry.outlets.get(credit.via[0]) : undefined;
  if (!credit || !outlet) return null;
  const known = registry.lookup(outlet.name);
  const actor =
    known?.type === 'actor'
      ? known.id
      : (registry.actors.get(outlet.id)?.id ?? registry.addActor(outlet.name, 'organization').id);
  return { ...credit, speaker: actor, cue: credit.frame.cue?.entry ?? null };
}

/**
 * "Source: Ukrainian President Volodymyr Zelenskyy on X (Twitter)": the remarks of the person the line names
 * were made on that platform, unless the text names another medium for them.
 */
function platformOfSource(registry: Registry, seg: Segmentation, drafts: readonly Draft[]): void {
  for (const { who, platform } of seg.sourcePlatforms) {
    const words = who.split(/\s+/);
    const outlet = outletByName(registry, platform, 'website');
    for (const d of drafts) {
      const actor = d.speaker ? registry.actors.get(d.speaker) : undefined;
      if (!actor || actor.kind === 'state') continue;
      const surname = actor.name.split(/\s+/).pop() ?? '';
      if (words.some((w) => sameName(w, surname))) d.medium ??= outlet;
    }
  }
}

/** The speakers of the body, the most frequent first. */
function speakersByFrequency(drafts: readonly Draft[]): string[] {
  const counts = new Map<string, number>();
  for (const d of drafts) if (d.speaker) counts.set(d.speaker, (counts.get(d.speaker) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/**
 * A headline that attributes a claim is a statement, read after the body so that its short source
 * ("Novak", "spokesperson", "US Envoy To NATO") resolves to the body's speaker; else a plain cue.
 */
function headlineDrafts(
  text: string,
  lexicon: Lexicon,
  registry: Registry,
  discourse: Discourse,
  body: readonly Draft[],
  s: Sentence,
  own: Mention[],
): Draft[] {
  const ctx = { text, lexicon, registry };
  const found = headlineFrame(ctx, s);
  const speaker = found
    ? headlineSpeaker(lexicon, registry, s.tokens, found.source, speakersByFrequency(body))
    : null;
  if (found && speaker) {
    const draft = resolveFrame(registry, discourse, [], [], s, found.frame, () => []);
    return [{ ...draft, speaker, cue: null, mentioned: actorsIn(discourse, s, own, found.frame.content) }];
  }
  const voices = speakersByFrequency(body);
  return sentenceFrames(ctx, s, own)
    .map((f) => resolveFrame(registry, discourse, [], [], s, f, () => []))
    .filter((d) => d.speaker !== null && d.frame.kind === 'speaker')
    .map((d) => ({ ...d, speaker: d.speaker && voiceOf(registry, d.speaker, voices) }));
}

/**
 * A credit of another outlet ("…, Reuters reported") covers the remarks that carry on from the credited one
 * by the same speaker (the agency's story goes on), until another speaker's remark.
 */
function propagateCredits(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    if (d.credited.length === 0 || d.speaker === null) return;
    for (let k = i + 1; k < drafts.length; k++) {
      const later = drafts[k];
      if (!later || later.speaker !== d.speaker) break;
      for (const o of d.credited) if (!later.via.includes(o)) later.via.push(o);
    }
  });
}
