import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { CausalContext, withCausalContext } from '../graph/causal-context.js';

/** The request header that carries bookmarks back: comma-separated, as `extensions.bookmark` gave them. */
export const BOOKMARK_HEADER = 'x-claimgraph-bookmark';

/** Neo4j bookmarks are short opaque tokens; anything longer or odder is not one, and never reaches the driver. */
const BOOKMARK = /^[A-Za-z0-9:+/=_-]{1,256}$/;
const MAX_BOOKMARKS = 16;

/** The bookmarks a header names, or a coded error saying what is wrong with it. */
export function parseBookmarkHeader(header: string | null): string[] | GraphQLError {
  if (header === null || header.trim() === '') return [];
  const bookmarks = header.split(',').map((b) => b.trim());
  const bad = bookmarks.findIndex((b) => !BOOKMARK.test(b));
  if (bookmarks.length > MAX_BOOKMARKS || bad >= 0) {
    return new GraphQLError(
      bookmarks.length > MAX_BOOKMARKS
        ? `Header ${BOOKMARK_HEADER} names ${bookmarks.length} bookmarks; at most ${MAX_BOOKMARKS} are accepted.`
        : `Header ${BOOKMARK_HEADER}: bookmark ${bad + 1} is not a bookmark (expected the value of a response's extensions.bookmark).`,
      { extensions: { code: 'BAD_USER_INPUT', header: BOOKMARK_HEADER } },
    );
  }
  return bookmarks;
}

/**
 * Read-your-writes across server processes and cluster members: an operation that wrote returns the bookmark
 * of its last transaction in `extensions.bookmark`; an operation sent with that value in `x-claimgraph-bookmark`
 * (to any claimgraph process of the same database) runs only once the database has applied those writes.
 */
export function useBookmarks(): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const request = (args.contextValue as { request?: Request }).request;
      const after = parseBookmarkHeader(request?.headers.get(BOOKMARK_HEADER) ?? null);
      if (after instanceof GraphQLError) {
        setResultAndStopExecution({ errors: [after] });
        return;
      }
      const context = new CausalContext(after);
      setExecuteFn((executeArgs) => withCausalContext(context, () => executeFn(executeArgs)));
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || context.written.length === 0) return;
          const single = result as ExecutionResult;
          setResult({
            ...single,
            extensions: { ...single.extensions, bookmark: context.written.join(',') },
          });
        },
      };
    },
  };
}
