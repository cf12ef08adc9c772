import { ApiError, graphql } from './api.js';
import { hitLabel } from './search-box.js';

/**
 * The names of entities a view names by id but does not draw: the ends of a paths link when no path joins them.
 * Asked of the API once per id and kept; the API's NOT_FOUND marks an id that names nothing.
 */
const NAMES_QUERY = `query EntityNames($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Actor { name }
    ... on Outlet { name }
    ... on Position { name }
    ... on Event { name }
    ... on Article { title }
    ... on Statement { text }
  }
}`;

/** @typedef {{ id: string, name?: string, title?: string, text?: string, __typename: string } | null} NamedNode */

export function createNameBook() {
  /** @type {Map<string, string | null>} id → name, or null when the API knows no such entity */
  const names = new Map();
  return {
    /** The name found for an id, null for an id that names nothing, undefined when not asked yet. @param {string} id */
    get: (id) => names.get(id),
    /**
     * Asks the API for the names of the ids not asked about yet; a failed request leaves them unknown, to be
     * asked again next time.
     *
     * @param {string[]} ids
     */
    async lookUp(ids) {
      const wanted = [...new Set(ids)].filter((id) => !names.has(id));
      // One request per id: the API answers an unknown id with a NOT_FOUND error beside the others' data,
      // and an error fails the whole request here.
      const found = await Promise.all(
        wanted.map(async (id) => {
          try {
            const data = /** @type {{ nodes: NamedNode[] }} */ (await graphql(NAMES_QUERY, { ids: [id] }));
            const node = data.nodes[0];
            return node ? hitLabel(node) : null;
          } catch (error) {
            if (error instanceof ApiError && error.code === 'NOT_FOUND') return null;
            throw error;
          }
        }),
      );
      wanted.forEach((id, i) => {
        names.set(id, found[i] ?? null);
      });
    },
  };
}
