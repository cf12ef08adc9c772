import { graphql, STATEMENT_FACTS_QUERY } from './api.js';

/** Ids per request: the page asks for every drawn statement, and a big view is split into a few requests. */
const BATCH = 100;

/**
 * Statement facts by global id, fetched once per page and kept (statements do not change under a view).
 *
 * @type {Map<string, import('./types.js').StatementFacts>}
 */
const known = new Map();

/**
 * The facts of these statements, from the cache or the API.
 *
 * @param {string[]} ids
 * @returns {Promise<Map<string, import('./types.js').StatementFacts>>}
 */
export async function statementFacts(ids) {
  const missing = ids.filter((id) => !known.has(id));
  for (let i = 0; i < missing.length; i += BATCH) {
    const data = /** @type {{ nodes: (import('./types.js').StatementFacts | null)[] }} */ (
      await graphql(STATEMENT_FACTS_QUERY, { ids: missing.slice(i, i + BATCH) })
    );
    for (const node of data.nodes ?? []) if (node?.id) known.set(node.id, node);
  }
  /** @type {Map<string, import('./types.js').StatementFacts>} */
  const found = new Map();
  for (const id of ids) {
    const facts = known.get(id);
    if (facts) found.set(id, facts);
  }
  return found;
}
