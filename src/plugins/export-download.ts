import type { Plugin } from 'graphql-yoga';
import type { ApiKeys } from '../auth.js';
import { parseSelection, resolveSelection } from '../export/filter.js';
import { EXPORT_FORMATS, type ExportSource, exportChunks, isExportFormat } from '../export/run-export.js';
import { InvalidInputError, NotFoundError } from '../graph/errors.js';
import type { GraphViewRepository } from '../graph/graph-views.js';
import type { Logger } from '../log.js';

export const EXPORT_PATH = '/export';

/** Exports at once; one more is refused with SERVICE_UNAVAILABLE rather than queued behind long downloads. */
export const MAX_CONCURRENT_EXPORTS = 2;

export type ExportDownloadOptions = {
  source: ExportSource & { graphViews: Pick<GraphViewRepository, 'neighborhood'> };
  apiKeys: ApiKeys;
  readsRequireKey: boolean;
  logger: Logger;
};

const json = (status: number, code: string, message: string, extra: Record<string, string> = {}) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...extra },
  });

/**
 * Serves exports as downloads: GET /export/<graphml|csv|jsonld|ndjson>?<filter> with the filter keys of
 * `npm run export` (src/export/filter.ts). The body is streamed a page at a time as the client reads it, so a
 * slow client slows the export rather than filling memory; a client that goes away stops it. With
 * READS_REQUIRE_KEY an export needs the key like any query.
 */
export function useExportDownload(options: ExportDownloadOptions): Plugin {
  let running = 0;
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith(`${EXPORT_PATH}/`)) return;
      const format = url.pathname.slice(EXPORT_PATH.length + 1);
      if (!isExportFormat(format)) {
        endResponse(
          json(
            404,
            'NOT_FOUND',
            `No export format "${format}" (known: ${Object.keys(EXPORT_FORMATS).join(', ')})`,
          ),
        );
        return;
      }
      if (request.method !== 'GET') {
        endResponse(json(405, 'METHOD_NOT_ALLOWED', 'Exports are GET requests', { allow: 'GET' }));
        return;
      }
      if (options.readsRequireKey && !options.apiKeys.allows(request.headers.get('authorization'))) {
        endResponse(
          json(401, 'UNAUTHENTICATED', 'Exporting needs an API key: send "Authorization: Bearer <key>"'),
        );
        return;
      }
      if (running >= MAX_CONCURRENT_EXPORTS) {
        endResponse(
          json(503, 'SERVICE_UNAVAILABLE', `${MAX_CONCURRENT_EXPORTS} exports are running; retry shortly`, {
            'retry-after': '5',
          }),
        );
        return;
      }
      running += 1;
      let released = false;
      const release = () => {
        if (!released) running -= 1;
        released = true;
      };
      let chunks: AsyncGenerator<string>;
      try {
        const filter = await resolveSelection(
          parseSelection(url.searchParams.entries()),
          options.source.graphViews,
        );
        chunks = exportChunks(options.source, format, filter);
        // The first chunk is read before answering, so that a bad filter or an unreachable database is an error
        // status, not a broken download.
        const first = await chunks.next();
        const encoder = new TextEncoder();
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            if (first.done) {
              release();
              controller.close();
            } else controller.enqueue(encoder.encode(first.value));
          },
          async pull(controller) {
            try {
              const next = await chunks.next();
              if (next.done) {
                release();
                controller.close();
              } else controller.enqueue(encoder.encode(next.value));
            } catch (error) {
              release();
              options.logger.error({ err: String(error), format }, 'export stopped');
              controller.error(error);
            }
          },
          async cancel() {
            release();
            await chunks.return(undefined);
          },
        });
        const day = new Date().toISOString().slice(0, 10);
        endResponse(
          new Response(body, {
            headers: {
              'content-type': EXPORT_FORMATS[format].contentType,
              'content-disposition': `attachment; filename="claimgraph-${day}.${EXPORT_FORMATS[format].extension}"`,
              'cache-control': 'no-store',
              'x-content-type-options': 'nosniff',
            },
          }),
        );
      } catch (error) {
        release();
        if (error instanceof InvalidInputError) endResponse(json(400, 'BAD_USER_INPUT', error.message));
        else if (error instanceof NotFoundError) endResponse(json(404, 'NOT_FOUND', error.message));
        else {
          options.logger.error({ err: String(error), format }, 'export failed');
          endResponse(json(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.'));
        }
      }
    },
  };
}
