import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { loadCypherFiles } from '../graph/cypher-registry.js';
import { QueryRecorder, recordQueries } from '../graph/query-recorder.js';

/** The request header that asks for the extension: `1` for names, durations and rows, `profile` for db hits too. */
export const EXPLAIN_HEADER = 'x-claimgraph-explain';

/** Where a named query's text is served, e.g. /cypher/statement/find-statements-by-speaker. */
export const CYPHER_PATH = '/cypher';

/**
 * The cost of an operation in plain sight, for development only (main.ts installs it when NODE_ENV is
 * development): with the `x-claimgraph-explain` header, the response's `extensions.cypher` lists every named
 * Cypher query the operation ran, in order, with its duration, rows and (`x-claimgraph-explain: profile`, which
 * runs them with PROFILE) db hits, and a link to the query's text, which GET /cypher/<name> serves.
 */
export function useCypherExplain(): Plugin {
  const files = new Map(loadCypherFiles().map((f) => [f.name, f.text]));
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(`${CYPHER_PATH}/`)) return;
      // Only names of committed files are answered: nothing the client sends reaches the file system.
      const text = files.get(decodeURIComponent(url.pathname.slice(CYPHER_PATH.length + 1)));
      endResponse(
        new fetchAPI.Response(text ?? 'No such named query', {
          status: text === undefined ? 404 : 200,
          headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
        }),
      );
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      const request = (args.contextValue as { request?: Request }).request;
      const asked = request?.headers.get(EXPLAIN_HEADER)?.trim().toLowerCase();
      if (!asked || asked === '0' || asked === 'false') return;
      const recorder = new QueryRecorder(asked === 'profile');
      const started = performance.now();
      setExecuteFn((executeArgs) => recordQueries(recorder, () => executeFn(executeArgs)));
      return {
        onExecuteDone({ result, setResult }) {
          // A subscription's stream runs after this hook; only single results carry the extension.
          if (Symbol.asyncIterator in result) return;
          const single = result as ExecutionResult;
          setResult({
            ...single,
            extensions: {
              ...single.extensions,
              cypher: {
                totalMs: round(performance.now() - started),
                queryCount: recorder.queries.length,
                queries: recorder.queries.map((q) => ({
                  ...q,
                  ms: round(q.ms),
                  cypher: `${CYPHER_PATH}/${q.name}`,
                })),
              },
            },
          });
        },
      };
    },
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;
