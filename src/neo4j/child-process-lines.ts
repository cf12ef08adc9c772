import { type SpawnOptions, spawn } from 'node:child_process';

export type ChildOutcome = {
  /** Exit status (1 when the process was killed by a signal). */
  code: number;
  /** The last lines it printed on stdout and stderr together, for an error message. */
  tail: string[];
};

/**
 * Runs a tool (Maven, neo4j-admin) to its end, handing every whole line it prints to `onLine` as it comes, so
 * that long work can report progress instead of leaving the terminal silent, and keeping the last lines for the
 * error when it fails.
 */
export function runForLines(
  command: string,
  args: string[],
  options: SpawnOptions,
  onLine: (line: string) => void,
  keep = 40,
): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        tail.push(line);
        if (tail.length > keep) tail.shift();
        onLine(line);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('error', reject);
    child.on('close', (status) => resolve({ code: status ?? 1, tail }));
  });
}
