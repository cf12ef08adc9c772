import { graphql, STATEMENT_FACTS_QUERY } from './api.js';

/** Ids per request: the page asks for every drawn statement, and a big view is split into a few requests. */
const BATCH = 100;

/** Statement facts by global id, fetched once per page and kept (statements do not change under a view). */
const known = new Map();

/**
 * The facts of these statements, from the cache or the API.
 *
 * @param {string[]} ids
 * @returns {Promise<Map<string, any>>}
 */
export async function statementFacts(ids) {
  const missing = ids.filter((id) => !known.has(id));
  for (let i = 0; i < missing.length; i += BATCH) {
    const data = await graphql(STATEMENT_FACTS_QUERY, { ids: missing.slice(i, i + BATCH) });
    for (const node of data.nodes ?? []) if (node?.id) known.set(node.id, node);
  }
  return new Map(ids.filter((id) => known.has(id)).map((id) => [id, known.get(id)]));
}
