import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../../src/graph/connect.js';
import { CypherRegistry } from '../../../src/graph/cypher-registry.js';
import { Executor } from '../../../src/graph/executor.js';
import type { AnnotatedArticle } from '../../../src/ingest/format.js';
import { createRepositories } from '../../../src/repositories.js';
import { sortDeep, uniqueSeedDocument } from '../../support/documents.js';
import { createTestNeo4j, destroyTestNeo4j } from '../../support/test-neo4j.js';

describe('Neo4j killed (kill -9) during a multi-article import', () => {
  // Its own server: this test kills it.
  const serverPromise = createTestNeo4j('faults');
  afterAll(async () => destroyTestNeo4j(await serverPromise), 120_000);

  it('keeps every acknowledged article complete, none partial, none duplicated', {
    timeout: 300_000,
  }, async () => {
    const server = await serverPromise;
    await server.start();
    const open = () => {
      const driver = createDriver(server.connection);
      const executor = new Executor(driver, new CypherRegistry(), { database: 'neo4j' });
      return { driver, executor, repos: createRepositories(executor) };
    };
    const first = open();
    await first.executor.applySchema();

    const documents: AnnotatedArticle[] = Array.from({ length: 40 }, () => uniqueSeedDocument().doc);
    const ledger: string[] = [];
    let inFlight: string | undefined;
    const KILL_AFTER = 12;
    for (const doc of documents) {
      inFlight = doc.article.id;
      if (ledger.length === KILL_AFTER) {
        // The crash lands while this article's transaction is open or about to be.
        setTimeout(() => server.kill(), 5);
      }
      try {
        await first.repos.ingest.importArticle(doc);
        ledger.push(doc.article.id);
      } catch {
        break;
      }
    }
    await first.driver.close().catch(() => {});
    expect(ledger.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(ledger.length).toBeLessThan(documents.length);

    await server.start();
    const second = open();
    try {
      for (const id of ledger) {
        const doc = documents.find((d) => d.article.id === id);
        const back = await second.repos.ingest.getArticleAnnotation(id);
        expect(sortDeep(back), `acknowledged article ${id}`).toEqual(sortDeep(doc));
      }
      // The article in flight at the crash is all there or not there at all.
      const pending = documents.find((d) => d.article.id === inFlight);
      expect(pending, 'an import was in flight at the crash').toBeDefined();
      expect(ledger).not.toContain(inFlight);
      const back = await second.repos.ingest.getArticleAnnotation(String(inFlight));
      const landed = back !== undefined;
      expect(landed ? sortDeep(back) : 'absent').toEqual(landed ? sortDeep(pending) : 'absent');
      const { records } = await second.driver.executeQuery(
        'MATCH (a:Article) OPTIONAL MATCH (a)-[:REPORTS]->(s:Statement) RETURN count(DISTINCT a) AS articles, count(s) AS reports, count(DISTINCT s) AS statements',
      );
      const counts = records[0]?.toObject() as Record<string, { toNumber(): number }>;
      const articles = counts.articles?.toNumber() ?? 0;
      expect(articles).toBe(ledger.length + (landed ? 1 : 0));
      // No statement is duplicated: every report points at its own statement node.
      expect(counts.reports?.toNumber()).toBe(counts.statements?.toNumber());
      expect(counts.statements?.toNumber()).toBe(articles * (documents[0]?.statements.length ?? 0));
    } finally {
      await second.driver.close();
      await server.stop();
    }
  });
});
