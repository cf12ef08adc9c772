import type { Registry } from './registry.js';

/**
 * A speaker's camp: the actor itself, the bodies and states it belongs to or speaks for, and the states its
 * description or role phrases name ("Russian Deputy Foreign Minister" → Russia), with the words of its name,
 * roles and description. A position's sides (data/lexicon/positions.json) are matched against it, so that
 * "the drills raise concern", said by Russia's defence minister, opposes NATO's drills.
 */

export type Camp = { ids: ReadonlySet<string>; words: string };

const NONE: Camp = { ids: new Set(), words: '' };

/** Capitalised words and word pairs of a phrase that name a state or body the registry knows. */
function namedIn(registry: Registry, phrase: string, into: Set<string>): void {
  const words = phrase.split(/[\s,()]+/).filter((w) => w !== '');
  words.forEach((word, i) => {
    const bare = word.replace(/['’]s$/, '');
    if (!/^[A-Z]/.test(bare)) return;
    const byDemonym = registry.demonym(bare);
    if (byDemonym) into.add(byDemonym);
    for (const form of [bare, `${bare} ${words[i + 1] ?? ''}`.trim()]) {
      const ref = registry.lookup(form);
      const kind = ref?.type === 'actor' ? registry.actors.get(ref.id)?.kind : undefined;
      if (ref && kind !== 'person') into.add(ref.id);
    }
  });
}

export function campOf(registry: Registry, speaker: string | null): Camp {
  if (speaker === null) return NONE;
  const ids = new Set<string>();
  const texts: string[] = [];
  const visit = (id: string) => {
    if (ids.has(id)) return;
    ids.add(id);
    const actor = registry.actors.get(id);
    if (!actor) return;
    if (id === speaker)
      texts.push(actor.name, ...actor.aliases, actor.description ?? '', ...actor.roles.map((r) => r.text));
    const named = new Set<string>();
    namedIn(registry, actor.description ?? '', named);
    for (const role of actor.roles) namedIn(registry, role.text, named);
    for (const role of actor.roles) if (role.org) named.add(role.org);
    if (actor.partOf) named.add(actor.partOf);
    for (const other of named) visit(other);
  };
  visit(speaker);
  return { ids, words: texts.join(' ; ') };
}
