import { afterAll, beforeAll, expect } from 'vitest';
import { importAnalysisFixtures } from './analysis-fixtures.js';
import { connectTestGraph } from './graph.js';

// Articles and statements of the analysis fixtures (data/fixtures/analysis/) that the tests name.
export const F1 = 'harbour-times-2025-03-05-norland-backs-blockade';
export const F2 = 'eastline-online-2025-03-14-vell-wavers-on-sanctions';
export const DASK = 'valdoria-today-2025-03-20-dask-escort:s01';
export const STOLL_ESCORT = 'daily-ledger-2025-03-24-stoll-escort:s01';
export const STOLL_ILLEGAL = 'nordwire-2025-03-21-valdoria-escort-plan:s02';
export const F8 = 'daily-ledger-2025-04-02-norland-turns-on-blockade';

/**
 * A test graph holding the analysis fixtures for the calling test file (imported before its tests, closed after),
 * with the two ways its tests ask: the data of an operation that must succeed, or the code of the error.
 */
export function connectAnalysisGraph() {
  const graph = connectTestGraph();
  beforeAll(async () => {
    await graph.executor.applySchema();
    await importAnalysisFixtures(graph.repos.ingest);
  });
  afterAll(() => graph.close());

  async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await graph.graphql<T>(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data as T;
  }

  async function errorCode(query: string): Promise<string | undefined> {
    const result = await graph.graphql(query);
    return result.errors?.[0]?.extensions?.code;
  }

  return { graph, data, errorCode };
}
