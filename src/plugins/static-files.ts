import { readFile, stat } from 'node:fs/promises';
import type { FetchAPI } from 'graphql-yoga';

/**
 * One file a page may load: where it lives on disk, its media type and how long browsers may keep it, and
 * optionally a fix applied to its text before it is served (a vendored bundle's known defect).
 */
export type StaticFile = { file: string; type: string; cache: string; transform?: (text: string) => string };

export const HTML = 'text/html; charset=utf-8';
export const JS = 'text/javascript; charset=utf-8';
export const CSS = 'text/css; charset=utf-8';
export const SVG = 'image/svg+xml';

// Our own files are not fingerprinted, so browsers must revalidate them (cheap 304s via the ETag); vendored
// files only change with the installed package version.
export const REVALIDATE = 'no-cache';
export const VENDOR_CACHE = 'public, max-age=86400';

const TEXT = 'text/plain; charset=utf-8';

/**
 * Answers a request for a whitelisted file: 404 when the path maps to nothing (so no path a client sends ever
 * reaches the file system), 405 for anything but GET and HEAD, 304 when the ETag still matches.
 * `extraHeaders` adds per-file headers such as a page's content security policy.
 */
export async function serveStaticFile(
  asset: StaticFile | undefined,
  request: Request,
  fetchAPI: FetchAPI,
  extraHeaders: (asset: StaticFile) => Record<string, string> = () => ({}),
): Promise<Response> {
  if (!asset) {
    return new fetchAPI.Response('Not found', {
      status: 404,
      headers: { 'content-type': TEXT, 'x-content-type-options': 'nosniff' },
    });
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new fetchAPI.Response('Method not allowed', {
      status: 405,
      headers: { allow: 'GET, HEAD', 'content-type': TEXT },
    });
  }
  // Read per request (edits show up without a restart); the ETag comes from the file's size and modification
  // time, so an unchanged file costs a stat and a 304.
  const head = request.method === 'HEAD';
  // A transformed file's length is only known once transformed, so HEAD loads it too (it is cached).
  const loaded = await load(asset, !head || asset.transform !== undefined).catch(() => null);
  if (!loaded) {
    // A hook that throws would take the HTTP server down; a missing file is this request's problem only.
    return new fetchAPI.Response('File unavailable', { status: 500, headers: { 'content-type': TEXT } });
  }
  const { info, body } = loaded;
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    'content-type': asset.type,
    'cache-control': asset.cache,
    etag,
    'x-content-type-options': 'nosniff',
    ...extraHeaders(asset),
  };
  if (request.headers.get('if-none-match') === etag) {
    return new fetchAPI.Response(null, { status: 304, headers });
  }
  headers['content-length'] = String(body?.length ?? info.size);
  return new fetchAPI.Response(head ? null : body, { status: 200, headers });
}

const transformed = new Map<string, { mtimeMs: number; body: Buffer<ArrayBuffer> }>();

/** The file's size and time, and its bytes unless the request is a HEAD (transformed once per file version). */
async function load(asset: StaticFile, withBody: boolean) {
  const info = await stat(asset.file);
  if (!withBody) return { info, body: null };
  if (!asset.transform) return { info, body: await readFile(asset.file) };
  const cached = transformed.get(asset.file);
  if (cached?.mtimeMs === info.mtimeMs) return { info, body: cached.body };
  const body = Buffer.from(asset.transform(await readFile(asset.file, 'utf8'))) as Buffer<ArrayBuffer>;
  transformed.set(asset.file, { mtimeMs: info.mtimeMs, body });
  return { info, body };
}
