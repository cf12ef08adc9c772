import { z } from 'zod';
import { ACTOR_KINDS, OUTLET_KINDS, SPEECH_ACTS, STANCES } from '../ingest/format.js';
import type { KnownActor, KnownOutlet } from './types.js';

/**
 * The lexicon: the editable vocabulary of extraction (data/lexicon/*.json). The schemas here are the contract
 * of those files; `compileLexicon` turns them into lookup structures once, so extraction itself does no I/O.
 */

const phraseList = z.array(z.string().trim().min(1));

export const cueEntrySchema = z
  .object({
    act: z.enum(SPEECH_ACTS),
    stance: z.enum(STANCES).optional(),
    negated: z.boolean().optional(),
    complement: z.boolean().optional(),
  })
  .strict();

export const cuesFileSchema = z
  .object({
    $comment: z.string().optional(),
    verbs: z.record(z.string(), cueEntrySchema),
    continuationMarkers: phraseList,
    citationPhrases: phraseList,
    pronounCitations: phraseList,
    interviewPhrases: phraseList,
    mediumPhrases: z.record(z.string(), z.string().min(1)),
    listeners: phraseList,
    outletNouns: phraseList,
    groupNouns: phraseList,
    bodyNouns: phraseList,
    classNouns: z.partialRecord(z.enum(ACTOR_KINDS), phraseList),
    roles: z.record(z.string(), phraseList),
    roleModifiers: phraseList,
    roleComplements: phraseList,
    outletNameWords: phraseList,
    femaleMarkers: phraseList,
    maleMarkers: phraseList,
    negations: phraseList,
    conditionals: phraseList,
    subordinators: phraseList,
    /** Words of what undermines an issue ("violating", "invading"): a stance on them is turned onto it. */
    underminingWords: phraseList,
    stanceWords: z.partialRecord(z.enum(STANCES), phraseList),
    speechActWords: z.partialRecord(z.enum(SPEECH_ACTS), phraseList),
  })
  .strict();

const knownActorSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    kind: z.enum(ACTOR_KINDS),
    aliases: phraseList.optional(),
    description: z.string().optional(),
    gender: z.enum(['m', 'f']).optional(),
    demonyms: phraseList.optional(),
    partOf: z.string().optional(),
  })
  .strict();

export const actorsFileSchema = z
  .object({ $comment: z.string().optional(), actors: z.array(knownActorSchema) })
  .strict();

const knownOutletSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    kind: z.enum(OUTLET_KINDS),
    country: z.string().optional(),
    aliases: phraseList.optional(),
  })
  .strict();

export const outletsFileSchema = z
  .object({ $comment: z.string().optional(), outlets: z.array(knownOutletSchema) })
  .strict();

const positionRuleSchema = z
  .object({
    keywords: phraseList.min(1),
    context: phraseList.optional(),
    /** A second context list of which one word must also occur ("dialogue" near Ukraine and a war). */
    also: phraseList.optional(),
    inverse: z.boolean().optional(),
  })
  .strict();

export const positionsFileSchema = z
  .object({
    $comment: z.string().optional(),
    positions: z.array(
      z
        .object({
          id: z.string().min(1),
          name: z.string().min(1),
          description: z.string().optional(),
          rules: z.array(positionRuleSchema).min(1),
          /** A more general position this one refines; found together, the general one is left out. */
          broader: z.string().min(1).optional(),
          /** A response to another issue: taking it up warns, and opposes the issue it answers (`against`). */
          response: z
            .object({ against: z.string().min(1).optional() })
            .strict()
            .optional(),
          /** Who usually takes which stance on the issue: actor ids, or words of a speaker's name or role. */
          sides: z
            .array(
              z
                .object({
                  stance: z.enum(STANCES),
                  actors: phraseList.optional(),
                  words: phraseList.optional(),
                })
                .strict(),
            )
            .optional(),
        })
        .strict(),
    ),
  })
  .strict();

export type CuesFile = z.infer<typeof cuesFileSchema>;
export type CueEntry = z.infer<typeof cueEntrySchema>;
export type PositionsFile = z.infer<typeof positionsFileSchema>;

export type LexiconFiles = {
  cues: CuesFile;
  actors: { actors: KnownActor[] };
  outlets: { outlets: KnownOutlet[] };
  positions: PositionsFile;
};

/** `inverse`: the keywords name what undermines the issue ("fraud" for an election result's legitimacy). */
export type PositionRule = {
  keywords: RegExp;
  context: RegExp | null;
  also: RegExp | null;
  inverse: boolean;
};
/** A camp on an issue: the speakers (by actor id, or by words of their name or role) taking `stance`. */
export type PositionSide = {
  stance: (typeof STANCES)[number];
  ids: ReadonlySet<string>;
  words: RegExp | null;
};
export type PositionEntry = {
  id: string;
  name: string;
  description?: string;
  rules: PositionRule[];
  sides: PositionSide[];
  broader?: string;
  /** Set for a response to another issue ("China's countermeasures"), with the issue it answers. */
  response?: { against?: string };
};

/** The lexicon compiled for matching; built once per lexicon and shared by every extraction. */
export type Lexicon = {
  cues: CuesFile;
  verbs: Map<string, CueEntry>;
  /** Multi-word cues ("call on", "point out") by their first lemma. */
  phrasalVerbs: Map<string, { second: string; key: string; entry: CueEntry }[]>;
  roleClasses: Map<string, string[]>;
  roleWords: Set<string>;
  /** Role phrases of several words ("press secretary", "secretary of state"), longest first. */
  roleCompounds: string[][];
  actors: KnownActor[];
  outlets: KnownOutlet[];
  positions: PositionEntry[];
  regex: Record<
    'negation' | 'conditional' | 'outletNoun' | 'continuation' | 'pronounCitation' | 'undermining',
    RegExp
  >;
  stanceWords: [string, RegExp][];
  speechActWords: [string, RegExp][];
};

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word alternation of phrases, a trailing `*` matching any word ending. */
export function phraseRegex(phrases: readonly string[], flags = 'i'): RegExp {
  const parts = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      (p.endsWith('*') ? `${escapeRegex(p.slice(0, -1))}[\\w'-]*` : escapeRegex(p)).replace(/ /g, '\\s+'),
    );
  return new RegExp(`(?<![\\w-])(?:${parts.join('|')})(?![\\w-])`, flags);
}

export function compileLexicon(files: LexiconFiles): Lexicon {
  const { cues } = files;
  const verbs = new Map<string, CueEntry>();
  const phrasalVerbs: Lexicon['phrasalVerbs'] = new Map();
  for (const [key, entry] of Object.entries(cues.verbs)) {
    const [first = '', second] = key.split(' ');
    if (second === undefined) verbs.set(first, entry);
    else phrasalVerbs.set(first, [...(phrasalVerbs.get(first) ?? []), { second, key, entry }]);
  }
  const roleClasses = new Map<string, string[]>();
  const roleCompounds: string[][] = [];
  for (const [cls, nouns] of Object.entries(cues.roles)) {
    for (const noun of nouns) {
      const lower = noun.toLowerCase();
      roleClasses.set(lower, [...(roleClasses.get(lower) ?? []), cls]);
      if (lower.includes(' ')) roleCompounds.push(lower.split(' '));
    }
  }
  roleCompounds.sort((a, b) => b.length - a.length);
  const roleWords = new Set([...roleClasses.keys()].filter((w) => !w.includes(' ')));
  const entries = <K extends string>(record: Partial<Record<K, string[]>>): [string, RegExp][] =>
    Object.entries<string[] | undefined>(record).map(([k, v]) => [k, phraseRegex(v ?? [])]);
  return {
    cues,
    verbs,
    phrasalVerbs,
    roleClasses,
    roleWords,
    roleCompounds,
    actors: files.actors.actors,
    outlets: files.outlets.outlets,
    positions: files.positions.positions.map((p) => ({
      id: p.id,
      name: p.name,
      ...(p.description === undefined ? {} : { description: p.description }),
      rules: p.rules.map((r) => ({
        keywords: phraseRegex(r.keywords),
        context: r.context ? phraseRegex(r.context) : null,
        also: r.also ? phraseRegex(r.also) : null,
        inverse: r.inverse === true,
      })),
      ...(p.broader === undefined ? {} : { broader: p.broader }),
      ...(p.response === undefined ? {} : { response: p.response }),
      sides: (p.sides ?? []).map((side) => ({
        stance: side.stance,
        ids: new Set(side.actors ?? []),
        words: side.words?.length ? phraseRegex(side.words) : null,
      })),
    })),
    regex: {
      negation: phraseRegex(cues.negations.filter((n) => n !== "n't")),
      conditional: phraseRegex(cues.conditionals),
      outletNoun: phraseRegex(cues.outletNouns),
      continuation: phraseRegex(cues.continuationMarkers),
      pronounCitation: phraseRegex(cues.pronounCitations),
      undermining: phraseRegex(cues.underminingWords),
    },
    stanceWords: entries(cues.stanceWords),
    speechActWords: entries(cues.speechActWords),
  };
}
