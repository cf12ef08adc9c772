import { availableParallelism } from 'node:os';
import path from 'node:path';
import { loadConfigOrExit } from '../config.js';
import { type FolderProgress, ingestFolder } from '../ingest/ingest-folder.js';
import { createLogger } from '../log.js';
import { openRuntime } from '../runtime.js';

const BAR_WIDTH = 30;

/** "[#########.....]  12/40 files  3 failed  2.1 files/s  ~13 s left  last: x.txt": one line, redrawn. */
export function progressLine(p: FolderProgress, elapsedSeconds: number): string {
  const filled = Math.round((p.done / Math.max(1, p.total)) * BAR_WIDTH);
  const rate = p.done / Math.max(elapsedSeconds, 0.001);
  const left = rate > 0 ? Math.ceil((p.total - p.done) / rate) : 0;
  return (
    `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${p.done}/${p.total} files` +
    `  ${p.failed} failed  ${rate.toFixed(1)} files/s  ~${left} s left  last: ${path.basename(p.last.file)}`
  );
}

/**
 * `npm run extract -- DIR --import`: every DIR/*.txt extracted in parallel workers and imported, with a
 * progress bar on a terminal (a line per file otherwise), then one line per failure and a summary.
 */
export async function importFolder(dir: string, workersArg: string | undefined): Promise<void> {
  const config = loadConfigOrExit();
  const workers = workersArg
    ? Number.parseInt(workersArg, 10)
    : Math.min(config.extraction.workers, availableParallelism());
  if (!Number.isInteger(workers) || workers < 1) {
    console.error(`--workers must be a whole number of at least 1 (found ${JSON.stringify(workersArg)})`);
    process.exit(2);
  }
  const runtime = await openRuntime(config, createLogger(config));
  const started = performance.now();
  const tty = process.stderr.isTTY;
  console.error(`Ingesting the .txt files of ${dir} with ${workers} extraction workers…`);
  try {
    const outcomes = await ingestFolder(runtime.repos, dir, {
      workers,
      timeoutMs: config.extraction.timeoutMs,
      onProgress: (p) => {
        const line = progressLine(p, (performance.now() - started) / 1000);
        if (tty)
          process.stderr.write(
            `\r${line.padEnd(process.stderr.columns ?? 120).slice(0, (process.stderr.columns ?? 120) - 1)}`,
          );
        else console.error(line);
      },
    });
    if (tty) process.stderr.write('\n');
    const failures = outcomes.filter((o) => !o.ok);
    for (const f of failures) if (!f.ok) console.error(`  ${path.basename(f.file)}: ${f.error}`);
    const count = (status: string) => outcomes.filter((o) => o.ok && o.status === status).length;
    const statements = outcomes.reduce((n, o) => n + (o.ok ? o.statements : 0), 0);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${outcomes.length} files in ${seconds.toFixed(1)} s: ${count('created')} created, ${count('updated')} updated, ` +
        `${count('unchanged')} unchanged, ${failures.length} failed; ${statements} statements.`,
    );
    if (failures.length > 0) process.exitCode = 1;
  } finally {
    await runtime.close();
  }
}
