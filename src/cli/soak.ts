import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createApp } from '../app.js';
import { loadConfigOrExit } from '../config.js';
import { seedIfEmpty } from '../ingest/seed.js';
import { createLogger } from '../log.js';
import { openRuntime } from '../runtime.js';

/**
 * A bounded loopback soak of mixed read queries against the real server and database: prints req/s,
 * latency percentiles, errors and memory at start and end. A script with figures, never a timed test.
 */
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '120' },
    connections: { type: 'string', default: '16' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
if (!(seconds > 0 && seconds <= 600 && connections > 0 && connections <= 256)) {
  console.error('Usage: npm run soak -- [--seconds 1..600] [--connections 1..256]');
  process.exit(2);
}

const OPERATIONS = [
  '{ actor(name: "peskov") { name aliases statements(first: 10) { totalCount edges { node { text citedVia { name } positions { stance position { name } } } } } } }',
  '{ statements(filter: { outlet: "sputnik" }, first: 20) { totalCount edges { node { text speaker { name } evidence { excerpt } } } } }',
  '{ search(query: "sanctions", first: 10) { score snippet node { id } } }',
  '{ neighborhood(id: "Actor:dmitry-peskov", depth: 2, limit: 10) { nodes { id type label } edges { type source target } } }',
  '{ paths(from: "Outlet:cnn", to: "Actor:nato", maxLength: 4) { nodes { id } edges { type } } }',
  '{ stanceMatrix(actors: ["russia"], positions: ["sanctions"]) { stance statementCount } }',
  '{ position(name: "NATO expansion") { stances { actor { name } stance statementCount } } }',
];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const memory = (label: string) => {
  const m = process.memoryUsage();
  console.log(`${label}: rss ${mb(m.rss)}, heap used ${mb(m.heapUsed)} of ${mb(m.heapTotal)}`);
};

const config = loadConfigOrExit();
const log = createLogger({ ...config, logLevel: 'warn' });
const runtime = await openRuntime(config, log);
const server = createServer(createApp({ executor: runtime.executor, repos: runtime.repos, logger: log }));
try {
  await seedIfEmpty(runtime.repos.ingest);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  console.log(
    `Soaking ${url} for ${seconds}s with ${connections} connections, ${OPERATIONS.length} operations in turn…`,
  );
  memory('memory at start');
  let sent = 0;
  let graphqlErrors = 0;
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const options: autocannon.Options = {
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request: autocannon.Request) => {
          sent += 1;
          return { ...request, body: JSON.stringify({ query: OPERATIONS[sent % OPERATIONS.length] }) };
        },
        onResponse: (_status: number, body: string) => {
          if (body.includes('"errors"')) graphqlErrors += 1;
        },
      },
    ],
  };
  autocannon(options, (error, result) => (error ? fail(error) : finish(result)));
  const progress = setInterval(() => console.log(`  …${sent} requests sent`), 10_000);
  const result = await done;
  clearInterval(progress);
  console.log(`
requests        ${result.requests.total} (${result.requests.average.toFixed(0)} req/s average)
latency         p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms
non-2xx         ${result.non2xx}
errors          ${result.errors} transport, ${result.timeouts} timeouts, ${graphqlErrors} GraphQL error bodies`);
  memory('memory at end');
} finally {
  // Let the last in-flight requests finish before the driver goes.
  await new Promise((resolve) => server.close(resolve));
  await runtime.close();
}
