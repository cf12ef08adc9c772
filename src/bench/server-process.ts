import type { Neo4jConnection } from '../config.js';
import { createDriver } from '../graph/connect.js';
import { CypherRegistry } from '../graph/cypher-registry.js';
import { BENCH_RESPONSE_CACHE, type BenchSystem, startClaimgraph, startNeo4jGraphql } from './systems.js';

/**
 * A benchmarked GraphQL server in a process of its own, as it would run in production: the load generator's
 * CPU does not count against the server's, and A and B do not share an event loop. Started by
 * `spawnSystem` with the system and the connection as one JSON argument; answers with its URL over IPC and
 * stops when its parent disconnects.
 */
type Args = { system: BenchSystem; connection: Neo4jConnection };

const args = JSON.parse(process.argv[2] ?? '{}') as Args;
const driver = createDriver(args.connection);
const server =
  args.system === 'b'
    ? await startNeo4jGraphql(driver)
    : await startClaimgraph(
        driver,
        new CypherRegistry(),
        args.system === 'a-cached' ? BENCH_RESPONSE_CACHE : undefined,
      );
process.send?.({ url: server.url });
process.on('disconnect', () => {
  void server
    .close()
    .then(() => driver.close())
    .finally(() => process.exit(0));
});
