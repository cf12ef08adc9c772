import { describe, expect, inject, it } from 'vitest';
import { waitForDatabaseOnline } from '../../../src/neo4j/database-ready.js';
import { ProvisionError } from '../../../src/neo4j/provision.js';

// The start of a local Neo4j waits for its database, not only for Bolt (see database-ready.ts): a database
// that never comes online must end the wait by its deadline with a reason a person can act on.
describe('waiting for the database to come online', () => {
  const connection = inject('neo4j');
  const wait = (database: string, ms: number) =>
    waitForDatabaseOnline({
      connection: { ...connection, database },
      deadline: Date.now() + ms,
      pid: process.pid,
      serverAlive: () => true,
      progress: () => {},
      explain: () => '(log tail)',
    });

  it('resolves for a database that is online', async () => {
    await expect(wait(connection.database, 30_000)).resolves.toBeUndefined();
  });

  it('gives up at the deadline, saying what it last saw', async () => {
    const started = Date.now();
    const error = await wait('nosuchdatabase', 3_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProvisionError);
    expect((error as Error).message).toContain('database "nosuchdatabase" was not online');
    expect((error as Error).message).toContain('the server lists no database "nosuchdatabase"');
    expect((error as Error).message).toContain('(log tail)');
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
