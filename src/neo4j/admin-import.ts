import path from 'node:path';
import { runForLines } from './child-process-lines.js';
import { type Progress, ProvisionError } from './provision.js';

/**
 * `neo4j-admin database import full`, run from the same jars as the server (there is no tarball and so no
 * `bin/neo4j-admin` script: `org.neo4j.cli.AdminTool` is what that script starts). It writes a new store for
 * one database from CSV files, far faster than transactions can, and only while the server is stopped.
 */

export type ImportInput = {
  /** Node and relationship files; each file's first line is its header. */
  nodes: string[];
  relationships: string[];
  /** The array delimiter the files use, as the tool's option takes it (`;` or e.g. `U+001F`). */
  arrayDelimiter: string;
  /** Quoted fields may span lines (article texts); slower to read, so only when asked. */
  multilineFields?: boolean;
};

export type ImportRun = {
  java: { bin: string; flags: string[] };
  classpath: string[];
  home: string;
  conf: string;
  /** Heap of the tool's JVM; most of its memory is off-heap, bounded by maxOffHeap. */
  heap: string;
  maxOffHeap: string;
  /** Where the tool writes its report of bad entries (none are tolerated). */
  reportFile: string;
  database?: string;
};

export function importArguments(input: ImportInput, run: ImportRun): string[] {
  return [
    `-Xmx${run.heap}`,
    ...run.java.flags,
    '-cp',
    run.classpath.join(path.delimiter),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // Before the file lists: they take any number of values and would swallow it.
    run.database ?? 'neo4j',
    // The store is rebuilt from the files: whatever the database held before is replaced.
    '--overwrite-destination=true',
    `--array-delimiter=${input.arrayDelimiter}`,
    // Bad data is a bug in the writer, not something to skip past.
    '--bad-tolerance=0',
    '--strict=true',
    ...(input.multilineFields ? ['--multiline-fields=true'] : []),
    `--max-off-heap-memory=${run.maxOffHeap}`,
    `--report-file=${run.reportFile}`,
    ...input.nodes.map((file) => `--nodes=${file}`),
    ...input.relationships.map((file) => `--relationships=${file}`),
  ];
}

/** Runs the import, passing its progress lines on; rejects with the output's tail when the tool fails. */
export async function runImportFull(input: ImportInput, run: ImportRun, progress: Progress): Promise<void> {
  const { code, tail } = await runForLines(
    run.java.bin,
    importArguments(input, run),
    { cwd: run.home, env: { ...process.env, NEO4J_HOME: run.home, NEO4J_CONF: run.conf } },
    (line) => {
      if (!line.trim()) return;
      // Each stage draws a bar of twenty lines of dots; a quarter at a time says as much.
      const bar = /^[-.\s]+(\d+)%/.exec(line);
      if (bar && Number(bar[1]) % 25 !== 0) return;
      progress(line);
    },
  );
  if (code !== 0) {
    throw new ProvisionError(
      `neo4j-admin database import full failed (exit ${code}); report in ${run.reportFile}. Last lines:\n` +
        tail
          .filter((line) => line.trim())
          .slice(-20)
          .join('\n'),
    );
  }
}
