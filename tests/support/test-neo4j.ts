import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { loadConfig } from '../../src/config.js';
import { findFreePort, LocalNeo4j } from '../../src/neo4j/local-server.js';

/**
 * A throwaway Neo4j on free ports in its own instance folder: never the dev database. The jars come from the
 * same cache as the dev server, so only the first run on a machine downloads anything.
 */
export async function createTestNeo4j(
  label: string,
  log: (line: string) => void = () => {},
): Promise<LocalNeo4j> {
  const base = loadConfig().local;
  return new LocalNeo4j(
    {
      ...base,
      instance: `test-${label}-${randomUUID().slice(0, 8)}`,
      boltPort: await findFreePort(),
      httpPort: await findFreePort(),
      heapSize: '1g',
      pageCacheSize: '256m',
      txTimeout: '30s',
      password: 'claimgraph-test',
    },
    log,
  );
}

/** Stops the server and deletes its folder. */
export async function destroyTestNeo4j(server: LocalNeo4j): Promise<void> {
  await server.stop();
  rmSync(server.home, { recursive: true, force: true });
}
