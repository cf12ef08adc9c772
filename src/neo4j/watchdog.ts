import { spawn } from 'node:child_process';

/**
 * The watchdog's own program, run by a separate Node process: when the process that started Neo4j is gone
 * (its parent changes, or its pid stops answering), it stops Neo4j (SIGTERM, SIGKILL after a grace period),
 * and it leaves as soon as Neo4j is gone. Plain JavaScript, so it needs no loader.
 */
const PROGRAM = `
const [owner, neo4j, graceMs] = process.argv.slice(1).map(Number);
const parent = process.ppid;
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };
const watch = setInterval(() => {
  if (!alive(neo4j)) process.exit(0);
  if (process.ppid === parent && alive(owner)) return;
  clearInterval(watch);
  try { process.kill(neo4j, 'SIGTERM'); } catch {}
  const deadline = Date.now() + graceMs;
  setInterval(() => {
    if (!alive(neo4j)) process.exit(0);
    if (Date.now() > deadline) { try { process.kill(neo4j, 'SIGKILL'); } catch {} process.exit(0); }
  }, 250);
}, 500);
`;

export type Watchdog = { pid: number | undefined; release(): void };

/**
 * Makes sure the Neo4j this process started does not outlive it unsupervised, whatever ends this process:
 * an uncaught error, a heap out of memory, SIGKILL. `release` ends the watchdog after a normal shutdown.
 */
export function watchNeo4j(neo4jPid: number, graceMs = 60_000): Watchdog {
  const child = spawn(
    process.execPath,
    ['-e', PROGRAM, String(process.pid), String(neo4jPid), String(graceMs)],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  child.unref();
  return {
    pid: child.pid,
    release: () => {
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(child.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
      }
    },
  };
}
