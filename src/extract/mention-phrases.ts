import { roleInfo, titleBefore } from './mention-titles.js';
import type { Mention, MentionContext } from './mention-types.js';
import { DETERMINERS, isCapitalised, isRoleWord, LINKING_PREPOSITIONS, span } from './mention-words.js';
import type { Token } from './nlp.js';
import type { ActorKind, OutletKind } from './types.js';

/**
 * Mentions that are noun phrases rather than names: role phrases ("the Kremlin's spokesman"), group and body
 * phrases ("Russian officials"), class nouns ("the alliance") and outlet references ("the broadcaster").
 */

/** "the alliance", "the country": a definite class noun, resolved at once so that it can own a role. */
export function classNounAt(
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

/** "newspaper Bild", "broadcaster Polsat": an outlet noun right before a name (the lexicon's common ones). */
const OUTLET_NOUN_BEFORE =
  /\b(?<noun>newspaper|daily|broadcaster|news agency|tv channel|television channel|radio station|magazine|news website|news portal)\s+$/i;

export function nameMention(
  ctx: MentionContext,
  tokens: readonly Token[],
  first: number,
  last: number,
): Mention {
  const s = span(ctx.text, tokens, first, last);
  const known = ctx.registry.lookup(s.text);
  const variant = known ? undefined : ctx.registry.findPersonVariant(s.text);
  const ref = known ?? (variant ? { type: 'actor' as const, id: variant.id } : undefined);
  const outletNoun = ctx.lexicon.regex.outletNoun.exec(ctx.text.slice(s.end, s.end + 20));
  // "the Italian daily Corriere della Sera": a name after the noun is the outlet's, the word before describes it.
  const nameAfter =
    outletNoun?.index === 1 && /^\s+\p{Lu}/u.test(ctx.text.slice(s.end + 1 + outletNoun[0].length));
  if (!ref && outletNoun?.index === 1 && !nameAfter) {
    return { type: 'name', ...s, name: s.text, definite: false, outletKind: outletKindOf(outletNoun[0]) };
  }
  const nounBefore = OUTLET_NOUN_BEFORE.exec(ctx.text.slice(Math.max(0, s.start - 24), s.start));
  if (!ref && nounBefore?.groups?.noun) {
    return {
      type: 'name',
      ...s,
      name: s.text,
      definite: false,
      outletKind: outletKindOf(nounBefore.groups.noun),
    };
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
export function extendOutletNoun(ctx: MentionContext, tokens: readonly Token[], m: Mention): Mention {
  if (m.ref?.type !== 'outlet') return m;
  const rest = ctx.text.slice(m.end, m.end + 24);
  const noun =
    /^\s+(?:news agency|news service|news portal|newspaper|newswire|news|daily|agency|broadcaster|channel|tv channel|tv|television|radio|website)\b/i.exec(
      rest,
    );
  if (!noun) return m;
  const end = m.end + noun[0].length;
  let last = m.last;
  while ((tokens[last + 1]?.end ?? Number.POSITIVE_INFINITY) <= end) last++;
  return { ...m, ...span(ctx.text, tokens, m.first, last) };
}

/** The organisation after a role noun: "ambassador to the European Union", "head of the delegation". */
export function ownerAfter(
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
export function ofTail(tokens: readonly Token[], k: number): number {
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
export function unownedCollective(ctx: MentionContext, tokens: readonly Token[], k: number): Mention | null {
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

/** Token `k` begins the sentence or follows a quotation or clause punctuation. */
const opensClause = (tokens: readonly Token[], k: number) =>
  k === 0 || /^["“”'‘’,;:(—–-]$/.test(tokens[k - 1]?.text ?? '');

const startsVerb = (t: Token | undefined) => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');

export function nounPhrase(
  ctx: MentionContext,
  tokens: readonly Token[],
  k: number,
  entities: readonly Mention[],
): Mention | null {
  const t = tokens[k];
  if (!t) return null;
  const { cues } = ctx.lexicon;
  const title = titleBefore(ctx, tokens, k - 1, entities);
  const placeOwner = cues.groupNouns.includes(t.lower) ? ownerAfter(ctx, tokens, k, entities) : undefined;
  if (!title.owner && placeOwner?.ref && !isCapitalised(tokens[k - 1])) {
    const s = span(ctx.text, tokens, title.first <= k - 1 ? title.first : k, placeOwner.last);
    const owner = placeOwner.ref.id;
    return { type: 'role', ...s, definite: false, owner, role: roleInfo(ctx, s.text, owner) };
  }
  if ((title.owner || title.ownerName) && cues.groupNouns.includes(t.lower)) {
    // Unnamed officials, diplomats or sources of a state or body speak for it, as a spokesperson does.
    const s = span(ctx.text, tokens, title.first, k);
    return {
      type: 'role',
      ...s,
      definite: false,
      owner: title.owner,
      role: roleInfo(ctx, s.text, title.owner, title.ownerName),
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
    const role = titleBefore(ctx, tokens, k - 1, entities, true);
    // "CM said …", "Minister added …": a capitalised role opening a clause without an article is definite.
    const bare =
      role.first > k - 1 && isCapitalised(t) && opensClause(tokens, k) && startsVerb(tokens[k + 1]);
    if (bare) {
      const s = span(ctx.text, tokens, k, k);
      return { type: 'role', ...s, definite: true, owner: null, role: roleInfo(ctx, s.text, null) };
    }
    if (role.first > k - 1) return null;
    const after = ownerAfter(ctx, tokens, k, entities);
    const last = after?.last ?? k;
    const s = span(ctx.text, tokens, role.first, last);
    const owner = role.owner ?? after?.ref?.id ?? null;
    const roleText = s.text.replace(/^(?:the|a|an)\s+/i, '');
    // "Saudi Arabia's Energy Minister" is one person, as "the energy minister" is.
    const possessed =
      /^['’]s$/.test(tokens[role.first - 1]?.text ?? '') || /^[\p{L}.]+(?: [\p{L}.]+)?['’]s\s/u.test(s.text);
    const definite = /^the\s/i.test(s.text) || possessed;
    return { type: 'role', ...s, definite, owner, role: roleInfo(ctx, roleText, owner, role.ownerName) };
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
