import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import {
  CSS,
  HTML,
  JS,
  REVALIDATE,
  type StaticFile,
  serveStaticFile,
  VENDOR_CACHE,
} from '../plugins/static-files.js';

/** Where the explorer lives; everything under it is served by this plugin and nothing else. */
export const EXPLORER_PATH = '/explore';

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));

type Asset = StaticFile;

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

/** Serves the graph explorer (a static page plus Cytoscape.js from node_modules) at /explore. */
export function useExplorer(): Plugin {
  const files = assets();
  const pageHeaders = (asset: StaticFile): Record<string, string> =>
    asset.type === HTML ? { 'content-security-policy': EXPLORER_CSP, 'referrer-policy': 'no-referrer' } : {};
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== EXPLORER_PATH && !url.pathname.startsWith(`${EXPLORER_PATH}/`)) return;
      endResponse(await serveStaticFile(files.get(url.pathname), request, fetchAPI, pageHeaders));
    },
  };
}
