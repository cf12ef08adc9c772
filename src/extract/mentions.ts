import { classNounAt, extendOutletNoun, nameMention, nounPhrase } from './mention-phrases.js';
import { attachTitle } from './mention-titles.js';
import type { Mention, MentionContext } from './mention-types.js';
import {
  covered,
  DESCRIPTORS,
  DETERMINERS,
  isCapitalised,
  isCommonNoun,
  isRoleWord,
  isTitleWord,
  NOT_NAMES,
  nameRun,
  PRONOUNS,
  span,
} from './mention-words.js';
import type { Token } from './nlp.js';

export type { Mention, MentionContext, MentionType } from './mention-types.js';

/**
 * Mentions of actors and outlets in one sentence: known names and aliases (longest first), unknown proper
 * names with the title before them ("Deputy Foreign Minister Sergei Riabkov"), pronouns, role phrases
 * ("the Kremlin's spokesman"), group and body phrases ("Russian officials", "Ukraine's military"), class
 * nouns ("the alliance") and outlet references ("the broadcaster"). Nothing is resolved here except names.
 */

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

/**
 * A collective noun of a people ("the Americans", "Russians", "the Chinese said") is its state: a plural of a
 * demonym, or a demonym without a noun after it following "the".
 */
function collectiveAt(ctx: MentionContext, tokens: readonly Token[], i: number): Mention | null {
  const t = tokens[i];
  if (!t || !isCapitalised(t)) return null;
  const plural = /s$/.test(t.text) ? ctx.registry.demonym(t.text.slice(0, -1)) : undefined;
  const next = tokens[i + 1];
  const bare =
    tokens[i - 1]?.lower === 'the' &&
    (next === undefined || ['VERB', 'AUX', 'PUNCT', 'ADV'].includes(next.pos))
      ? ctx.registry.demonym(t.text)
      : undefined;
  const id = plural ?? bare;
  if (!id || ctx.registry.actors.get(id)?.kind !== 'state') return null;
  const first = tokens[i - 1]?.lower === 'the' ? i - 1 : i;
  return {
    type: 'entity',
    ...span(ctx.text, tokens, first, i),
    ref: { type: 'actor', id },
    definite: first < i,
  };
}

function entitiesAndNames(ctx: MentionContext, tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const people = collectiveAt(ctx, tokens, i);
    if (people) {
      out.push(people);
      continue;
    }
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
    // "Ye Shixiang": a short given or family name the tagger takes for an interjection.
    const taggedOff =
      i > 0 &&
      (t.pos === 'INTJ' || t.pos === 'X') &&
      tokens[i + 1]?.pos === 'PROPN' &&
      isCapitalised(tokens[i + 1]);
    if (DESCRIPTORS.has(t.lower) && isCapitalised(tokens[i + 1])) continue;
    if (isCapitalised(t) && (t.pos === 'PROPN' || taggedOff) && !NOT_NAMES.has(t.lower)) {
      const titled = untitledRole(ctx, tokens, i);
      if (titled) {
        if (titled.organisation) out.push(titled.organisation);
        i = titled.last;
        continue;
      }
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

/**
 * "The Bank of England Governor said", "Federal Reserve Chair": a capitalised run (an organisation's head noun
 * may take its "of" complement) that ends in role words names no person. The words before the role are the
 * organisation, a name of its own; the role words are left to the role phrase (`nounPhrase`), which resolves to
 * the person the article gives that role or to the role's unnamed holder, never to a person named after it.
 */
function untitledRole(
  ctx: MentionContext,
  tokens: readonly Token[],
  i: number,
): { organisation: Mention | null; last: number } | null {
  let j = nameRun(tokens, i);
  if (
    ORGANISATION_HEAD.test(tokens[j]?.lower ?? '') &&
    tokens[j + 1]?.lower === 'of' &&
    isCapitalised(tokens[j + 2]) &&
    tokens[j + 2]?.pos === 'PROPN'
  )
    j = nameRun(tokens, j + 2);
  // The tagger may call a capitalised role word a common noun ("Chair").
  while (isCapitalised(tokens[j + 1]) && isRoleWord(ctx.lexicon, tokens[j + 1])) j++;
  if (!isRoleWord(ctx.lexicon, tokens[j]) || isCapitalised(tokens[j + 1])) return null;
  if (ctx.registry.lookup(span(ctx.text, tokens, i, j).text)) return null;
  let end = j;
  while (end >= i && isTitleWord(ctx, tokens[end])) end--;
  // The run up to the first role word is all the organisation there is ("Prime Minister" has none).
  let org = i;
  while (org <= end && isTitleWord(ctx, tokens[org], tokens[org + 1])) org++;
  const organisation = org <= end && org === i ? nameMention(ctx, tokens, i, end) : null;
  return { organisation, last: j };
}

/**
 * Where the name starts in a capitalised run: after its title words ("Deputy Foreign Minister"), and at the
 * longest known name at its end ("Secretary of State Antony Blinken" → "Antony Blinken").
 */
function nameStartIn(ctx: MentionContext, tokens: readonly Token[], i: number, j: number): number {
  // "Foreign Ministry", "Commerce Ministry": the words before a body noun are its name, not a title.
  if (j > i && GOVERNMENT_BODY.test(tokens[j]?.lower ?? '')) return i;
  let first = i;
  while (first <= j && isTitleWord(ctx, tokens[first])) first++;
  // "Coast Guard Spokesperson Gan Yu", "High Representative Kaja Kallas": the name follows the last role word.
  for (let k = j - 1; k >= first; k--) {
    if (isRoleWord(ctx.lexicon, tokens[k])) {
      first = k + 1;
      break;
    }
    // "CEO of Kuwait Petroleum Corporation Nawaf Saud al-Sabah": a person's name after an organisation's.
    const personAfter =
      isCapitalised(tokens[k + 1]) && tokens.slice(k + 1, j + 1).every((t) => !isRoleWord(ctx.lexicon, t));
    if (ORGANISATION_HEAD.test(tokens[k]?.lower ?? '') && j - k >= 2 && personAfter) {
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

/** Last words of an organisation's name ("… Petroleum Corporation", "… Group", "… Bank"). */
const ORGANISATION_HEAD =
  /^(?:corporation|corp|company|co|inc|ltd|group|bank|ministry|council|agency|commission|committee|party|organi[sz]ation|institute|foundation|association|authority|university|union)$/;

/** Head nouns of a state's institutions ("Foreign Ministry", "Defence Department"). */
export const GOVERNMENT_BODY = /^(?:ministry|department|office|secretariat|directorate|presidency|cabinet)$/;

/**
 * "Turkey's Foreign Ministry", "the country's Commerce Ministry": an unknown body named after its state's
 * possessive is that state's ("Turkish Foreign Ministry", also known by the form in the text).
 */
function ownedBody(ctx: MentionContext, tokens: readonly Token[], all: Mention[]): Mention[] {
  return all.map((m) => {
    if (m.type !== 'name' || m.outletKind !== undefined || !GOVERNMENT_BODY.test(tokens[m.last]?.lower ?? ''))
      return m;
    if (!/^['’]s$/.test(tokens[m.first - 1]?.text ?? '')) return m;
    const owner = all.find((o) => o.last === m.first - 2 && o.ref?.type === 'actor');
    const state = owner?.ref ? ctx.registry.actors.get(owner.ref.id) : undefined;
    if (!owner || !state || state.kind !== 'state') return m;
    const demonym = state.demonyms[0];
    const name = `${demonym ?? `${state.name}'s`} ${m.name ?? m.text}`;
    return {
      ...m,
      first: owner.first,
      start: owner.start,
      text: ctx.text.slice(owner.start, m.end),
      name,
      owner: state.id,
    };
  });
}

/** Forces and services a state has ("the Chinese coast guard", "Israel's military", "China Coast Guard"). */
const STATE_FORCE =
  /^(?:coast ?guard|military|army|navy|air force|armed forces|police|border guards?|national guard)$/i;

/**
 * A state's force named by its demonym, possessive or name ("the Chinese coast guard", "China's coast
 * guard", "China Coast Guard") is one actor, named with the demonym and known by the other forms.
 */
function stateForce(ctx: MentionContext, tokens: readonly Token[], all: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of all) {
    // "Israel's military": a body phrase that already holds its owner.
    const held = m.owner ? ctx.registry.actors.get(m.owner) : undefined;
    const body = (m.name ?? m.text)
      .replace(/^(?:the|a|an)\s+/i, '')
      .replace(held ? /^.*?['’]s\s+/ : /^$/, '');
    if ((m.type !== 'body' && m.type !== 'name') || m.ref || !STATE_FORCE.test(body)) {
      out.push(m);
      continue;
    }
    const before = tokens[m.first - 1];
    const possessive = /^['’]s$/.test(before?.text ?? '');
    const ownerAt = possessive ? m.first - 2 : m.first - 1;
    const entity = out.find((o) => o.last === ownerAt && o.ref?.type === 'actor');
    const byDemonym = !entity && before ? ctx.registry.demonym(before.text) : undefined;
    const id = entity?.ref?.id ?? byDemonym ?? (held?.kind === 'state' ? held.id : undefined);
    const state = id ? ctx.registry.actors.get(id) : undefined;
    if (state?.kind !== 'state') {
      out.push(m);
      continue;
    }
    const first = entity ? entity.first : byDemonym ? m.first - 1 : m.first;
    if (entity) out.splice(out.indexOf(entity), 1);
    const demonym = state.demonyms[0] ?? state.name;
    const from = tokens[first - 1]?.lower === 'the' ? first - 1 : first;
    out.push({
      ...m,
      type: 'body',
      ...span(ctx.text, tokens, from, m.last),
      name: `${demonym} ${body}`,
      forms: [`${state.name} ${body}`, `${state.name}'s ${body}`],
      owner: state.id,
      kind: 'government_body',
      definite: from < first,
    });
  }
  return out;
}

export function findMentions(ctx: MentionContext, tokens: readonly Token[]): Mention[] {
  const entities = ownedBody(ctx, tokens, entitiesAndNames(ctx, tokens));
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
  return stateForce(
    ctx,
    tokens,
    [...titled, ...phrases].sort((a, b) => a.first - b.first),
  );
}
