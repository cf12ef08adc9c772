import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('Neo4j watchdog', () => {
  it('stops the database when the process that started it is killed (SIGKILL runs no handler)', {
    timeout: 60_000,
  }, async () => {
    // Stands in for the Neo4j JVM: a detached process that runs until someone stops it.
    const database = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      detached: true,
      stdio: 'ignore',
    });
    database.unref();
    const databasePid = database.pid as number;
    // Stands in for `npm start`: it starts the watchdog, says so, and waits to be killed.
    const owner = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `const { watchNeo4j } = await import('./src/neo4j/watchdog.ts');
         watchNeo4j(${databasePid}, 2000); console.log('watching'); setInterval(() => {}, 1000);`,
      ],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) => {
        owner.stdout.on('data', (chunk) => String(chunk).includes('watching') && resolve());
      });
      expect(alive(databasePid)).toBe(true);
      owner.kill('SIGKILL');
      await once(owner, 'exit');
      const deadline = Date.now() + 30_000;
      while (alive(databasePid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(alive(databasePid)).toBe(false);
    } finally {
      if (alive(databasePid)) process.kill(databasePid, 'SIGKILL');
    }
  });
});
