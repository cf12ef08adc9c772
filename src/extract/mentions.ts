import type { Lexicon } from './lexicon.js';
import type { Token } from './nlp.js';
import type { EntityRef, Registry, RoleInfo } from './registry.js';
import type { ActorKind, Gender, OutletKind } from './types.js';

/**
 * Mentions of actors and outlets in one sentence: known names and aliases (longest first), unknown proper
 * names with the title before them ("Deputy Foreign Minister Sergei Riabkov"), pronouns, role phrases
 * ("the Kremlin's spokesman"), group and body phrases ("Russian officials", "Ukraine's military"), class
 * nouns ("the alliance") and outlet references ("the broadcaster"). Nothing is resolved here except names.
 */

export type MentionType = 'entity' | 'name' | 'pronoun' | 'role' | 'group' | 'body' | 'class' | 'outlet-ref';

export type Mention = {
  type: MentionType;
  /** Token indices in the sentence, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  ref?: EntityRef;
  /** The title or role of a name or role phrase. */
  role?: RoleInfo;
  /** The name itself, without its title ("Sergei Riabkov"). */
  name?: string;
  pronoun?: 'm' | 'f' | 'plural' | 'it';
  definite: boolean;
  kind?: ActorKind;
  /** The state or organisation a group, body or role phrase belongs to. */
  owner?: string | null;
  outletKind?: OutletKind;
};

export type MentionContext = {
  text: string;
  lexicon: Lexicon;
  registry: Registry;
  /** The actor a class noun ("the alliance") refers to at this point of the article. */
  classRef?: (kind: ActorKind) => string | undefined;
};

const PRONOUNS: Record<string, Mention['pronoun']> = { he: 'm', she: 'f', they: 'plural', it: 'it' };
const DETERMINERS = new Set(['the', 'a', 'an']);
const NAME_PARTICLES = new Set(['von', 'der', 'van', 'de', 'da', 'al', 'bin', 'el', 'la', 'le', 'di', 'del']);
const NOT_NAMES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const LINKING_PREPOSITIONS = new Set(['of', 'to', 'at', 'for', 'from', 'in']);

const isCapitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);

/** "Palestinian", "Chinese", "Iraqi", "Turkish": an adjective of nationality the lexicon may not know. */
const isDemonymLike = (t: Token | undefined) =>
  t !== undefined && /^\p{Lu}\p{Ll}+(?:ian|an|ese|ish|i|ic)$/u.test(t.text);

function span(text: string, tokens: readonly Token[], first: number, last: number) {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  return { first, last, start, end, text: text.slice(start, end) };
}

/** Known names and aliases, longest first, starting at token `i`. */
function knownAt(ctx: MentionContext, tokens: readonly Token[], i: number): Mention | null {
  const limit = Math.min(tokens.length - 1, i + ctx.registry.maxFormWords + 1);
  const keys: string[] = [];
  let key = '';
  for (let j = i; j <= limit; j++) {
    const t = tokens[j];
    if (!t) break;
    const spaced = j > i && (tokens[j - 1]?.end ?? 0) < t.start;
    key = `${key}${spaced ? ' ' : ''}${t.lower}`;
    keys.push(key);
  }
  for (let j = i + keys.length - 1; j >= i; j--) {
    const k = keys[j - i] ?? '';
    if (!ctx.registry.hasKey(k)) continue;
    const s = span(ctx.text, tokens, i, j);
    const ref = ctx.registry.lookup(s.text, k);
    if (!ref) continue;
    return { type: 'entity', ...s, ref, definite: DETERMINERS.has(tokens[i]?.lower ?? '') };
  }
  return null;
}

function isRoleWord(lexicon: Lexicon, t: Token | undefined): boolean {
  return t !== undefined && (lexicon.roleWords.has(t.lower) || lexicon.roleWords.has(t.lemma));
}

/** The first word of a compound role ("press" of "press secretary") when the next word completes it. */
function startsCompound(lexicon: Lexicon, t: Token, next: Token | undefined): boolean {
  return next !== undefined && lexicon.roleClasses.has(`${t.lower} ${next.lower}`);
}

function isTitleWord(ctx: MentionContext, t: Token | undefined, next?: Token): boolean {
  if (!t) return false;
  return (
    isRoleWord(ctx.lexicon, t) ||
    startsCompound(ctx.lexicon, t, next) ||
    ctx.lexicon.cues.roleModifiers.includes(t.lower) ||
    ctx.lexicon.cues.roleComplements.includes(t.lower) ||
    (t.lower === 'of' && isCapitalised(next)) ||
    ctx.registry.demonym(t.text) !== undefined ||
    t.text === '-'
  );
}

/** A run of capitalised name tokens from `i` (with particles and hyphens inside it). */
function nameRun(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j + 1 < tokens.length) {
    const next = tokens[j + 1];
    const after = tokens[j + 2];
    const joins = next?.text === '-' || NAME_PARTICLES.has(next?.lower ?? '');
    if (next && isCapitalised(next) && next.pos === 'PROPN' && !NOT_NAMES.has(next.lower)) j++;
    else if (joins && isCapitalised(after)) j += 2;
    else break;
  }
  return j;
}

function roleClasses(lexicon: Lexicon, lower: string): string[] {
  const classes = new Set<string>();
  const words = lower.split(/[\s-]+/);
  for (const word of words) for (const c of lexicon.roleClasses.get(word) ?? []) classes.add(c);
  for (const compound of lexicon.roleCompounds) {
    if (lower.includes(compound.join(' ')))
      for (const c of lexicon.roleClasses.get(compound.join(' ')) ?? []) classes.add(c);
  }
  return [...classes];
}

function genderOf(lexicon: Lexicon, lower: string): Gender | null {
  const words = lower.split(/[\s-]+/);
  if (words.some((w) => lexicon.cues.femaleMarkers.includes(w))) return 'f';
  if (words.some((w) => lexicon.cues.maleMarkers.includes(w))) return 'm';
  return null;
}

/**
 * The title or role phrase ending at token `last` (inclusive), walking left over role words, modifiers,
 * demonyms, organisations (with or without 's) and a determiner: its first token, owner and classes.
 */
function titleBefore(
  ctx: MentionContext,
  tokens: readonly Token[],
  last: number,
  entities: readonly Mention[],
): { first: number; owner: string | null; ownerName: string | null; definite: boolean; hasRole: boolean } {
  let first = last + 1;
  let owner: string | null = null;
  let ownerName: string | null = null;
  let hasRole = false;
  let definite = false;
  for (let k = last; k >= 0; k--) {
    const t = tokens[k];
    if (!t) break;
    const entity = entities.find((m) => m.last === k || (t.lower === "'s" && m.last === k - 1));
    if (t.lower === "'s" || t.lower === "'") {
      if (entity?.ref?.type !== 'actor') break;
      owner = entity.ref.id;
      first = entity.first;
      k = entity.first;
      continue;
    }
    if (
      entity?.ref?.type === 'actor' &&
      entity.last === k &&
      ctx.registry.actors.get(entity.ref.id)?.kind !== 'person'
    ) {
      owner ??= entity.ref.id;
      first = entity.first;
      k = entity.first;
      continue;
    }
    if (entity?.type === 'name' && isRoleWord(ctx.lexicon, tokens[k + 1])) {
      ownerName ??= entity.text;
      first = entity.first;
      k = entity.first;
      continue;
    }
    // "Ambassador to the United Nations", "spokesman for the ministry": a role's complement.
    const linking =
      (['to', 'for', 'at'].includes(t.lower) && isRoleWord(ctx.lexicon, tokens[k - 1])) ||
      (t.lower === 'the' &&
        ['to', 'for', 'at', 'of'].includes(tokens[k - 1]?.lower ?? '') &&
        hasRole === false);
    if (linking) {
      first = k;
      continue;
    }
    // "election commission chief", "commerce ministry spokesman": nouns modifying the role.
    const modifier = hasRole && t.pos === 'NOUN' && !isCapitalised(t) && first === k + 1;
    if (
      modifier ||
      isTitleWord(ctx, t, tokens[k + 1]) ||
      (isDemonymLike(t) && isRoleWord(ctx.lexicon, tokens[k + 1]))
    ) {
      hasRole ||= isRoleWord(ctx.lexicon, t);
      owner ??= ctx.registry.demonym(t.text) ?? null;
      first = k;
      continue;
    }
    if (DETERMINERS.has(t.lower)) {
      definite = t.lower === 'the';
      first = k;
    }
    break;
  }
  return { first, owner, ownerName, definite, hasRole };
}

function roleInfo(
  ctx: MentionContext,
  text: string,
  owner: string | null,
  ownerName: string | null = null,
): RoleInfo {
  const lower = text.toLowerCase();
  const classes = roleClasses(ctx.lexicon, lower);
  return { text, classes, org: owner, orgName: ownerName, gender: genderOf(ctx.lexicon, lower) };
}

function attachTitle(
  ctx: MentionContext,
  tokens: readonly Token[],
  m: Mention,
  entities: readonly Mention[],
): Mention {
  const title = titleBefore(ctx, tokens, m.first - 1, entities);
  if (!title.hasRole || title.first > m.first - 1) return m;
  const titleSpan = span(ctx.text, tokens, title.first, m.first - 1);
  const cleaned = titleSpan.text.replace(/^(?:the|a|an)\s+/i, '');
  return {
    ...m,
    ...span(ctx.text, tokens, title.first, m.last),
    name: m.name ?? m.text,
    role: roleInfo(ctx, cleaned, title.owner, title.ownerName),
  };
}

function entitiesAndNames(ctx: MentionContext, tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const known = knownAt(ctx, tokens, i);
    if (known) {
      out.push(extendOutletNoun(ctx, tokens, known));
      i = out[out.length - 1]?.last ?? i;
      continue;
    }
    const cls = classNounAt(ctx, tokens, i, out);
    if (cls) {
      out.push(cls);
      i = cls.last;
      continue;
    }
    const pronoun = PRONOUNS[t.lower];
    if (pronoun && t.pos === 'PRON') {
      out.push({ type: 'pronoun', ...span(ctx.text, tokens, i, i), pronoun, definite: true });
      continue;
    }
    if (isCapitalised(t) && t.pos === 'PROPN' && !NOT_NAMES.has(t.lower)) {
      const j = nameRun(tokens, i);
      const nameFirst = nameStartIn(ctx, tokens, i, j);
      // A common noun capitalised at the start of a sentence ("Officials said …") is not a name.
      if (j === i && isCommonNoun(ctx, t)) continue;
      if (nameFirst <= j) out.push(nameMention(ctx, tokens, nameFirst, j));
      i = j;
    }
  }
  return out;
}

function isCommonNoun(ctx: MentionContext, t: Token): boolean {
  const { cues } = ctx.lexicon;
  return cues.groupNouns.includes(t.lower) || cues.bodyNouns.includes(t.lower) || isRoleWord(ctx.lexicon, t);
}

/**
 * Where the name starts in a capitalised run: after its title words ("Deputy Foreign Minister"), and at the
 * longest known name at its end ("Secretary of State Antony Blinken" → "Antony Blinken").
 */
function nameStartIn(ctx: MentionContext, tokens: readonly Token[], i: number, j: number): number {
  let first = i;
  while (first <= j && isTitleWord(ctx, tokens[first])) first++;
  // "Coast Guard Spokesperson Gan Yu", "High Representative Kaja Kallas": the name follows the last role word.
  for (let k = j - 1; k >= first; k--) {
    if (isRoleWord(ctx.lexicon, tokens[k])) {
      first = k + 1;
      break;
    }
  }
  for (let k = first; k < j; k++) {
    const suffix = span(ctx.text, tokens, k, j).text;
    if (ctx.registry.lookup(suffix) || ctx.registry.findPersonVariant(suffix)) return k;
  }
  while (first < j && ctx.lexicon.cues.roleComplements.includes(tokens[first]?.lower ?? '')) first++;
  return first;
}

/** "the alliance", "the country": a definite class noun, resolved at once so that it can own a role. */
function classNounAt(
  ctx: MentionContext,
  tokens: readonly Token[],
  i: number,
  earlier: readonly Mention[],
): Mention | null {
  const noun = tokens[i + 1];
  if (tokens[i]?.lower !== 'the' || !noun || isCapitalised(tokens[i + 2])) return null;
  const entry = Object.entries(ctx.lexicon.cues.classNouns).find(([, nouns]) => nouns?.includes(noun.lower));
  if (!entry) return null;
  const kind = entry[0] as ActorKind;
  const before = [...earlier]
    .reverse()
    .find((m) => m.ref?.type === 'actor' && ctx.registry.actors.get(m.ref.id)?.kind === kind);
  const id = before?.ref?.id ?? ctx.classRef?.(kind);
  const s = span(ctx.text, tokens, i, i + 1);
  return {
    type: 'class',
    ...s,
    definite: true,
    kind,
    ...(id ? { ref: { type: 'actor' as const, id } } : {}),
  };
}

function nameMention(ctx: MentionContext, tokens: readonly Token[], first: number, last: number): Mention {
  const s = span(ctx.text, tokens, first, last);
  const known = ctx.registry.lookup(s.text);
  const variant = known ? undefined : ctx.registry.findPersonVariant(s.text);
  const ref = known ?? (variant ? { type: 'actor' as const, id: variant.id } : undefined);
  const outletNoun = ctx.lexicon.regex.outletNoun.exec(ctx.text.slice(s.end, s.end + 20));
  if (!ref && outletNoun?.index === 1) {
    return { type: 'name', ...s, name: s.text, definite: false, outletKind: outletKindOf(outletNoun[0]) };
  }
  const lastWord = tokens[last]?.lower ?? '';
  if (!ref && last > first && ctx.lexicon.cues.outletNameWords.includes(lastWord)) {
    return { type: 'name', ...s, name: s.text, definite: false, outletKind: outletKindOf(lastWord) };
  }
  const base = { ...s, name: s.text, definite: false };
  return ref ? { type: 'entity', ...base, ref } : { type: 'name', ...base };
}

export function outletKindOf(noun: string): OutletKind {
  const lower = noun.toLowerCase();
  if (/newspaper|daily|magazine/.test(lower)) return 'newspaper';
  if (/agency/.test(lower)) return 'agency';
  if (/channel|tv|television|radio|broadcaster|network/.test(lower)) return 'broadcaster';
  return 'website';
}

/** "the RIA Novosti news agency", "the Izvestia newspaper": the noun belongs to the outlet's mention. */
function extendOutletNoun(ctx: MentionContext, tokens: readonly Token[], m: Mention): Mention {
  if (m.ref?.type !== 'outlet') return m;
  const rest = ctx.text.slice(m.end, m.end + 24);
  const noun =
    /^\s+(?:news agency|newspaper|daily|agency|broadcaster|channel|tv channel|television|radio|website)\b/i.exec(
      rest,
    );
  if (!noun) return m;
  const end = m.end + noun[0].length;
  let last = m.last;
  while ((tokens[last + 1]?.end ?? Number.POSITIVE_INFINITY) <= end) last++;
  return { ...m, ...span(ctx.text, tokens, m.first, last) };
}

function covered(mentions: readonly Mention[], k: number): boolean {
  return mentions.some((m) => m.first <= k && k <= m.last);
}

/** The organisation after a role noun: "ambassador to the European Union", "head of the delegation". */
function ownerAfter(
  ctx: MentionContext,
  tokens: readonly Token[],
  k: number,
  entities: readonly Mention[],
): Mention | undefined {
  const prep = tokens[k + 1];
  if (!prep || !LINKING_PREPOSITIONS.has(prep.lower)) return undefined;
  return entities.find(
    (m) =>
      m.type === 'entity' &&
      m.ref?.type === 'actor' &&
      ctx.registry.actors.get(m.ref.id)?.kind !== 'person' &&
      (m.first === k + 2 || m.first === k + 3),
  );
}

/** "Ministry of Commerce", "Ministry of External Affairs": the capitalised "of" complement of a body noun. */
function ofTail(tokens: readonly Token[], k: number): number {
  if (tokens[k + 1]?.lower !== 'of') return k;
  let j = k + 2;
  if (tokens[j]?.lower === 'the') j++;
  if (!isCapitalised(tokens[j])) return k;
  while (isCapitalised(tokens[j + 1]) || (tokens[j + 1]?.lower === 'and' && isCapitalised(tokens[j + 2])))
    j += tokens[j + 1]?.lower === 'and' ? 2 : 1;
  return j;
}

/**
 * "the election commission", "an election supervisory agency", "analysts": a body or group the text does not
 * tie to a known owner, as a noun phrase ending in a body or group noun (the head: no noun follows).
 */
function unownedCollective(ctx: MentionContext, tokens: readonly Token[], k: number): Mention | null {
  const t = tokens[k];
  const { cues } = ctx.lexicon;
  const next = tokens[k + 1];
  if (
    !t ||
    t.pos === 'VERB' ||
    (isCapitalised(t) && k > 0) ||
    next?.pos === 'NOUN' ||
    isRoleWord(ctx.lexicon, next)
  )
    return null;
  const body = cues.bodyNouns.includes(t.lower);
  if (!body && !cues.groupNouns.includes(t.lower)) return null;
  let first = k;
  while (first > 0 && first > k - 4) {
    const before = tokens[first - 1];
    if (!before || !['NOUN', 'ADJ'].includes(before.pos) || isCapitalised(before)) break;
    first--;
  }
  const det = tokens[first - 1];
  const definite = det?.lower === 'the';
  if (det && DETERMINERS.has(det.lower)) first--;
  // A bare singular body noun is a common noun ("agency", "police work"), not a speaker.
  if (body && first === k) return null;
  const s = span(ctx.text, tokens, first, ofTail(tokens, k));
  return {
    type: body ? 'body' : 'group',
    ...s,
    definite,
    kind: body ? 'organization' : 'group',
    owner: null,
  };
}

function nounPhrase(
  ctx: MentionContext,
  tokens: readonly Token[],
  k: number,
  entities: readonly Mention[],
): Mention | null {
  const t = tokens[k];
  if (!t) return null;
  const { cues } = ctx.lexicon;
  const title = titleBefore(ctx, tokens, k - 1, entities);
  const hasLeft = title.first <= k - 1;
  const placeOwner = cues.groupNouns.includes(t.lower) ? ownerAfter(ctx, tokens, k, entities) : undefined;
  if (!title.owner && placeOwner?.ref && !isCapitalised(tokens[k - 1])) {
    const s = span(ctx.text, tokens, title.first <= k - 1 ? title.first : k, placeOwner.last);
    const owner = placeOwner.ref.id;
    return { type: 'role', ...s, definite: false, owner, role: roleInfo(ctx, s.text, owner) };
  }
  if (title.owner && cues.groupNouns.includes(t.lower)) {
    // Unnamed officials, diplomats or sources of a state or body speak for it, as a spokesperson does.
    const s = span(ctx.text, tokens, title.first, k);
    return {
      type: 'role',
      ...s,
      definite: false,
      owner: title.owner,
      role: roleInfo(ctx, s.text, title.owner),
    };
  }
  if (title.owner && cues.bodyNouns.includes(t.lower)) {
    const type = 'body';
    const s = span(ctx.text, tokens, title.first, ofTail(tokens, k));
    return {
      type,
      ...s,
      definite: title.definite,
      owner: title.owner,
      kind: 'government_body',
    };
  }
  const unowned = unownedCollective(ctx, tokens, k);
  if (unowned) return unowned;
  if (isRoleWord(ctx.lexicon, t) && t.pos !== 'VERB' && !isCapitalised(tokens[k + 1])) {
    if (!hasLeft) return null;
    const after = ownerAfter(ctx, tokens, k, entities);
    const last = after?.last ?? k;
    const s = span(ctx.text, tokens, title.first, last);
    const owner = title.owner ?? after?.ref?.id ?? null;
    const roleText = s.text.replace(/^(?:the|a|an)\s+/i, '');
    const definite = /^the\s/i.test(s.text);
    return { type: 'role', ...s, definite, owner, role: roleInfo(ctx, roleText, owner, title.ownerName) };
  }
  if (tokens[k - 1]?.lower === 'the' && !isCapitalised(tokens[k + 1])) {
    if (cues.outletNouns.includes(t.lower) && !isCapitalised(tokens[k - 2])) {
      return {
        type: 'outlet-ref',
        ...span(ctx.text, tokens, k - 1, k),
        definite: true,
        outletKind: outletKindOf(t.lower),
      };
    }
  }
  return null;
}

export function findMentions(ctx: MentionContext, tokens: readonly Token[]): Mention[] {
  const entities = entitiesAndNames(ctx, tokens);
  const withTitles = entities.map((m) =>
    m.type === 'name' || (m.ref?.type === 'actor' && ctx.registry.actors.get(m.ref.id)?.kind === 'person')
      ? attachTitle(ctx, tokens, m, entities)
      : m,
  );
  const phrases: Mention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (covered(withTitles, k) || covered(phrases, k)) continue;
    const phrase = nounPhrase(ctx, tokens, k, entities);
    if (phrase) phrases.push(phrase);
  }
  // A phrase swallows the entities inside it ("the Kremlin's spokesman" is one mention, not two).
  const kept = withTitles.filter((m) => !phrases.some((p) => p.first <= m.first && m.last <= p.last));
  const titled = kept.filter((m) => !kept.some((o) => o !== m && o.first <= m.first && m.last <= o.last));
  return [...titled, ...phrases].sort((a, b) => a.first - b.first);
}
