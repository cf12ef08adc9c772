import type { CueHit } from './cues.js';
import type { Lexicon } from './lexicon.js';
import type { Mention } from './mentions.js';
import type { Token } from './nlp.js';
import type { Registry } from './registry.js';

/** Attribution frames and the token-level helpers that build them (see attribution.ts). */

export type Range = { start: number; end: number };

export type FrameKind = 'speaker' | 'inherit' | 'quote-only' | 'article' | 'concessive';

export type Frame = {
  kind: FrameKind;
  subject: Mention | null;
  cue: CueHit | null;
  cueText: string | null;
  content: Range;
  /** The first range is the main evidence. */
  evidence: Range[];
  medium: Mention | null;
  /** A platform named by a phrase ("in a tweet"), when no outlet is mentioned. */
  mediumName: string | null;
  via: Mention[];
  /** "He further told CNN": the remark continues an earlier one. */
  continuation: boolean;
  /** The remark is a direct quotation placed before its attribution. */
  quoteFirst: boolean;
  /** Token index where the attribution (subject, cue, object) ends. */
  attributionEnd: number;
};

export type AttributionContext = { text: string; lexicon: Lexicon; registry: Registry };

export const BOUNDARY_TEXT = new Set([',', ';', ':', '"', '“', '”', '—', '–', '-', '(']);

export const BOUNDARY_WORDS = new Set([
  'and',
  'but',
  'while',
  'whereas',
  'with',
  'so',
  'as',
  'however',
  'meanwhile',
]);

export const DETERMINERS = new Set(['the', 'a', 'an']);

export const TIME_WORDS = new Set(
  'on in at last this next earlier later today yesterday tonight morning afternoon evening night week weekend month year day monday tuesday wednesday thursday friday saturday sunday recently previously repeatedly long also further again once then already still now reportedly separately'.split(
    ' ',
  ),
);

export const NEGATIONS = new Set(['not', "n't", 'never']);

export const isBoundary = (t: Token | undefined) =>
  t === undefined || BOUNDARY_TEXT.has(t.text) || BOUNDARY_WORDS.has(t.lower);

/**
 * Whether a subject starting after token `k` begins a clause (and so is not the subject of an embedded one).
 * Words of a title that mention detection left out ("The US Secretary of State …") are walked over.
 */
export function clauseStartsAfter(
  tokens: readonly Token[],
  k: number,
  mentions: readonly Mention[] = [],
): boolean {
  let j = k;
  // "The state-run IRNA news agency": modifiers, hyphen compounds included, belong to the subject.
  const glued = (i: number) =>
    tokens[i]?.text === '-' &&
    tokens[i - 1]?.end === tokens[i]?.start &&
    tokens[i + 1]?.start === tokens[i]?.end;
  const skippable = (t: Token | undefined) =>
    t !== undefined &&
    (DETERMINERS.has(t.lower) ||
      t.pos === 'PROPN' ||
      t.pos === 'ADJ' ||
      (t.pos === 'NOUN' && tokens[j + 1]?.pos !== 'VERB') ||
      t.lower === 'of' ||
      t.lower === "'s" ||
      // "Germany's likely incoming chancellor": an adverb that modifies the role or adjective after it.
      (t.pos === 'ADV' &&
        (tokens[j + 1]?.pos === 'ADJ' || mentions.some((m) => m.first === j + 1 && m.type === 'role'))) ||
      glued(j) ||
      glued(j + 1) ||
      glued(j - 1));
  for (;;) {
    // A role phrase before the name ("US Ambassador to NATO Julianne Smith") is part of the subject.
    const before = mentions.find((m) => m.last === j && (m.type === 'role' || m.type === 'body'));
    if (before) j = before.first - 1;
    else if (j >= 0 && skippable(tokens[j])) j--;
    else break;
  }
  const t = tokens[j];
  return isBoundary(t) || (t?.pos === 'ADV' && j === 0) || impersonalThat(tokens, j);
}

const BE_FORMS = new Set(['be', 'is', 'was', 'are', 'were', 'been', "'s"]);

/**
 * "It will be recalled that …", "It was reported that …", "It is worth noting that …": an impersonal
 * frame of the article's; the clause after "that" (token `k`) starts afresh, its subject is a speaker.
 */
export function impersonalThat(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'that') return false;
  let j = k - 1;
  if (tokens[j]?.lower === 'noting' && tokens[j - 1]?.lower === 'worth') j -= 2;
  else if (/ed$|wn$/.test(tokens[j]?.lower ?? '') || tokens[j]?.lower === 'noteworthy') j--;
  else return false;
  if (!BE_FORMS.has(tokens[j]?.lower ?? '')) return false;
  while (j > 0 && tokens[j - 1]?.pos === 'AUX') j--;
  while (j > 0 && tokens[j - 1]?.pos === 'ADV') j--;
  return tokens[j - 1]?.lower === 'it' && (j - 1 === 0 || isBoundary(tokens[j - 2]));
}

export function isOutletish(m: Mention | null | undefined): boolean {
  return (
    m !== null &&
    m !== undefined &&
    (m.ref?.type === 'outlet' || m.type === 'outlet-ref' || m.outletKind !== undefined)
  );
}

/** Walks left from token `j` over auxiliaries, adverbs and time phrases ("has repeatedly", "on Monday"). */
export function skipLeft(lexicon: Lexicon, tokens: readonly Token[], from: number) {
  let j = from;
  let continuation = false;
  let negated = false;
  for (let steps = 0; j >= 0 && steps < 8; steps++) {
    const t = tokens[j];
    if (!t) break;
    if (NEGATIONS.has(t.lower)) negated = true;
    else if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'NUM' || TIME_WORDS.has(t.lower))) break;
    if (lexicon.regex.continuation.test(t.lower)) continuation = true;
    j--;
  }
  return { j, continuation, negated };
}

export const endingAt = (mentions: readonly Mention[], j: number) => mentions.find((m) => m.last === j);

export const startingAt = (mentions: readonly Mention[], k: number) => mentions.find((m) => m.first === k);

/**
 * "a spokesperson for President-elect Yoon Suk-yeol said": the role phrase before "for"/"of" speaks, not the
 * person or body it serves (a role phrase that takes in a known body, "a spokesman for the ministry", is one
 * mention already).
 */
function servedBy(tokens: readonly Token[], mentions: readonly Mention[], m: Mention): Mention | undefined {
  const at = tokens[m.first - 1]?.lower === 'the' ? m.first - 2 : m.first - 1;
  if (!['for', 'of'].includes(tokens[at]?.lower ?? '') || isOutletish(m)) return undefined;
  const role = endingAt(mentions, at - 1);
  return role?.type === 'role' && role.role?.classes.length ? role : undefined;
}

/** The subject ending at token `j`, looking past an appositive (", Vladimir Chizhov,") or insertion (", who …,"). */
export function subjectEndingAt(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  j: number,
): Mention | undefined {
  // "OPEC+ said": a plus glued to a name belongs to it.
  const plus = tokens[j]?.text === '+' && tokens[j]?.start === tokens[j - 1]?.end;
  const direct = endingAt(mentions, j) ?? (plus ? endingAt(mentions, j - 1) : undefined);
  if (direct) return servedBy(tokens, mentions, direct) ?? withAppositiveRole(tokens, mentions, direct);
  // "Subianto and his team have claimed": the first of coordinated subjects.
  for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
    if (tokens[k]?.lower !== 'and') continue;
    const conjunct = endingAt(mentions, k - 1);
    if (conjunct && tokens.slice(k + 1, j + 1).every((t) => ['DET', 'PRON', 'NOUN', 'ADJ'].includes(t.pos)))
      return conjunct;
  }
  if (tokens[j]?.text !== ',') return undefined;
  const inner = endingAt(mentions, j - 1);
  // "Ali Karimi, the foreign minister, said": the name before an appositive role speaks, with that role.
  const named = inner?.type === 'role' ? endingAt(mentions, inner.first - 2) : undefined;
  if (
    inner &&
    named &&
    tokens[inner.first - 1]?.text === ',' &&
    (named.type === 'name' || named.kind === 'person') &&
    named.outletKind === undefined
  ) {
    const roleInfo = named.role ?? inner.role;
    return roleInfo ? { ...named, role: roleInfo } : named;
  }
  const head = appositionHead(tokens, mentions, j);
  if (head) return head;
  if (inner && tokens[inner.first - 1]?.text === ',') {
    const role = mentions.find((m) => m.last === inner.first - 2 && m.type === 'role');
    if (!role) return inner;
    const merged: Mention = {
      ...inner,
      first: role.first,
      start: role.start,
      name: inner.name ?? inner.text,
    };
    const roleInfo = inner.role ?? role.role;
    return roleInfo ? { ...merged, role: roleInfo } : merged;
  }
  for (let open = j - 1; open > 0; open--) {
    if (tokens[open]?.text === ',') return endingAt(mentions, open - 1);
  }
  return undefined;
}

/**
 * "Israel's Prime Minister, Benjamin Netanyahu has rejected …": the role in apposition before the name is the
 * person's, so that "the Israeli leader" later is that person.
 */
function withAppositiveRole(tokens: readonly Token[], mentions: readonly Mention[], m: Mention): Mention {
  if (m.role || m.outletKind !== undefined || m.ref?.type === 'outlet' || tokens[m.first - 1]?.text !== ',')
    return m;
  const role = mentions.find((r) => r.type === 'role' && r.last === m.first - 2 && r.role);
  return role?.role && (m.type === 'name' || m.ref?.type === 'actor') ? { ...m, role: role.role } : m;
}

/**
 * "Mohammad Ayoubzada, the head of TEFA, a Kabul-based electoral watchdog, said": the person named at the
 * start of a clause, before two or more appositives without a verb, speaks.
 */
function appositionHead(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  j: number,
): Mention | undefined {
  let commas = 0;
  for (let k = j - 1; k > 0 && commas < 3; k--) {
    const t = tokens[k];
    // A verb ends the apposition, unless it ends a compound adjective ("Kabul-based").
    if ((t?.pos === 'VERB' || t?.pos === 'AUX') && tokens[k - 1]?.text !== '-') return undefined;
    if (t?.text !== ',') continue;
    commas++;
    const head = endingAt(mentions, k - 1);
    if (!head || commas < 2 || head.outletKind !== undefined) continue;
    const starts = head.first === 0 || isBoundary(tokens[head.first - 1]);
    if (starts && head.type === 'name' && (head.kind === undefined || head.kind === 'person')) return head;
  }
  return undefined;
}

export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    const before = e;
    while (e > start && /[\s,;:.—–-]/.test(text.charAt(e - 1))) e--;
    const tail = /\b(?:and|but|or)$/i.exec(text.slice(start, e));
    if (tail) e -= tail[0].length;
    if (e === before) return e;
  }
}

export function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && /[\s,;:—–-]/.test(text.charAt(s))) s++;
  return s;
}

export function frame(kind: FrameKind, parts: Partial<Frame> & Pick<Frame, 'content' | 'evidence'>): Frame {
  return {
    kind,
    subject: null,
    cue: null,
    cueText: null,
    medium: null,
    mediumName: null,
    via: [],
    continuation: false,
    quoteFirst: false,
    attributionEnd: -1,
    ...parts,
  };
}

/**
 * "…, said the spokesman of the ministry, Dmitry Ivanov, on Monday": the name in apposition after an inverted
 * role phrase is the speaker, with the role as its title.
 */
export function appositiveName(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  role: Mention,
): Mention | undefined {
  if (role.type !== 'role' || tokens[role.last + 1]?.text !== ',') return undefined;
  const name = startingAt(mentions, role.last + 2);
  if (!name || (name.type !== 'name' && name.type !== 'entity')) return undefined;
  if (name.kind !== undefined && name.kind !== 'person') return undefined;
  const next = tokens[name.last + 1];
  if (!(isBoundary(next) || next?.text === '.')) return undefined;
  const roleInfo = name.role ?? role.role;
  return {
    ...name,
    first: role.first,
    start: role.start,
    name: name.name ?? name.text,
    ...(roleInfo ? { role: roleInfo } : {}),
  };
}

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** "Russia was warned by the United States that …": the agent after "by" of a passive cue speaks. */
export function passiveAgent(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  cue: CueHit,
  left: number,
): Mention | undefined {
  const auxiliaries = tokens.slice(left + 1, cue.first);
  if (!auxiliaries.some((t) => BE.has(t.lower)) || tokens[cue.last + 1]?.lower !== 'by') return undefined;
  const k = cue.last + 2;
  const agent =
    startingAt(mentions, k) ?? (tokens[k]?.lower === 'the' ? startingAt(mentions, k + 1) : undefined);
  return agent && !isOutletish(agent) ? agent : undefined;
}
