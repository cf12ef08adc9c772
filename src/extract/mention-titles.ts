import type { Mention, MentionContext } from './mention-types.js';
import {
  DETERMINERS,
  genderOf,
  isCapitalised,
  isDemonymLike,
  isRoleWord,
  isTitleWord,
  roleClasses,
  span,
} from './mention-words.js';
import type { Token } from './nlp.js';
import type { RoleInfo } from './registry.js';

/** The title or role phrase before a name ("Deputy Foreign Minister Sergei Riabkov") and what it says of the person. */

/** Plural nouns for the people of an organisation, who speak for it ("Alcoa officials said"). */
const ORG_PEOPLE = /^(?:officials|executives|representatives|spokespeople|management)$/;

/**
 * The title or role phrase ending at token `last` (inclusive), walking left over role words, modifiers,
 * demonyms, organisations (with or without 's) and a determiner: its first token, owner and classes.
 */
export function titleBefore(
  ctx: MentionContext,
  tokens: readonly Token[],
  last: number,
  entities: readonly Mention[],
  /** The phrase's head after `last` is a role word: nouns right before it modify it ("a port authority spokesman"). */
  roleHead = false,
  /** The walk stops after this token ("for" in "a spokesperson for Governor X"). */
  stop = -1,
): { first: number; owner: string | null; ownerName: string | null; definite: boolean; hasRole: boolean } {
  let first = last + 1;
  let owner: string | null = null;
  let ownerName: string | null = null;
  let hasRole = roleHead;
  let definite = false;
  for (let k = last; k > stop; k--) {
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
    // "Gazprom spokesman", "Alcoa officials": an unknown organisation named before a role or its people.
    if (
      entity?.type === 'name' &&
      (isRoleWord(ctx.lexicon, tokens[k + 1]) || ORG_PEOPLE.test(tokens[k + 1]?.lower ?? ''))
    ) {
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
    const modifier = hasRole && (t.pos === 'NOUN' || t.pos === 'ADJ') && !isCapitalised(t) && first === k + 1;
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

export function roleInfo(
  ctx: MentionContext,
  text: string,
  owner: string | null,
  ownerName: string | null = null,
): RoleInfo {
  const lower = text.toLowerCase();
  const classes = roleClasses(ctx.lexicon, lower);
  return { text, classes, org: owner, orgName: ownerName, gender: genderOf(ctx.lexicon, lower) };
}

/**
 * "a spokesperson for Governor Arno Vell": a role word, "for"/"of", then a title of the name's own. The person
 * is the one served, titled only by the words after the preposition; the role before it is another person's.
 */
function servedPerson(
  ctx: MentionContext,
  tokens: readonly Token[],
  name: number,
  from: number,
  entities: readonly Mention[],
): ReturnType<typeof titleBefore> | null {
  for (let p = name - 2; p > from; p--) {
    if (!['for', 'of'].includes(tokens[p]?.lower ?? '') || !isRoleWord(ctx.lexicon, tokens[p - 1])) continue;
    const own = tokens.slice(p + 1, name);
    if (
      own.every((t) => isCapitalised(t) && isTitleWord(ctx, t)) &&
      own.some((t) => isRoleWord(ctx.lexicon, t))
    )
      return titleBefore(ctx, tokens, name - 1, entities, false, p);
  }
  return null;
}

export function attachTitle(
  ctx: MentionContext,
  tokens: readonly Token[],
  m: Mention,
  entities: readonly Mention[],
): Mention {
  const found = titleBefore(ctx, tokens, m.first - 1, entities);
  const title = servedPerson(ctx, tokens, m.first, found.first, entities) ?? found;
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
