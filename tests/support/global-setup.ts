import type { TestProject } from 'vitest/node';
import type { Neo4jConnection } from '../../src/config.js';
import { createTestNeo4j, destroyTestNeo4j } from './test-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject) {
  const server = await createTestNeo4j('suite', (line) => console.log(`[test neo4j] ${line}`));
  await server.start();
  project.provide('neo4j', server.connection);
  return async () => {
    await destroyTestNeo4j(server);
  };
}
