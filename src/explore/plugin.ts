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
import { sameOriginPolicy } from './content-security-policy.js';

/** Where the explorer lives; everything under it is served by this plugin and nothing else. */
export const EXPLORER_PATH = '/explore';

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));

type Asset = StaticFile;

/** The page's ES modules (src/explore/public/*.js; types.d.ts and tsconfig.json are for the type checker only). */
const BROWSER_MODULES = [
  'explorer.js',
  'entity-boxes.js',
  'page-feedback.js',
  'view-loader.js',
  'api.js',
  'controls.js',
  'page-elements.js',
  'view-history.js',
  'view-state.js',
  'status-line.js',
  'live-follow.js',
  'graph-view.js',
  'graph-view-state.js',
  'graph-view-layout.js',
  'graph-view-marks.js',
  'graph-view-interaction.js',
  'graph-style.js',
  'graph-data.js',
  'graph-layout.js',
  'graph-filter.js',
  'graph-hover.js',
  'graph-paths.js',
  'label-placement.js',
  'label-zoom.js',
  'canvas-keys.js',
  'filters-ui.js',
  'export-ui.js',
  'phone-layout.js',
  'statement-facts.js',
  'statements-export.js',
  'svg-export.js',
  'search-box.js',
  'details.js',
  'entity-bodies.js',
  'panel-parts.js',
  'paths-panel.js',
  'path-end-names.js',
  'analysis-sections.js',
  'timeline-chart.js',
  'contradiction-view.js',
  'provenance-view.js',
  'review-panel.js',
  'orphan-notice.js',
  'svg-dom.js',
  'dom.js',
];

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
    own('analysis-views.css', CSS),
    ...BROWSER_MODULES.map((name) => own(name, JS)),
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
export const EXPLORER_CSP = sameOriginPolicy({ 'style-src': `'self' 'sha256-${cytoscapeStyleHash}'` });

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
