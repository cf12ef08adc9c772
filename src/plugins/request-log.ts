import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { type Logger, requestContext } from '../log.js';

const REQUEST_ID = /^[\w.:-]{1,100}$/;
const QUIET_PATHS = new Set(['/health', '/ready']);

/**
 * One log line per request with its id, status and duration. The id comes from `x-request-id` when a proxy
 * sent a sane one, else it is new; it is echoed in the response and attached to every log line the request
 * causes (through AsyncLocalStorage), Cypher calls included.
 */
export function useRequestLog(log: Logger): Plugin {
  const started = new WeakMap<Request, { at: number; id: string }>();
  return {
    onRequest({ request }) {
      const header = request.headers.get('x-request-id');
      const id = header && REQUEST_ID.test(header) ? header : randomUUID();
      started.set(request, { at: performance.now(), id });
      requestContext.enterWith({ requestId: id });
    },
    onResponse({ request, response }) {
      const entry = started.get(request);
      if (!entry) return;
      response.headers.set('x-request-id', entry.id);
      const path = new URL(request.url).pathname;
      const line = {
        requestId: entry.id,
        method: request.method,
        path,
        status: response.status,
        ms: Math.round(performance.now() - entry.at),
      };
      if (QUIET_PATHS.has(path)) log.debug(line, 'request');
      else log.info(line, 'request');
    },
  };
}
