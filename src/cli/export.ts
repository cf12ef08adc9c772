import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { loadConfigOrExit } from '../config.js';
import { parseSelection, resolveSelection } from '../export/filter.js';
import { EXPORT_FORMATS, type ExportProgress, exportChunks, isExportFormat } from '../export/run-export.js';
import { InvalidInputError } from '../graph/errors.js';
import { createLogger } from '../log.js';
import { openRuntime } from '../runtime.js';

const usage =
  'Usage: npm run export -- --format graphml|csv|jsonld|ndjson --out FILE [--filter key=value ...]\n' +
  '  --filter  a statements(filter:) field (speaker, outlet, position, stance, speechAct, mentions, article,\n' +
  '            event, from, to, negated, conditional, textContains, singleSource) or neighborhood=<global id>\n' +
  '            with depth=1..3 and limit=1..100; repeat it, or join pairs with "&"\n' +
  '  --out     the file to write ("-" for standard output)';

const { values } = parseArgs({
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    filter: { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!values.format || !isExportFormat(values.format) || !values.out) {
  console.error(usage);
  process.exit(2);
}
const format = values.format;

let selection: ReturnType<typeof parseSelection>;
try {
  selection = parseSelection(
    values.filter.flatMap((f) => [...new URLSearchParams(f.includes('=') ? f : `${f}=`).entries()]),
  );
} catch (error) {
  if (!(error instanceof InvalidInputError)) throw error;
  console.error(`${error.message}\n\n${usage}`);
  process.exit(2);
}

/** A one-line bar on a terminal, a line every few seconds otherwise (logs, CI). */
function progressPrinter() {
  const tty = process.stderr.isTTY;
  const started = performance.now();
  let lastLine = 0;
  return (p: ExportProgress, final = false) => {
    const now = performance.now();
    if (!final && now - lastLine < (tty ? 100 : 5000)) return;
    lastLine = now;
    const share = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
    const width = 30;
    const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '-');
    const rate = p.done / Math.max((now - started) / 1000, 0.001);
    const line =
      `[${bar}] ${(share * 100).toFixed(0).padStart(3)}% ${p.done.toLocaleString('en')}/` +
      `${p.total.toLocaleString('en')} ${p.unit} ${Math.round(rate).toLocaleString('en')}/s`;
    process.stderr.write(tty ? `\r${line}${final ? '\n' : ''}` : `${line}\n`);
  };
}

/**
 * The largest V8 heap in use seen while exporting, sampled after every chunk and every few milliseconds (a
 * sample can miss the top just before a collection: `--max-old-space-size` is the hard test, this the figure).
 */
function heapSampler() {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, getHeapStatistics().used_heap_size);
  };
  const timer = setInterval(sample, 10);
  timer.unref();
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

const config = loadConfigOrExit();
const log = createLogger(config);
const runtime = await openRuntime(config, log);
const started = performance.now();
const print = progressPrinter();
const heap = heapSampler();
let last: ExportProgress = { unit: 'statements', done: 0, total: 0, skipped: 0 };
let bytes = 0;
try {
  const filter = await resolveSelection(selection, runtime.repos.graphViews);
  const out = values.out === '-' ? process.stdout : createWriteStream(values.out);
  const source = { exports: runtime.repos.exports, statements: runtime.repos.statements };
  for await (const chunk of exportChunks(source, format, filter, (p) => {
    last = p;
    print(p);
  })) {
    bytes += Buffer.byteLength(chunk);
    heap.sample();
    // Waiting for the stream to drain keeps memory at one page when the disk is slower than the database.
    if (!out.write(chunk)) await once(out, 'drain');
  }
  print(last, true);
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
} catch (error) {
  process.exitCode = 1;
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  await runtime.close();
}
const heapPeak = heap.stop();
if (process.exitCode !== 1) {
  const seconds = (performance.now() - started) / 1000;
  const mib = (n: number) => (n / 1024 / 1024).toFixed(0);
  const statements =
    last.statements === undefined ? '' : ` (${last.statements.toLocaleString('en')} statements)`;
  console.error(
    `Wrote ${last.done.toLocaleString('en')} ${last.unit}${statements} as ${EXPORT_FORMATS[format].extension} ` +
      `(${(bytes / 1024 / 1024).toFixed(1)} MiB) to ${values.out} in ${seconds.toFixed(1)}s; ` +
      `peak RSS ${mib(process.resourceUsage().maxRSS * 1024)} MiB; peak heap used ${mib(heapPeak)} MiB ` +
      `(sampled; V8 heap limit ${mib(getHeapStatistics().heap_size_limit)} MiB)` +
      (last.skipped > 0
        ? `; ${last.skipped} further report(s) of other articles' statements cannot be written in the import format`
        : '') +
      (last.lost
        ? `; ${last.lost} reviewed statement(s) orphaned by a re-extraction have no evidence left in their ` +
          "article's text and were left out (their reviews stay in the graph)"
        : ''),
  );
}
