import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type HttpSystem = { url: string; close(): Promise<void> };

/** Serves a fetch-style handler (yoga) on a free loopback port, at `/graphql`. */
export async function serve(handler: Parameters<typeof createServer>[1]): Promise<HttpSystem> {
  const server = createServer(handler);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
