import { sameOriginPolicy } from '../explore/content-security-policy.js';

/** The part of the page the server decides: the title and the saved examples that open as tabs. */
export type PlaygroundConfig = {
  title: string;
  endpoint: string;
  examples: { query: string }[];
};

/**
 * Everything the page loads comes from this server: scripts, styles and editor workers are same-origin files,
 * fonts and icons inside the stylesheet are data: URLs, and queries go to the endpoint. The browser enforces it,
 * so a stray URL in a future GraphiQL release fails loudly here instead of quietly calling out. Monaco and React
 * add <style> elements at run time, hence 'unsafe-inline' for styles only.
 */
export const GRAPHIQL_CSP = sameOriginPolicy({
  'worker-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'font-src': "'self' data:",
});

/** JSON inside a <script> block: `<` escaped so that no query text can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The GraphiQL page: yoga's GraphiQL bundle, started by our boot script with the examples as tabs. */
export function renderPlaygroundPage(config: PlaygroundConfig, assets: string, vendor: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>GraphiQL · claimgraph</title>
    <link rel="icon" href="/explore/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="${vendor}/graphiql.css" />
    <link rel="stylesheet" href="${assets}/playground.css" />
  </head>
  <body>
    <div id="root">Loading GraphiQL…</div>
    <a class="explorer-link" href="/explore" title="Open the claimgraph graph explorer">Graph explorer &rarr;</a>
    <script id="playground-config" type="application/json">${scriptJson({ ...config, vendor })}</script>
    <script src="${vendor}/yoga-graphiql.umd.js"></script>
    <script src="${assets}/boot.js"></script>
  </body>
</html>
`;
}
