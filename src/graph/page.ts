import { InvalidInputError } from './errors.js';

/** A request for one page of a keyset-paginated list. */
export type PageRequest = {
  /** Items to return; the query asks for one more to know whether a next page exists. */
  first: number;
  /** The cursor of the last item of the previous page. */
  after: string | null;
  withCount: boolean;
};

export type Page = {
  ids: string[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number | null;
};

export const MAX_PAGE_SIZE = 100;

/**
 * Cursors name their list and carry the sort key and id of an item: the next page starts strictly after that
 * pair, so inserts and deletes never shift pages (unlike offsets). They are opaque to clients (base64url).
 */
export function encodeCursor(list: string, sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([list, sortKey, id])).toString('base64url');
}

export function decodeCursor(
  list: string,
  cursor: string | null,
): { afterKey: string | null; afterId: string | null } {
  if (cursor === null) return { afterKey: null, afterId: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    parsed[0] !== list ||
    typeof parsed[1] !== 'string' ||
    typeof parsed[2] !== 'string'
  ) {
    throw new InvalidInputError(
      `"after" is not a cursor of this ${list} list: use an endCursor or cursor it returned`,
    );
  }
  return { afterKey: parsed[1], afterId: parsed[2] };
}

export function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new InvalidInputError(`"first" must be between 0 and ${MAX_PAGE_SIZE} (got ${first})`);
  }
}

/** The query parameters of a page request: one extra row tells whether there is a next page. */
export function pageParams(list: string, request: PageRequest) {
  checkFirst(request.first);
  return { ...decodeCursor(list, request.after), limit: request.first + 1, withCount: request.withCount };
}

/** Builds a page from the rows a find-* query returned for `pageParams`. */
export function toPage(
  list: string,
  request: PageRequest,
  row: { ids: string[]; sortKeys: string[]; totalCount: number | null } | undefined,
): Page {
  const ids = row?.ids ?? [];
  const sortKeys = row?.sortKeys ?? [];
  const shown = ids.slice(0, request.first);
  return {
    ids: shown,
    cursors: shown.map((id, i) => encodeCursor(list, sortKeys[i] ?? '', id)),
    hasNextPage: ids.length > request.first,
    totalCount: row?.totalCount ?? null,
  };
}
