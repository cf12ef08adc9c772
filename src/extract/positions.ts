import type { SPEECH_ACTS, STANCES } from '../ingest/format.js';
import type { Camp } from './camp.js';
import type { CueEntry, Lexicon, PositionEntry } from './lexicon.js';
import type { Token } from './nlp.js';
import { findPositions, type PositionMatch } from './position-match.js';
import { issueSlug, proposeIssue } from './propose.js';
import { predicateStance, remarkStance, sideStance } from './stance.js';

export { findPositions, type PositionMatch } from './position-match.js';

/**
 * What a remark does: the positions it touches (lexicon rules), its stance on them, its speech act, negation
 * and condition. The stance comes from the cue ("warned" → warns), else from stance words in the remark,
 * else from the speech act; the article's own assertions are neutral.
 */

export type SpeechAct = (typeof SPEECH_ACTS)[number];
export type Stance = (typeof STANCES)[number];

export type Remark = {
  speechAct: SpeechAct;
  negated: boolean;
  condition: string | null;
  positions: { position: string; stance: Stance }[];
  /** A position named from the remark's own words when no lexicon entry fits (or the article's proposed issue). */
  proposed: { id: string; name: string } | null;
};

const STOP = new Set(
  'the a an this that these those its their his her our my your it they he she we i there here all any some such no not to of for on in at by with from as be is are was were will would could should can may might has have had been being do does did and or but than then so very more most also only'.split(
    ' ',
  ),
);

/** "warned against further sanctions on Iran" → "further sanctions on Iran": up to five words of the object. */
export function proposePosition(content: string): { id: string; name: string } | null {
  const words = content
    .replace(/["“”‘’]/g, '')
    .split(/[,;:.]/)[0]
    ?.split(/\s+/)
    .filter((w) => w !== '');
  if (!words) return null;
  let i = 0;
  while (i < words.length && STOP.has((words[i] ?? '').toLowerCase())) i++;
  const name = words.slice(i, i + 5).join(' ');
  const slug = issueSlug(name);
  return slug.length >= 4 && name.split(' ').length >= 2 ? { id: `proposed-${slug}`, name } : null;
}

export type RemarkInput = {
  /** The words of the remark. */
  content: string;
  /** The sentence and the two before it, for position rules that need context. */
  context: string;
  cue: CueEntry | null;
  attributed: boolean;
  /** The speaker's camp, for the stance its side usually takes on an issue; none for the article's own. */
  camp?: Camp;
  /** The positions of the same speaker's last remark that touched one, for a remark that names none. */
  carried?: readonly string[];
  /** The remark's words with their parts of speech, for a position proposed from its noun phrases. */
  words?: readonly Pick<Token, 'text' | 'lower' | 'pos'>[];
  /** The issue the article's first proposal named: a later remark that names no lexicon issue carries it. */
  topic?: { id: string; name: string };
  /** The stance the speaker last took on that issue, for a remark whose words take none. */
  topicStance?: Stance;
};

const INVERSE: Partial<Record<Stance, Stance>> = {
  opposes: 'supports',
  dismisses: 'supports',
  supports: 'opposes',
};
const SUPPORTING = new Set<Stance>(['demands', 'warns', 'justifies']);
const STANCE_ORDER: Stance[] = [
  'dismisses',
  'neutral',
  'warns',
  'demands',
  'justifies',
  'opposes',
  'supports',
];
const ACT_ORDER: SpeechAct[] = ['rejection', 'demand', 'warning', 'justification', 'intent_to_cooperate'];
const ACT_STANCE: Partial<Record<SpeechAct, Stance>> = {
  demand: 'demands',
  appeal: 'demands',
  warning: 'warns',
  threat: 'warns',
  justification: 'justifies',
  rejection: 'opposes',
  dismissal: 'dismisses',
  denial: 'dismisses',
  intent_to_cooperate: 'supports',
};

export function matchPositions(
  positions: readonly PositionEntry[],
  content: string,
  context: string,
): string[] {
  return findPositions(positions, content, context).map((p) => p.id);
}

/** Words a negation may stand before the keyword it negates ("will not move further east"). */
const NEGATION_REACH = 6;

/** Whether a negation stands in the same clause shortly before `at`. */
function negatedNear(lexicon: Lexicon, content: string, at: number): boolean {
  const clause = content.slice(0, at).replace(/’/g, "'").split(/[,;:]/).pop() ?? '';
  const words = clause.trim().split(/\s+/).slice(-NEGATION_REACH).join(' ');
  return isNegated(lexicon, words);
}

/**
 * Whether the remark's main clause is negated. A negation inside a subordinate or conditional clause ("unless
 * the talks do not resume, …", "…, although it has not decided") does not negate the remark, nor does one
 * inside a relative clause; curly and straight apostrophes count alike ("don’t", "don't").
 */
export function isNegated(lexicon: Lexicon, content: string): boolean {
  const main = mainClauses(lexicon, content.replace(/’/g, "'"));
  return lexicon.regex.negation.test(main) || /\wn't\b/i.test(main);
}

/** The remark without its subordinate, conditional and relative clauses (each up to the next comma). */
function mainClauses(lexicon: Lexicon, content: string): string {
  const words = [...lexicon.cues.subordinators, ...lexicon.cues.conditionals, 'which', 'who', 'whom', 'whose']
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  return content.replace(new RegExp(`\\b(?:${words})\\b[^,;:.]*`, 'gi'), ' ');
}

/** The condition in the text's words: from the conditional marker to the end of its clause. */
export function findCondition(lexicon: Lexicon, content: string): string | null {
  const m = lexicon.regex.conditional.exec(content);
  if (!m) return null;
  const rest = content.slice(m.index);
  const clause = /^[^,;:]+/.exec(rest)?.[0] ?? rest;
  const condition = clause.replace(/[\s.!?"”]+$/, '').trim();
  return condition.split(/\s+/).length >= 2 ? condition : null;
}

function firstMatch<T extends string>(
  table: readonly [string, RegExp][],
  order: readonly T[],
  text: string,
): T | undefined {
  return order.find((key) => table.some(([k, re]) => k === key && re.test(text)));
}

/** Stances a camp's usual one gives way to when the remark's words say so. */
const GIVES_WAY: Partial<Record<Stance, ReadonlySet<Stance>>> = {
  // A camp that supports the issue may still demand it, warn with it or justify it; it does not oppose it.
  supports: SUPPORTING,
  // A camp that opposes the issue may belittle it ("the sanctions have proven ineffective").
  opposes: new Set(['dismisses']),
};

export function speechActOf(
  lexicon: Lexicon,
  input: RemarkInput,
  negated: boolean,
  conditional: boolean,
): SpeechAct {
  if (!input.attributed) return 'report';
  const cueAct = input.cue?.act;
  if (cueAct && cueAct !== 'claim' && cueAct !== 'report') return cueAct;
  const byWords = firstMatch(lexicon.speechActWords, ACT_ORDER, input.content);
  if (byWords) return byWords;
  if (conditional) return 'warning';
  if (negated && input.cue?.negated) return 'denial';
  return 'claim';
}

/** The stance of the remark as a whole, from its cue, its words or its speech act (undefined when none). */
export function stanceOf(lexicon: Lexicon, input: RemarkInput, act: SpeechAct): Stance | undefined {
  return input.cue?.stance ?? remarkStance(lexicon, input.content, STANCE_ORDER) ?? ACT_STANCE[act];
}

/**
 * The stance on one position: the predicate that governs its words ("will never accept X"), else the cue's
 * ("warned"), else the side the speaker's camp takes on the issue, else the remark's words or act, else
 * support, turned into opposition by a negation shortly before the position's words.
 */
function stanceOn(lexicon: Lexicon, input: RemarkInput, act: SpeechAct, match: PositionMatch): Stance {
  if (!input.attributed) return 'neutral';
  const side = input.camp ? sideStance(match.entry, input.camp) : undefined;
  const remark = stanceOf(lexicon, input, act);
  const own = side && remark && GIVES_WAY[side]?.has(remark) ? remark : side;
  const carried = match.at < 0;
  // "the actions in the South China Sea are provocative": words naming a place are not what is judged.
  const located = !carried && LOCATIVE.test(input.content.slice(Math.max(0, match.at - 40), match.at));
  // Words that undermine the issue turn what is said of them: rejecting fraud claims supports the result.
  const turn = (x: Stance | undefined) => (match.inverse && x ? (INVERSE[x] ?? x) : x);
  const stance =
    turn(carried ? undefined : predicateStance(lexicon, input.content, match.at, match.end, !located)) ??
    turn(input.cue?.stance) ??
    own ??
    (match.inverse ? 'opposes' : undefined) ??
    remark ??
    'supports';
  const turned =
    stance === 'supports' && !carried && negatedNear(lexicon, input.content, match.at) ? 'opposes' : stance;
  // Taking up a response to the other side ("will take countermeasures") is a warning to it.
  return turned === 'supports' && match.entry.response ? 'warns' : turned;
}

/** A place preposition right before a position's words ("near the disputed", "in the"). */
const LOCATIVE =
  /\b(?:in|near|off|around|across|along|within|over|at)\s+(?:(?:the|its|their|disputed|contested|[A-Z][\w-]*(?:['’]s)?)\s+){0,3}$/;

type Taken = { position: string; stance: Stance };

/**
 * A response the speaker threatens opposes the issue it answers ("will respond to the tariffs with
 * countermeasures" opposes the tariffs), whatever the remark's other words would give that issue.
 */
function answer(matches: readonly PositionMatch[], taken: Taken[]): Taken[] {
  const answered = new Set(
    matches.flatMap((m, i) =>
      m.at >= 0 && taken[i]?.stance === 'warns' && m.entry.response?.against
        ? [m.entry.response.against]
        : [],
    ),
  );
  const named = new Set(taken.map((t) => t.position));
  const opposed = taken.map((t): Taken => (answered.has(t.position) ? { ...t, stance: 'opposes' } : t));
  const added = [...answered].filter((id) => !named.has(id));
  return [...opposed, ...added.map((position): Taken => ({ position, stance: 'opposes' }))];
}

export function analyseRemark(lexicon: Lexicon, input: RemarkInput): Remark {
  const negated = isNegated(lexicon, input.content) || input.cue?.negated === true;
  const condition = findCondition(lexicon, input.content);
  const speechAct = speechActOf(lexicon, input, negated, condition !== null);
  const found = findPositions(lexicon.positions, input.content, input.context);
  // A speaker's remark that names no issue carries on the issue of the speaker's last remark that did.
  const matches =
    found.length > 0 || !input.attributed
      ? found
      : (input.carried ?? []).flatMap((id) => {
          const entry = lexicon.positions.find((p) => p.id === id);
          return entry ? [{ entry, id, at: -1, end: -1 }] : [];
        });
  const taken = matches.map((match) => ({
    position: match.id,
    stance: stanceOn(lexicon, input, speechAct, match),
  }));
  const positions = input.attributed ? answer(matches, taken) : taken;
  // An article is mostly about one issue: a remark that names no lexicon issue is on the article's proposed one.
  const proposed =
    matches.length === 0 && input.attributed
      ? (input.topic ?? (input.words ? proposeIssue(input.words) : null) ?? proposePosition(input.content))
      : null;
  if (proposed)
    positions.push({ position: proposed.id, stance: proposedStance(lexicon, input, speechAct, negated) });
  return { speechAct, negated, condition, positions, proposed };
}

/** Stance words that aim at what the remark itself names, not at the article's issue ("we need to fix X"). */
const AIMED = new Set<Stance>(['demands', 'warns']);

/**
 * The stance on a proposed issue: the remark's cue (its stance or speech act), else its stance words or
 * speech act unless they aim elsewhere (`AIMED`); a remark that takes none keeps the stance its speaker last
 * took on the issue (a speaker does not change sides within an article without saying so), else supports;
 * a negated support opposes.
 */
function proposedStance(lexicon: Lexicon, input: RemarkInput, act: SpeechAct, negated: boolean): Stance {
  const cue = input.cue?.stance ?? (input.cue?.act ? ACT_STANCE[input.cue.act] : undefined);
  const said = remarkStance(lexicon, input.content, STANCE_ORDER) ?? ACT_STANCE[act];
  const words = said && !AIMED.has(said) ? said : undefined;
  const stance = cue ?? words ?? input.topicStance ?? 'supports';
  return stance === 'supports' && negated ? 'opposes' : stance;
}
