import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

/** Where the explorer lives; everything under it is served by this plugin and nothing else. */
export const EXPLORER_PATH = '/explore';

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));

type Asset = { file: string; type: string; cache: string };

// Our own files are not fingerprinted, so browsers must revalidate them (cheap 304s via the ETag); the vendored
// library only changes with the installed package version, so a day of caching is safe.
const REVALIDATE = 'no-cache';
const VENDOR_CACHE = 'public, max-age=86400';

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/**
 * The whitelist: a request path either maps to one of these files or gets a 404, so no path the client sends
 * ever reaches the file system (no traversal, no directory listing, no dotfiles).
 */
function assets(): Map<string, Asset> {
  const own = (name: string, type: string): [string, Asset] => [
    `${EXPLORER_PATH}/${name}`,
    { file: `${PUBLIC_DIR}${name}`, type, cache: REVALIDATE },
  ];
  const index: Asset = { file: `${PUBLIC_DIR}index.html`, type: HTML, cache: REVALIDATE };
  const require = createRequire(import.meta.url);
  return new Map<string, Asset>([
    [EXPLORER_PATH, index],
    [`${EXPLORER_PATH}/`, index],
    own('index.html', HTML),
    own('explorer.css', CSS),
    own('explorer.js', JS),
    own('api.js', JS),
    own('graph-view.js', JS),
    own('graph-style.js', JS),
    own('graph-data.js', JS),
    own('graph-layout.js', JS),
    own('graph-filter.js', JS),
    own('graph-hover.js', JS),
    own('graph-paths.js', JS),
    own('label-placement.js', JS),
    own('label-zoom.js', JS),
    own('canvas-keys.js', JS),
    own('filters-ui.js', JS),
    own('export-ui.js', JS),
    own('phone-layout.js', JS),
    own('statement-facts.js', JS),
    own('statements-export.js', JS),
    own('svg-export.js', JS),
    own('search-box.js', JS),
    own('details.js', JS),
    own('view-state.js', JS),
    own('dom.js', JS),
    own('data-out.js', JS),
    own('favicon.svg', 'image/svg+xml'),
    [
      `${EXPLORER_PATH}/vendor/cytoscape.min.js`,
      { file: require.resolve('cytoscape/dist/cytoscape.min.js'), type: JS, cache: VENDOR_CACHE },
    ],
  ]);
}

// Cytoscape.js inserts this one <style> element when it mounts; allowing exactly its hash keeps the page's
// policy free of 'unsafe-inline'.
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';
const cytoscapeStyleHash = createHash('sha256').update(CYTOSCAPE_STYLE).digest('base64');

/** The page only ever talks to its own origin; data shown on it can never bring in scripts or frames. */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' 'sha256-${cytoscapeStyleHash}'`,
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** A link to the explorer on GraphiQL's page, which yoga renders and we cannot otherwise extend. */
const GRAPHIQL_LINK =
  '<a href="/explore" title="Open the claimgraph graph explorer" style="position:fixed;right:16px;bottom:12px;' +
  'z-index:1000;padding:6px 12px;border-radius:6px;background:#1e293b;color:#fff;font:600 13px/1.2 system-ui,' +
  'sans-serif;text-decoration:none;box-shadow:0 1px 4px rgba(0,0,0,.25)">Graph explorer &rarr;</a>';

/** The file's size and time, and its bytes unless the request is a HEAD. */
async function load(file: string, withBody: boolean) {
  const info = await stat(file);
  return { info, body: withBody ? await readFile(file) : null };
}

function isGraphiQLPage(request: Request, response: Response): boolean {
  return (
    request.method === 'GET' &&
    new URL(request.url).pathname.replace(/\/$/, '') === '/graphql' &&
    response.status === 200 &&
    (response.headers.get('content-type') ?? '').startsWith('text/html')
  );
}

/**
 * Serves the graph explorer (a static page plus Cytoscape.js from node_modules) at /explore and adds a link
 * to it on the GraphiQL page.
 */
export function useExplorer(): Plugin {
  const files = assets();
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== EXPLORER_PATH && !url.pathname.startsWith(`${EXPLORER_PATH}/`)) return;
      const asset = files.get(url.pathname);
      if (!asset) {
        endResponse(
          new fetchAPI.Response('Not found', {
            status: 404,
            headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
          }),
        );
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(
          new fetchAPI.Response('Method not allowed', {
            status: 405,
            headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
        return;
      }
      // Read per request (they are small, and edits show up without a restart); the ETag comes from the file's
      // size and modification time, so unchanged files cost a stat and a 304.
      const loaded = await load(asset.file, request.method === 'GET').catch(() => null);
      if (!loaded) {
        // A hook that throws would take the HTTP server down; a missing file is this request's problem only.
        endResponse(
          new fetchAPI.Response('Explorer file unavailable', {
            status: 500,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
        return;
      }
      const { info, body } = loaded;
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const headers: Record<string, string> = {
        'content-type': asset.type,
        'cache-control': asset.cache,
        etag,
        'x-content-type-options': 'nosniff',
      };
      if (asset.type === HTML) {
        headers['content-security-policy'] = EXPLORER_CSP;
        headers['referrer-policy'] = 'no-referrer';
      }
      if (request.headers.get('if-none-match') === etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      headers['content-length'] = String(body?.length ?? info.size);
      endResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (!isGraphiQLPage(request, response)) return;
      const html = await response.text();
      const headers = new fetchAPI.Headers(response.headers);
      headers.delete('content-length');
      setResponse(
        new fetchAPI.Response(html.replace('</body>', `${GRAPHIQL_LINK}</body>`), {
          status: response.status,
          headers,
        }),
      );
    },
  };
}
