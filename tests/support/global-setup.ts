import type { TestProject } from 'vitest/node';
import type { Neo4jConnection } from '../../src/config.js';
import { createTestNeo4j, destroyTestNeo4j } from './test-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    /** Where the throwaway server serves Neo4j Browser. */
    neo4jHttpUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await createTestNeo4j('suite', (line) => console.log(`[test neo4j] ${line}`));
  await server.start();
  project.provide('neo4j', server.connection);
  project.provide('neo4jHttpUrl', server.httpUrl);
  return async () => {
    await destroyTestNeo4j(server);
  };
}
