import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';

/**
 * yoga's CSRF prevention for the requests that need it. A browser sends a cross-site POST as a form or as
 * text/plain without asking the server first (no CORS preflight); requiring one of `requestHeaders` on those
 * forces a preflight, which a foreign origin fails. GET is exempt, so that ordinary clients (urql, Apollo's
 * useGETForQueries, graphql-request) work without a custom header: yoga refuses mutations over GET (405), a
 * query changes nothing, and a foreign page cannot read the answer (no CORS grant) nor attach an API key.
 */
export function useCsrfPrevention(requestHeaders: string[]): Plugin {
  const guard = useCSRFPrevention({ requestHeaders });
  return {
    onRequestParse(payload) {
      if (payload.request.method === 'GET') return;
      return guard.onRequestParse?.(payload);
    },
  };
}
