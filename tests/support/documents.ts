import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AnnotatedArticle } from '../../src/ingest/format.js';
import { SEED_FILE } from '../../src/ingest/seed.js';

export const seedDocument = (): AnnotatedArticle => JSON.parse(readFileSync(SEED_FILE, 'utf8'));

/**
 * The seed annotation with every id made unique to one test, so that tests sharing a database own their data
 * and can delete exactly what they created.
 */
export function uniqueSeedDocument(): { doc: AnnotatedArticle; suffix: string; ids: string[] } {
  const suffix = randomUUID().slice(0, 8);
  const raw = readFileSync(SEED_FILE, 'utf8');
  const seed = JSON.parse(raw) as AnnotatedArticle;
  const ids = [
    seed.article.id,
    ...seed.actors.map((a) => a.id),
    ...seed.outlets.map((o) => o.id),
    ...seed.positions.map((p) => p.id),
    ...seed.events.map((e) => e.id),
  ];
  // Replace whole quoted ids (and the article-id prefix of statement ids) in the JSON text.
  let text = raw;
  for (const id of [...ids].sort((a, b) => b.length - a.length)) {
    text = text.replaceAll(`"${id}"`, `"${id}-${suffix}"`).replaceAll(`"${id}:`, `"${id}-${suffix}:`);
  }
  const doc = JSON.parse(text) as AnnotatedArticle;
  // Aliases are global nodes keyed by text; make them unique too so that tests never share them.
  for (const actor of doc.actors) actor.aliases = actor.aliases.map((a) => `${a} ${suffix}`);
  for (const actor of doc.actors) actor.name = `${actor.name} ${suffix}`;
  return { doc, suffix, ids: ids.map((id) => `${id}-${suffix}`) };
}

/** The element at `index`, failing the test loudly when a fixture is shorter than the test assumes. */
export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`fixture has no element ${index}`);
  return item;
}

/** A canonical form for comparing documents whose lists come back from the graph in another order. */
export const sortDeep = (value: unknown): unknown => {
  if (Array.isArray(value)) {
    return value.map(sortDeep).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortDeep(v)]),
    );
  }
  return value;
};

/**
 * Another article over the same entities: `doc` with its article id and statement ids given the suffix
 * `tag`, so that several such documents share actors, outlets, positions and events but own their statements.
 */
export function otherArticleOver(doc: AnnotatedArticle, tag: string): AnnotatedArticle {
  const from = doc.article.id;
  const to = `${from}-${tag}`;
  const copy = structuredClone(doc);
  copy.article.id = to;
  for (const st of copy.statements) st.id = `${to}${st.id.slice(from.length)}`;
  return copy;
}
