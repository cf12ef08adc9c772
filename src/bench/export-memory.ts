import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../config.js';
import { openBenchDatabase } from './bench-neo4j.js';
import { presetOrExit } from './corpus.js';

const usage =
  'Usage: npm run bench:export -- [--preset small|large] [--formats csv,graphml,jsonld,ndjson] [--heap-mb 64[,32,...]]\n' +
  '  --heap-mb  run each export with a V8 heap of at most this many MiB (--max-old-space-size, and a 1 MiB\n' +
  '             semi-space): a run that needs more dies and is reported as over the limit; several sizes are\n' +
  '             tried one after the other';
const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'small' },
    formats: { type: 'string', default: 'csv,graphml,jsonld,ndjson' },
    'heap-mb': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const preset = presetOrExit(values.preset, usage);
const formats = values.formats.split(',');
const heaps = values['heap-mb']?.split(',').map(Number) ?? [null];
if (heaps.some((h) => h !== null && !(Number.isInteger(h) && h >= 8))) {
  console.error(`--heap-mb takes whole numbers of MiB, 8 or more\n\n${usage}`);
  process.exit(2);
}

type Run =
  | {
      ok: true;
      items: number;
      unit: string;
      statements: number;
      mib: number;
      seconds: number;
      rss: number;
      heapUsed: number;
      heapLimit: number;
    }
  | { ok: false; reason: string };

/**
 * Peak memory of `npm run export` on a benchmark corpus: each format exported whole and for one article (the
 * baseline: the process with its runtime and nothing to hold; the `article` filter is an anchor, so every format
 * reads that article's statements and no others), each in a process of its own, so that the figures are the
 * exporter's alone and not the corpus generator's. Memory per exported statement is the difference of the peaks
 * over the difference of the counts: near zero when the export streams. With `--heap-mb` the export runs in a
 * V8 heap of that size: completing is the proof that it streams, whatever V8 would have chosen to keep.
 */
const db = await openBenchDatabase(preset, (line) => console.log(line));
const dir = mkdtempSync(path.join(tmpdir(), 'claimgraph-export-bench-'));
const [firstArticle] = await db.executor.query<{ article: { id: string } }>('export/page-articles')({
  after: null,
  until: null,
  ids: null,
  limit: 1,
});

const SUMMARY =
  /Wrote ([\d,]+) (\w+)(?: \(([\d,]+) statements\))? .*\(([\d.]+) MiB\).* in ([\d.]+)s; peak RSS (\d+) MiB; peak heap used (\d+) MiB \(sampled; V8 heap limit (\d+) MiB\)/;

/** One export in a child process of its own; its progress lines are passed on, prefixed. */
function run(format: string, filter: string[], heapMb: number | null, label: string): Promise<Run> {
  const out = path.join(dir, `export.${format}`);
  const heapFlags = heapMb === null ? [] : [`--max-old-space-size=${heapMb}`, '--max-semi-space-size=1'];
  const args = [
    ...heapFlags,
    '--import',
    'tsx',
    'src/cli/export.ts',
    '--format',
    format,
    '--out',
    out,
    ...filter.flatMap((f) => ['--filter', f]),
  ];
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      NEO4J_URI: db.server.connection.uri,
      NEO4J_PASSWORD: db.server.connection.password,
      LOG_LEVEL: 'warn',
    },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    stderr += text;
    for (const line of text.split('\n')) if (line.startsWith('[')) console.log(`  ${label} ${line}`);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const summary = SUMMARY.exec(stderr);
      if (code === 0 && summary) {
        const [, items, unit, statements, mib, seconds, rss, heapUsed, heapLimit] = summary;
        const count = (n: string | undefined) => Number(n?.replaceAll(',', ''));
        resolve({
          ok: true,
          items: count(items),
          unit: unit as string,
          statements: statements === undefined ? count(items) : count(statements),
          mib: Number(mib),
          seconds: Number(seconds),
          rss: Number(rss),
          heapUsed: Number(heapUsed),
          heapLimit: Number(heapLimit),
        });
      } else if (/heap out of memory|Reached heap limit/.test(stderr)) {
        resolve({ ok: false, reason: `over the ${heapMb} MiB heap` });
      } else {
        resolve({
          ok: false,
          reason: `failed (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n').at(-1)}`,
        });
      }
    });
  });
}

const cell = (r: Run, show: (r: Extract<Run, { ok: true }>) => string) => (r.ok ? show(r) : '');
const columns = [
  'format',
  'heap limit',
  'written (whole)',
  'file MiB',
  'seconds',
  'statements/s',
  'peak RSS whole',
  'peak heap used whole',
  'one article',
  'peak RSS one',
  'peak heap used one',
  'KiB per statement (RSS)',
];
const rows: string[][] = [];
try {
  for (const format of formats) {
    for (const heapMb of heaps) {
      const limit = heapMb === null ? 'default' : `${heapMb} MiB`;
      console.log(`[bench] ${format}, heap ${limit}: whole export…`);
      const whole = await run(format, [], heapMb, `${format} whole`);
      console.log(`[bench] ${format}, heap ${limit}: one article (${firstArticle?.article.id})…`);
      const one = await run(format, [`article=${firstArticle?.article.id}`], heapMb, `${format} one`);
      const perStatement =
        whole.ok && one.ok
          ? (((whole.rss - one.rss) * 1024) / Math.max(1, whole.statements - one.statements)).toFixed(3)
          : '';
      rows.push([
        format,
        whole.ok ? `${whole.heapLimit} MiB${heapMb === null ? ' (default)' : ''}` : limit,
        whole.ok
          ? `${whole.items.toLocaleString('en')} ${whole.unit}` +
            (whole.unit === 'statements' ? '' : ` (${whole.statements.toLocaleString('en')} statements)`)
          : whole.reason,
        cell(whole, (r) => r.mib.toFixed(1)),
        cell(whole, (r) => r.seconds.toFixed(1)),
        cell(whole, (r) => Math.round(r.statements / Math.max(r.seconds, 0.001)).toLocaleString('en')),
        cell(whole, (r) => `${r.rss} MiB`),
        cell(whole, (r) => `${r.heapUsed} MiB`),
        one.ok
          ? `${one.statements.toLocaleString('en')} statements, ${one.seconds.toFixed(1)} s`
          : one.reason,
        cell(one, (r) => `${r.rss} MiB`),
        cell(one, (r) => `${r.heapUsed} MiB`),
        perStatement,
      ]);
      console.log(`[bench] ${rows.at(-1)?.join(' | ')}`);
    }
  }
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n${line(columns)}\n${line(widths.map((w) => '-'.repeat(w)))}`);
  for (const r of rows) console.log(line(r));
} finally {
  rmSync(dir, { recursive: true, force: true });
  await db.close();
}
