import neo4j, { type Config, type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config.js';

/**
 * A driver for a bolt:// (single server) or neo4j:// (routing: clusters, Aura) URI. Retries stop after a few
 * seconds so that a request against a database that is down fails cleanly instead of hanging.
 */
export function createDriver(
  connection: Neo4jConnection,
  overrides: Pick<Config, 'maxConnectionPoolSize' | 'connectionAcquisitionTimeout'> = {},
): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    maxTransactionRetryTime: 5_000,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    userAgent: 'claimgraph/0.1',
    ...overrides,
  });
}
