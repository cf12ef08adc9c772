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

/**
 * How often each statement was forgotten: an answer asked for before the last time carries what the statement
 * was then (a review landed while it was on its way) and must not be kept, nor drawn.
 *
 * @type {Map<string, number>}
 */
const generation = new Map();

/** Drops what is known of these statements, so that the next `statementFacts` asks the API again. @param {string[]} ids */
export function forgetStatementFacts(ids) {
  for (const id of ids) {
    known.delete(id);
    generation.set(id, (generation.get(id) ?? 0) + 1);
  }
}

/**
 * The facts of these statements, from the cache or the API.
 *
 * @param {string[]} ids
 * @returns {Promise<Map<string, import('./types.js').StatementFacts>>}
 */
export async function statementFacts(ids) {
  const missing = ids.filter((id) => !known.has(id));
  const asked = new Map(missing.map((id) => [id, generation.get(id) ?? 0]));
  for (let i = 0; i < missing.length; i += BATCH) {
    const data = /** @type {{ nodes: (import('./types.js').StatementFacts | null)[] }} */ (
      await graphql(STATEMENT_FACTS_QUERY, { ids: missing.slice(i, i + BATCH) })
    );
    for (const node of data.nodes ?? []) {
      if (node?.id && asked.get(node.id) === (generation.get(node.id) ?? 0)) known.set(node.id, node);
    }
  }
  /** @type {Map<string, import('./types.js').StatementFacts>} */
  const found = new Map();
  for (const id of ids) {
    const facts = known.get(id);
    if (facts) found.set(id, facts);
  }
  return found;
}
