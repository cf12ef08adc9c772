import type { STANCES } from '../ingest/format.js';
import type { Camp } from './camp.js';
import type { Lexicon, PositionEntry } from './lexicon.js';

type Stance = (typeof STANCES)[number];

/**
 * The stance of a remark on one position, from what governs the position's words. First the predicate
 * right before them ("must X", "will never accept X", "oppose X") with its polarity ("do not support X"
 * opposes X), or a copula after them ("X would be an error", "X is unacceptable"); the remark's own cue and
 * the speaker's camp on the issue come after that (in positions.ts).
 */

/** Stance classes a predicate can give the words it governs ("justifies" words are reasons, not predicates). */
const PREDICATE_STANCES: readonly Stance[] = [
  'opposes',
  'demands',
  'warns',
  'dismisses',
  'supports',
  'neutral',
];
/** Words a predicate may stand before the words it governs ("must urgently deliver the X"). */
const BEFORE_WORDS = 6;
/** Words between a position's words and a copula that judges it ("X, in our view, would be an error"). */
const AFTER_WORDS = 6;
/** Words after the copula within which the judgement stands ("is a grave mistake"). */
const JUDGEMENT_WORDS = 4;

const COPULA = /\b(?:is|are|was|were|be|been|remains?|seems?)\b/i;
const CLAUSE_END = /[,;:.!?—–]/;
/** Where a clause ends: punctuation, or a coordinator before a new verb ("protests and will take X"). */
const CLAUSE_BREAK =
  /[,;:.!?—–]|\b(?:and|but)\s+(?=(?:will|would|shall|must|can|could|is|are|was|were|has|have|had|does|do|did)\b)/gi;

/** A stance turned by a negation before it in its clause ("do not support" opposes, "does not stop" supports). */
const NEGATED: Partial<Record<Stance, Stance>> = {
  supports: 'opposes',
  opposes: 'supports',
  demands: 'opposes',
};
/** A stance on what undermines an issue, turned onto the issue ("warned against invading its waters"). */
const UNDERMINED: Partial<Record<Stance, Stance>> = { supports: 'opposes', opposes: 'supports' };

type Hit = { stance: Stance; start: number; end: number };

/** The stance phrase of `window` that ends last (the one closest to what follows it). */
function lastStancePhrase(lexicon: Lexicon, window: string): Hit | undefined {
  let best: Hit | undefined;
  for (const [stance, re] of lexicon.stanceWords) {
    if (!PREDICATE_STANCES.includes(stance as Stance)) continue;
    const global = new RegExp(re.source, 'gi');
    for (const m of window.matchAll(global)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m.index < best.start))
        best = { stance: stance as Stance, start: m.index, end };
    }
  }
  return best;
}

function hasNegation(lexicon: Lexicon, text: string): boolean {
  const plain = text.replace(/’/g, "'");
  return lexicon.regex.negation.test(plain) || /\wn't\b/i.test(plain);
}

/** The last `n` words of a text (with the offset where they begin). */
function lastWords(text: string, n: number): { text: string; offset: number } {
  const re = /\S+/g;
  const starts = [...text.matchAll(re)].map((m) => m.index);
  const from = starts[Math.max(0, starts.length - n)] ?? text.length;
  return { text: text.slice(from), offset: from };
}

/** The clause of `text` that ends at its end (from the last clause break). */
function clauseBefore(text: string): string {
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  return text.slice(start);
}

/** A stance phrase turned by a negation in `lead`, the words of its clause before it, unless it holds one. */
function polarity(lexicon: Lexicon, stance: Stance, lead: string, phrase: string): Stance {
  const near = lastWords(lead, BEFORE_WORDS).text;
  return hasNegation(lexicon, near) && !hasNegation(lexicon, phrase) ? (NEGATED[stance] ?? stance) : stance;
}

/**
 * The stance of the predicate before the position's words at [at, end), or of a judgement after them unless
 * `judging` is false (words naming a place: "the actions in the South China Sea are provocative").
 */
export function predicateStance(
  lexicon: Lexicon,
  content: string,
  at: number,
  end: number,
  judging = true,
): Stance | undefined {
  const clause = clauseBefore(content.slice(0, at));
  const window = lastWords(clause, BEFORE_WORDS);
  const hit = lastStancePhrase(lexicon, window.text);
  if (hit) {
    const lead = clause.slice(0, window.offset + hit.start);
    const phrase = window.text.slice(hit.start, hit.end);
    const stance = polarity(lexicon, hit.stance, lead, phrase);
    const between = window.text.slice(hit.end);
    return lexicon.regex.undermining.test(between) ? (UNDERMINED[stance] ?? stance) : stance;
  }
  if (!judging) return undefined;
  const after = content.slice(end).split(CLAUSE_END)[0] ?? '';
  const words = after.split(/\s+/).filter((w) => w !== '');
  const copula = words.slice(0, AFTER_WORDS).findIndex((w) => COPULA.test(w) && w.length <= 7);
  if (copula < 0) return undefined;
  const judgement = words.slice(copula + 1, copula + 1 + JUDGEMENT_WORDS).join(' ');
  const judged = lastStancePhrase(lexicon, judgement);
  if (!judged || judged.stance === 'demands') return undefined;
  // "X might not be acceptable": the negation may stand before the copula as well as after it.
  const lead = `${words.slice(0, copula).join(' ')} ${judgement.slice(0, judged.start)}`;
  return polarity(lexicon, judged.stance, lead, judgement.slice(judged.start, judged.end));
}

/**
 * The stance words of a remark as a whole: the first class of `order` with a phrase in the remark, turned
 * by a negation shortly before it in its clause ("the dialogue does not stop" supports the dialogue).
 */
export function remarkStance(
  lexicon: Lexicon,
  content: string,
  order: readonly Stance[],
): Stance | undefined {
  for (const stance of order) {
    const re = lexicon.stanceWords.find(([k]) => k === stance)?.[1];
    const m = re?.exec(content);
    if (!m) continue;
    return polarity(lexicon, stance, clauseBefore(content.slice(0, m.index)), m[0]);
  }
  return undefined;
}

/** The stance the speaker's camp takes on the position (its id, a body or state it belongs to, its role words). */
export function sideStance(position: PositionEntry, camp: Camp): Stance | undefined {
  for (const side of position.sides) {
    if ([...side.ids].some((id) => camp.ids.has(id))) return side.stance;
    if (side.words && camp.words !== '' && side.words.test(camp.words)) return side.stance;
  }
  return undefined;
}
