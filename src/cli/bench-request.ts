import { parseArgs } from 'node:util';
import type { Plugin } from 'graphql-yoga';
import pino from 'pino';
import { createApp } from '../app.js';
import { openBenchDatabase } from '../bench/bench-neo4j.js';
import { presetOrExit } from '../bench/corpus.js';
import { buildShapes } from '../bench/shapes.js';
import { createRequestRecorder, replay } from '../bench/systems.js';
import { Executor } from '../graph/executor.js';
import { createRepositories } from '../repositories.js';

const usage =
  'Usage: npm run bench:request -- [--preset small|large] [--shapes point,search-1hop] [--requests 400]\n' +
  '  CPU microseconds per request, by stage of the GraphQL server, one request at a time, in this process';

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'small' },
    shapes: { type: 'string', default: 'point,search-1hop' },
    requests: { type: 'string', default: '400' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const preset = presetOrExit(values.preset, usage);
const requests = Number(values.requests);
if (!Number.isInteger(requests) || requests < 10 || requests > 20_000) {
  console.error(`--requests takes 10 to 20000, not ${values.requests}\n${usage}`);
  process.exit(2);
}

/**
 * Where a request's CPU goes. Requests run one after another, so the process's CPU time between two hooks is
 * that stage's (the driver's socket work lands in the stage that awaits it, execute). The stages, in order:
 * request (HTTP body and JSON, the other plugins' onRequest/onParams: CSRF, limits, bookmarks, trusted
 * documents), parse, validate (graphql-js rules and graphql-armor's), context, execute (resolvers, loaders,
 * executor and driver, counted while this process waits for Neo4j too but using no CPU then), response (result
 * processing, serialization, the request log line, reading the body).
 */
const STAGES = ['request', 'parse', 'validate', 'context', 'execute', 'response'] as const;
type Stage = (typeof STAGES)[number];

let mark = 0;
let spent: Record<Stage, number> = zero();
function zero(): Record<Stage, number> {
  return { request: 0, parse: 0, validate: 0, context: 0, execute: 0, response: 0 };
}
const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
/** Charges the CPU time since the last mark to `stage`. */
const charge = (stage: Stage) => {
  const now = cpuMicros();
  spent[stage] += now - mark;
  mark = now;
};

const stages: Plugin = {
  onRequest() {
    mark = cpuMicros();
  },
  onParse() {
    charge('request');
    return () => charge('parse');
  },
  onValidate() {
    return () => charge('validate');
  },
  onContextBuilding() {
    return () => charge('context');
  },
  onExecute() {
    return { onExecuteDone: () => charge('execute') };
  },
};

const db = await openBenchDatabase(preset, (line) => console.log(line));
try {
  const executor = new Executor(db.driver, db.registry, { database: 'neo4j' });
  // As `npm start` serves it: a request log line per request (written to /dev/null here), no GraphiQL.
  const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: true }));
  const app = createApp({
    executor,
    repos: createRepositories(executor),
    graphiql: false,
    logger,
    instrumentation: [stages],
  });
  const record = createRequestRecorder(db.driver, db.registry);
  const only = values.shapes.split(',');
  const shapes = buildShapes(db.corpus).filter((s) => only.includes(s.name));
  console.log(
    `\n## ${preset}: CPU µs per request by stage, ${requests} requests per shape, one at a time, after ${requests / 4} warm-up\n`,
  );
  console.log(`| shape | ${STAGES.join(' | ')} | total | wall ms | C (raw driver) CPU µs | A/C CPU |`);
  console.log(`|---|${STAGES.map(() => '---:|').join('')}---:|---:|---:|---:|`);
  for (const shape of shapes) {
    const call = async (i: number) => {
      const p = shape.params[i % shape.params.length] ?? {};
      const response = await app.fetch('http://127.0.0.1/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: shape.a.query, variables: shape.a.vars(p) }),
      });
      const body = await response.text();
      charge('response');
      if (!body.startsWith('{"data"')) throw new Error(`${shape.name} failed: ${body.slice(0, 300)}`);
    };
    for (let i = 0; i < requests / 4; i++) await call(i);
    spent = zero();
    const started = performance.now();
    for (let i = 0; i < requests; i++) await call(i);
    const wall = (performance.now() - started) / requests;
    const a = { ...spent };

    const recordings = [];
    for (const p of shape.params) recordings.push(await record(shape.a.query, shape.a.vars(p)));
    for (let i = 0; i < requests / 4; i++) await replay(db.driver, recordings[i % recordings.length] ?? []);
    const before = cpuMicros();
    for (let i = 0; i < requests; i++) await replay(db.driver, recordings[i % recordings.length] ?? []);
    const c = (cpuMicros() - before) / requests;

    const total = STAGES.reduce((n, s) => n + a[s], 0) / requests;
    console.log(
      `| ${shape.name} | ${STAGES.map((s) => (a[s] / requests).toFixed(0)).join(' | ')} | ${total.toFixed(0)} | ` +
        `${wall.toFixed(2)} | ${c.toFixed(0)} | ${(total / c).toFixed(2)} |`,
    );
  }
  console.log(
    '\n(CPU of this process only; the Neo4j server is not counted. "request" includes reading the body and the ' +
      'other plugins before parsing; "response" includes serialization and the request log line.)',
  );
} finally {
  await db.close();
}
