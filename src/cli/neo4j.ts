import { ConfigError, loadConfig } from '../config.js';
import { browserStyleCommand } from '../neo4j/browser-style.js';
import { LocalNeo4j } from '../neo4j/local-server.js';
import { ProvisionError } from '../neo4j/provision.js';

const usage = 'Usage: npm run neo4j -- start|stop|status|style';

async function run(command: string | undefined): Promise<number> {
  if (command === 'style') {
    // For a Neo4j that claimgraph did not start: paste this into its Browser once.
    console.log(browserStyleCommand());
    return 0;
  }
  const config = loadConfig();
  const server = new LocalNeo4j(config.local, (line) => console.log(line));
  switch (command) {
    case 'start': {
      const { started, pid } = await server.start();
      console.log(started ? `Neo4j started (pid ${pid}).` : `Neo4j was already running (pid ${pid}).`);
      console.log(`Bolt:          ${server.boltUri}  (user neo4j)`);
      console.log(`Neo4j Browser: ${server.httpUrl}/browser/`);
      return 0;
    }
    case 'stop':
      console.log((await server.stop()) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    case 'status': {
      const status = await server.status();
      if (status.state === 'stopped') {
        console.log(`Neo4j is stopped (instance ${server.home}).`);
        return 3;
      }
      console.log(
        `Neo4j is running (pid ${status.pid}), ${status.answering ? 'answering' : 'NOT answering'} on ${status.boltUri}; ` +
          `browser at ${status.httpUrl}/browser/`,
      );
      return status.answering ? 0 : 1;
    }
    default:
      console.error(usage);
      return 2;
  }
}

try {
  process.exitCode = await run(process.argv[2]);
} catch (error) {
  if (error instanceof ConfigError || error instanceof ProvisionError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
