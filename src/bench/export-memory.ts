import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../config.js';
import { openBenchDatabase } from './bench-neo4j.js';
import { presetOrExit } from './corpus.js';

const usage = 'Usage: npm run bench:export -- [--preset small|large] [--formats csv,graphml,jsonld,ndjson]';
const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'small' },
    formats: { type: 'string', default: 'csv,graphml,jsonld,ndjson' },
  },
});
const preset = presetOrExit(values.preset, usage);
const formats = values.formats.split(',');

/**
 * Peak memory of `npm run export` on a benchmark corpus: each format exported whole and for one article (the
 * baseline: the process with its runtime and nothing to hold), each in a process of its own, so that the
 * figures are the exporter's alone and not the corpus generator's. Memory per exported statement is the
 * difference of the peaks over the difference of the counts: near zero when the export streams.
 */
const db = await openBenchDatabase(preset, (line) => console.log(line));
const dir = mkdtempSync(path.join(tmpdir(), 'claimgraph-export-bench-'));
const [firstArticle] = await db.executor.query<{ article: { id: string } }>('export/page-articles')({
  after: null,
  limit: 1,
});
try {
  const run = (format: string, filter: string[]) => {
    const out = path.join(dir, `export.${format}`);
    const child = spawnSync(
      'npx',
      [
        'tsx',
        'src/cli/export.ts',
        '--format',
        format,
        '--out',
        out,
        ...filter.flatMap((f) => ['--filter', f]),
      ],
      {
        cwd: projectRoot,
        encoding: 'utf8',
        env: {
          ...process.env,
          NEO4J_URI: db.server.connection.uri,
          NEO4J_PASSWORD: db.server.connection.password,
          LOG_LEVEL: 'warn',
        },
      },
    );
    const summary = /Wrote ([\d,]+) (\w+) .*\(([\d.]+) MiB\).* in ([\d.]+)s; peak RSS (\d+) MiB/.exec(
      child.stderr,
    );
    if (child.status !== 0 || !summary) throw new Error(`export ${format} failed:\n${child.stderr}`);
    return {
      items: Number(summary[1]?.replaceAll(',', '')),
      unit: summary[2],
      mib: Number(summary[3]),
      seconds: Number(summary[4]),
      peak: Number(summary[5]),
    };
  };
  console.log(
    `\nformat   | items (whole) | file MiB | seconds | peak RSS whole | peak RSS one article | KiB per item`,
  );
  for (const format of formats) {
    const whole = run(format, []);
    const one = run(format, [`article=${firstArticle?.article.id}`]);
    const perItem =
      ((whole.peak - one.peak) * 1024) / Math.max(1, whole.items - (format === 'ndjson' ? 1 : one.items));
    console.log(
      `${format.padEnd(8)} | ${`${whole.items.toLocaleString('en')} ${whole.unit}`.padEnd(13)} | ` +
        `${whole.mib.toFixed(1).padStart(8)} | ${whole.seconds.toFixed(1).padStart(7)} | ` +
        `${`${whole.peak} MiB`.padStart(14)} | ${`${one.peak} MiB`.padStart(20)} | ${perItem.toFixed(3)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  await db.close();
}
