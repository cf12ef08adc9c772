import { graphql, STATEMENT_FACTS_QUERY } from './api.js';

/** Ids per request: the page asks for every drawn statement, and a big view is split into a few requests. */
const BATCH = 100;

/**
 * Statement facts by global id, fetched once per page and kept: a statement changes under a view only by a
 * review made on this page, which forgets it (`forgetStatementFacts`).
 *
 * @type {Map<string, import('./types.js').StatementFacts>}
 */
const known = new Map();

/** Drops what is known of these statements, so that the next `statementFacts` asks the API again. @param {string[]} ids */
export function forgetStatementFacts(ids) {
  for (const id of ids) known.delete(id);
}

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
