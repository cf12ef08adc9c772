import { parseArgs } from 'node:util';
import { openBenchDatabase } from '../bench/bench-neo4j.js';
import { presetOrExit } from '../bench/corpus.js';
import { closedLoop, fixedRate, median, type RunResult } from '../bench/load.js';
import { buildShapes, type Shape } from '../bench/shapes.js';
import { createRequestRecorder, postGraphql, type Recording, replay, spawnSystem } from '../bench/systems.js';

const usage =
  'Usage: npm run bench -- [--preset small|large] [--rounds 3] [--duration-ms 3000] [--concurrency 8]\n' +
  '       [--rate 20] [--rate-duration-ms 5000] [--shapes point,paths,...] [--cache] [--servers 2]\n' +
  '  --cache      also measure A+ (claimgraph with the response cache on) as a separate table\n' +
  '  --servers N  run N claimgraph processes (1-4) over the one Neo4j, check that they answer alike, and\n' +
  '               measure AxN (requests round-robin over all N) as a separate table';

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'small' },
    rounds: { type: 'string', default: '3' },
    'duration-ms': { type: 'string', default: '3000' },
    concurrency: { type: 'string', default: '8' },
    rate: { type: 'string', default: '20' },
    'rate-duration-ms': { type: 'string', default: '5000' },
    shapes: { type: 'string' },
    cache: { type: 'boolean', default: false },
    servers: { type: 'string', default: '1' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const preset = presetOrExit(values.preset, usage);
const rounds = Number(values.rounds);
const durationMs = Number(values['duration-ms']);
const concurrency = Number(values.concurrency);
const rate = Number(values.rate);
const rateDurationMs = Number(values['rate-duration-ms']);
const servers = Number(values.servers);
if (!Number.isInteger(servers) || servers < 1 || servers > 4) {
  console.error(`--servers takes 1 to 4, not ${values.servers}\n${usage}`);
  process.exit(2);
}
// Bounds on every run, whatever the flags say: traffic stays small and finite.
const MAX_REQUESTS_PER_RUN = 20_000;

const log = (line: string) => console.log(line);
const started = performance.now();
const db = await openBenchDatabase(preset, log);
// Each server runs in a process of its own, as in production; the load generator and C run in this one.
const claimgraph = await spawnSystem('a', db.server.connection);
const neo4jGraphql = await spawnSystem('b', db.server.connection);
// A+ is the headline's A with yoga's response cache on: a row of its own, never in the A/B headline.
const cached = values.cache ? await spawnSystem('a-cached', db.server.connection) : undefined;
// The server keeps no state between requests, so more processes over the same database must answer alike.
const fleet = [
  claimgraph,
  ...(await Promise.all(Array.from({ length: servers - 1 }, () => spawnSystem('a', db.server.connection)))),
];
log(
  `[bench] A claimgraph ${claimgraph.url} and B @neo4j/graphql ${neo4jGraphql.url} (a process each), ` +
    `C raw neo4j-driver (in the load generator)${cached ? `, A+ claimgraph with the response cache ${cached.url}` : ''}` +
    `${servers > 1 ? `, A×${servers} claimgraph at ${fleet.map((s) => s.url).join(' ')}` : ''}`,
);

// Claimgraph again, in-process over a recording driver: the Cypher it runs for each request, for (C).
const record = createRequestRecorder(db.driver, db.registry);

type Row = {
  shape: Shape;
  equivalent: string;
  recordings: Recording[];
  /** Parameter sets for which another claimgraph process answered differently from the first. */
  fleetMismatches: number;
  runs: { a: RunResult[]; b: RunResult[]; c: RunResult[]; cached: RunResult[]; scaled: RunResult[] };
  fixed?: RunResult;
  fixedCached?: RunResult;
};

const only = values.shapes?.split(',');
const shapes = buildShapes(db.corpus).filter((s) => !only || only.includes(s.name));
const rows: Row[] = [];

try {
  for (const shape of shapes) {
    let mismatches = 0;
    let fleetMismatches = 0;
    let empty = 0;
    const recordings: Recording[] = [];
    for (const p of shape.params) {
      const [a, b] = await Promise.all([
        postGraphql<Record<string, unknown>>(claimgraph.url, shape.a.query, shape.a.vars(p)),
        postGraphql<Record<string, unknown>>(neo4jGraphql.url, shape.b.query, shape.b.vars(p)),
      ]);
      const na = shape.a.normalize(a);
      const nb = shape.b.normalize(b);
      const same =
        JSON.stringify(shape.ordered ? na : [...na].sort()) ===
        JSON.stringify(shape.ordered ? nb : [...nb].sort());
      if (na.length === 0) empty += 1;
      for (const other of fleet.slice(1)) {
        const answer = await postGraphql<Record<string, unknown>>(other.url, shape.a.query, shape.a.vars(p));
        if (JSON.stringify(shape.a.normalize(answer)) !== JSON.stringify(na)) fleetMismatches += 1;
      }
      if (!same) {
        mismatches += 1;
        if (mismatches <= 2) {
          log(
            `[check] ${shape.name} ${JSON.stringify(p)} differs:\n  A ${JSON.stringify(na)}\n  B ${JSON.stringify(nb)}`,
          );
        }
      }
      recordings.push(await record(shape.a.query, shape.a.vars(p)));
    }
    const equivalent =
      mismatches === 0
        ? `yes (${shape.params.length} params)`
        : `NO: ${mismatches}/${shape.params.length} differ`;
    const perRequest = (count: (t: Recording[number][number]) => number) =>
      recordings.reduce((n, r) => n + r.flat().reduce((m, t) => m + count(t), 0), 0) / recordings.length;
    const queries = perRequest((t) => t.queries.length);
    const explicit = perRequest((t) => (t.autoCommit ? 0 : 1));
    log(
      `[check] ${shape.name}: A = B ${equivalent}${empty ? `, ${empty} empty` : ''}; ` +
        `claimgraph runs ${queries.toFixed(1)} queries per request, ${explicit.toFixed(1)} of them in explicit ` +
        'transactions (BEGIN…COMMIT), the rest auto-commit' +
        (servers > 1
          ? `; the other ${servers - 1} process(es) answered alike on ${shape.params.length * (servers - 1) - fleetMismatches} of ${shape.params.length * (servers - 1)}`
          : ''),
    );
    rows.push({
      shape,
      equivalent,
      recordings,
      fleetMismatches,
      runs: { a: [], b: [], c: [], cached: [], scaled: [] },
    });
  }

  const callers = (row: Row) => {
    const { shape, recordings } = row;
    const n = shape.params.length;
    const param = (i: number) => shape.params[i % n] ?? {};
    return {
      a: async (i: number) => {
        await postGraphql(claimgraph.url, shape.a.query, shape.a.vars(param(i)));
      },
      b: async (i: number) => {
        await postGraphql(neo4jGraphql.url, shape.b.query, shape.b.vars(param(i)));
      },
      c: async (i: number) => {
        await replay(db.driver, recordings[i % n] ?? []);
      },
      cached: async (i: number) => {
        if (cached) await postGraphql(cached.url, shape.a.query, shape.a.vars(param(i)));
      },
      scaled: async (i: number) => {
        const server = fleet[i % fleet.length] ?? claimgraph;
        await postGraphql(server.url, shape.a.query, shape.a.vars(param(i)));
      },
    };
  };

  // Systems measured beside the headline's three, each printed in a table of its own.
  const extras = [...(cached ? (['cached'] as const) : []), ...(servers > 1 ? (['scaled'] as const) : [])];
  const label = { a: 'A', b: 'B', c: 'C', cached: 'A+', scaled: `A×${servers}` } as const;
  log(`[bench] warm-up: every shape on every system, ${concurrency} concurrent, 1s each`);
  for (const row of rows) {
    const call = callers(row);
    for (const system of ['a', 'b', 'c', ...extras] as const) {
      await closedLoop(call[system], { concurrency, durationMs: 1000, maxRequests: MAX_REQUESTS_PER_RUN });
    }
  }

  const orders = [
    ['a', 'b', 'c'],
    ['b', 'c', 'a'],
    ['c', 'a', 'b'],
  ] as const;
  for (let round = 0; round < rounds; round++) {
    for (const row of rows) {
      const call = callers(row);
      const order = orders[round % orders.length] ?? orders[0];
      for (const system of [...order, ...extras]) {
        const result = await closedLoop(call[system], {
          concurrency,
          durationMs,
          maxRequests: MAX_REQUESTS_PER_RUN,
        });
        row.runs[system].push(result);
        log(
          `[round ${round + 1}/${rounds}] ${row.shape.name} ${label[system]}: ${result.rps.toFixed(0)} req/s, ` +
            `p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms${result.errors ? `, ${result.errors} errors` : ''}`,
        );
      }
    }
  }

  for (const row of rows) {
    row.fixed = await fixedRate(callers(row).a, { rate, durationMs: rateDurationMs, maxInFlight: 64 });
    log(
      `[fixed ${rate}/s] ${row.shape.name} A: p50 ${row.fixed.p50.toFixed(1)} ms, p99 ${row.fixed.p99.toFixed(1)} ms` +
        `${row.fixed.errors ? `, ${row.fixed.errors} errors` : ''}`,
    );
    if (cached) {
      row.fixedCached = await fixedRate(callers(row).cached, {
        rate,
        durationMs: rateDurationMs,
        maxInFlight: 64,
      });
      log(
        `[fixed ${rate}/s] ${row.shape.name} A+: p50 ${row.fixedCached.p50.toFixed(1)} ms, ` +
          `p99 ${row.fixedCached.p99.toFixed(1)} ms`,
      );
    }
  }

  const fmt = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
  const med = (runs: RunResult[], key: 'rps' | 'p50' | 'p99') => median(runs.map((r) => r[key]));
  log(`\n## ${preset}: medians of ${rounds} rounds, ${concurrency} concurrent, ${durationMs} ms per run\n`);
  log(
    '| shape | A req/s | B req/s | C req/s | A/B | A/C | A p50 | A p99 | B p50 | B p99 | C p99 | ' +
      `A p99 @ ${rate}/s | A = B |`,
  );
  log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const row of rows) {
    const { a, b, c } = row.runs;
    log(
      `| ${row.shape.name} | ${fmt(med(a, 'rps'))} | ${fmt(med(b, 'rps'))} | ${fmt(med(c, 'rps'))} | ` +
        `${fmt(med(a, 'rps') / med(b, 'rps'), 2)} | ${fmt(med(a, 'rps') / med(c, 'rps'), 2)} | ` +
        `${fmt(med(a, 'p50'), 1)} | ${fmt(med(a, 'p99'), 1)} | ${fmt(med(b, 'p50'), 1)} | ${fmt(med(b, 'p99'), 1)} | ` +
        `${fmt(med(c, 'p99'), 1)} | ${fmt(row.fixed?.p99 ?? Number.NaN, 1)} | ${row.equivalent} |`,
    );
  }
  if (cached) {
    log(
      '\n### A+: claimgraph with the response cache on (a row of its own; B has no cache, so A+/B is not the headline)\n',
    );
    log(`| shape | A+ req/s | A req/s | A+/A | A+/B | A+ p50 | A+ p99 | A+ p99 @ ${rate}/s |`);
    log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) {
      const { a, b, cached: plus } = row.runs;
      log(
        `| ${row.shape.name} | ${fmt(med(plus, 'rps'))} | ${fmt(med(a, 'rps'))} | ` +
          `${fmt(med(plus, 'rps') / med(a, 'rps'), 2)} | ${fmt(med(plus, 'rps') / med(b, 'rps'), 2)} | ` +
          `${fmt(med(plus, 'p50'), 1)} | ${fmt(med(plus, 'p99'), 1)} | ${fmt(row.fixedCached?.p99 ?? Number.NaN, 1)} |`,
      );
    }
  }
  if (servers > 1) {
    log(
      `\n### A×${servers}: ${servers} claimgraph processes over the one Neo4j, requests round-robin, ${concurrency} concurrent in all\n`,
    );
    log(
      `| shape | A×${servers} req/s | A req/s | A×${servers}/A | A×${servers} p50 | A×${servers} p99 | answers alike |`,
    );
    log('|---|---:|---:|---:|---:|---:|---|');
    for (const row of rows) {
      const { a, scaled } = row.runs;
      const checked = row.shape.params.length * (servers - 1);
      log(
        `| ${row.shape.name} | ${fmt(med(scaled, 'rps'))} | ${fmt(med(a, 'rps'))} | ` +
          `${fmt(med(scaled, 'rps') / med(a, 'rps'), 2)} | ${fmt(med(scaled, 'p50'), 1)} | ${fmt(med(scaled, 'p99'), 1)} | ` +
          `${row.fleetMismatches === 0 ? `yes (${checked} answers)` : `NO: ${row.fleetMismatches}/${checked} differ`} |`,
      );
    }
  }
  log(`\n(latencies in ms; whole run ${((performance.now() - started) / 1000).toFixed(0)} s)`);
} finally {
  await cached?.close();
  for (const server of fleet) await server.close();
  await neo4jGraphql.close();
  await db.close();
}
