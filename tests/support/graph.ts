import { inject } from 'vitest';
import { createApp } from '../../src/app.js';
import { createDriver } from '../../src/graph/connect.js';
import { CypherRegistry } from '../../src/graph/cypher-registry.js';
import { Executor } from '../../src/graph/executor.js';
import { createRepositories } from '../../src/repositories.js';

/** The API key the test app accepts for mutations. */
export const TEST_API_KEY = 'test-api-key-0123456789';

/** A GraphQL response as tests read it. */
export type GraphQLAnswer<T> = {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: Record<string, unknown>;
};

/** Sends one GraphQL operation through `app` in-process. */
export async function sendGraphQL<T = Record<string, unknown>>(
  app: Pick<ReturnType<typeof createApp>, 'fetch'>,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLAnswer<T>> {
  const response = await app.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer<T>;
}

/** The data layer wired to the suite's throwaway Neo4j, as main.ts wires it to the real one. */
export function connectTestGraph() {
  const connection = inject('neo4j');
  const driver = createDriver(connection);
  const registry = new CypherRegistry();
  const executor = new Executor(driver, registry, { database: connection.database });
  const repos = createRepositories(executor);
  const app = createApp({ executor, repos, apiKeys: [TEST_API_KEY] });
  return {
    driver,
    registry,
    executor,
    repos,
    app,
    /** Sends one GraphQL operation through the app in-process. */
    graphql: <T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
      headers: Record<string, string> = {},
    ) => sendGraphQL<T>(app, query, variables, headers),
    close: () => driver.close(),
  };
}
