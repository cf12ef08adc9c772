import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import { CSS, HTML, JS, REVALIDATE, type StaticFile, serveStaticFile } from '../plugins/static-files.js';
import { patchBundle } from './bundle-patch.js';
import { GRAPHIQL_CSP, type PlaygroundConfig, renderPlaygroundPage } from './page.js';

/** Where GraphiQL's files live; the page itself is served at the GraphQL endpoint, to browsers only. */
export const PLAYGROUND_ASSETS = '/graphiql';

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
// The vendored files sit under a path naming their exact version, so they can be cached for good.
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The installed (pinned) @graphql-yoga/graphiql: its version and its prebuilt dist folder. */
function vendorPackage(): { version: string; dist: string } {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@graphql-yoga/graphiql/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { version, dist: path.join(path.dirname(manifest), 'dist') };
}

/** The whitelist of files under PLAYGROUND_ASSETS; any other path there is a 404. */
function assets(vendorPath: string, dist: string): Map<string, StaticFile> {
  const own = (name: string, type: string): [string, StaticFile] => [
    `${PLAYGROUND_ASSETS}/${name}`,
    { file: path.join(PUBLIC_DIR, name), type, cache: REVALIDATE },
  ];
  const vendor = (name: string, type: string, transform?: (text: string) => string): [string, StaticFile] => [
    `${vendorPath}/${name}`,
    { file: path.join(dist, name), type, cache: IMMUTABLE, ...(transform ? { transform } : {}) },
  ];
  return new Map([
    own('boot.js', JS),
    own('playground.css', CSS),
    vendor('yoga-graphiql.umd.js', JS, patchBundle),
    vendor('graphiql.css', CSS),
    // Monaco's workers: the editor's own, JSON (variables, headers, results) and GraphQL (completion, checks).
    vendor('monacoeditorwork/editor.worker.bundle.js', JS),
    vendor('monacoeditorwork/json.worker.bundle.js', JS),
    vendor('monacoeditorwork/graphql.worker..bundle.js', JS),
  ]);
}

/** A browser asking for the endpoint as a page, as yoga's own GraphiQL decides it. */
function wantsPage(request: Request, pathname: string, endpoint: string): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    (pathname === endpoint || pathname === `${endpoint}/`) &&
    (request.headers.get('accept') ?? '').includes('text/html')
  );
}

/**
 * GraphiQL that works offline: the page at the GraphQL endpoint and every file it loads (yoga's prebuilt
 * GraphiQL bundle, its stylesheet and Monaco's workers, from node_modules) come from this server.
 */
export function usePlayground(config: PlaygroundConfig): Plugin {
  const { version, dist } = vendorPackage();
  const vendorPath = `${PLAYGROUND_ASSETS}/vendor/graphiql-${version}`;
  const files = assets(vendorPath, dist);
  const page = renderPlaygroundPage(config, PLAYGROUND_ASSETS, vendorPath);
  const pageHeaders = {
    'content-type': HTML,
    'cache-control': REVALIDATE,
    'content-security-policy': GRAPHIQL_CSP,
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
  };
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (wantsPage(request, url.pathname, config.endpoint)) {
        endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : page, {
            status: 200,
            headers: pageHeaders,
          }),
        );
        return;
      }
      if (url.pathname !== PLAYGROUND_ASSETS && !url.pathname.startsWith(`${PLAYGROUND_ASSETS}/`)) return;
      endResponse(await serveStaticFile(files.get(url.pathname), request, fetchAPI));
    },
  };
}
