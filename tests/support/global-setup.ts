import type { TestProject } from 'vitest/node';
import type { Neo4jConnection } from '../../src/config.js';
import type { LocalNeo4j } from '../../src/neo4j/local-server.js';
import { createTestNeo4j, destroyTestNeo4j } from './test-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    /** Where the throwaway server serves Neo4j Browser. */
    neo4jHttpUrl: string;
  }
}

/** The one server of a run and how many projects still use it. */
type Shared = { server: Promise<LocalNeo4j>; users: number };

/**
 * vitest runs each project's globalSetup, all in its own main process, and tears them down only when the whole
 * run is over. The integration and e2e projects both list this file; they share one throwaway Neo4j through this
 * process-wide slot (a root-level globalSetup would also run for the unit project, which must not need Java),
 * and the last project to tear down stops it.
 */
const SLOT = Symbol.for('claimgraph.test-neo4j');
const registry = globalThis as typeof globalThis & { [SLOT]?: Shared };

async function acquire(): Promise<LocalNeo4j> {
  let shared = registry[SLOT];
  if (!shared) {
    const server = createTestNeo4j('suite', (line) => console.log(`[test neo4j] ${line}`)).then(async (s) => {
      await s.start();
      return s;
    });
    shared = { server, users: 0 };
    registry[SLOT] = shared;
  }
  shared.users += 1;
  return shared.server;
}

async function release(): Promise<void> {
  const shared = registry[SLOT];
  if (!shared) return;
  shared.users -= 1;
  if (shared.users > 0) return;
  delete registry[SLOT];
  await destroyTestNeo4j(await shared.server);
}

export default async function setup(project: TestProject) {
  let server: LocalNeo4j;
  try {
    server = await acquire();
  } catch (error) {
    await release().catch(() => {});
    throw error;
  }
  project.provide('neo4j', server.connection);
  project.provide('neo4jHttpUrl', server.httpUrl);
  return release;
}
