import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleImporter } from '../../../src/ingest/import.js';
import { otherArticleOver, uniqueSeedDocument } from '../../support/documents.js';
import { connectTestGraph } from '../../support/graph.js';

const graph = connectTestGraph();
const created: string[] = [];

beforeAll(() => graph.executor.applySchema());
afterAll(async () => {
  for (const id of created) await graph.repos.ingest.deleteArticleCascade(id);
  await graph.close();
});

/** Counts of one test's data (every id and alias key carries the test's suffix), per label and per type. */
async function counts(suffix: string) {
  const { records } = await graph.driver.executeQuery(
    `MATCH (n) WHERE coalesce(n.id, n.key) CONTAINS $suffix
     WITH collect(n) AS nodes
     CALL (nodes) {
       UNWIND nodes AS n
       RETURN collect(DISTINCT labels(n)[0] + ':' + toString(COUNT { (m) WHERE m IN nodes AND labels(m)[0] = labels(n)[0] })) AS perLabel
     }
     CALL (nodes) {
       UNWIND nodes AS n
       MATCH (n)-[r]->()
       WITH type(r) AS type, count(DISTINCT r) AS count
       RETURN collect(type + ':' + toString(count)) AS perType
     }
     RETURN perLabel, perType`,
    { suffix },
  );
  const row = records[0]?.toObject() as { perLabel: string[]; perType: string[] };
  return Object.fromEntries(
    [...row.perLabel, ...row.perType].map((entry) => {
      const [key = '', value = '0'] = entry.split(':');
      return [key, Number(value)];
    }),
  );
}

describe('concurrent imports', () => {
  it('20 articles sharing actors, imported at once: all succeed and every count is exact', {
    timeout: 300_000,
  }, async () => {
    const { doc, suffix } = uniqueSeedDocument();
    const docs = Array.from({ length: 20 }, (_, i) => otherArticleOver(doc, `c${i}`));
    created.push(...docs.map((d) => d.article.id));

    // Two stores stand for two processes (the server and a CLI import): their writes meet in Neo4j, on the
    // shared actors' locks, where the import's lock order and the executor's retries keep them whole; within
    // one store they queue.
    const stores = Array.from({ length: 2 }, () => new ArticleImporter(graph.executor));
    const outcomes = await Promise.allSettled(
      docs.map((d, i) => (stores[i % stores.length] ?? graph.repos.ingest).importArticle(d)),
    );
    const failed = outcomes.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []));
    expect(failed).toEqual([]);

    // Every count follows from the document: 20 articles' own nodes and edges, one copy of what they share.
    const got = await counts(suffix);
    const perArticle = (f: (st: (typeof doc.statements)[number]) => number) =>
      20 * doc.statements.reduce((n, st) => n + f(st), 0);
    expect(got).toMatchObject({
      Article: 20,
      Statement: 20 * doc.statements.length,
      Actor: doc.actors.length,
      Outlet: doc.outlets.length,
      Position: doc.positions.length,
      Event: doc.events.length,
      REPORTS: 20 * doc.statements.length,
      SAID: perArticle((st) => (st.speaker ? 1 : 0)),
      TAKES_POSITION: perArticle((st) => st.positions.length),
      MENTIONS: perArticle((st) => st.mentions.length),
      CITED_VIA: perArticle((st) => st.citedVia.length),
      HAS_ALIAS: doc.actors.reduce((n, a) => n + a.aliases.length, 0),
    });
    // The shared edges list all 20 articles: no import's attribution was lost to a concurrent one.
    const { records } = await graph.driver.executeQuery(
      `MATCH (a:Actor)-[h:HAS_ALIAS]->() WHERE a.id CONTAINS $suffix RETURN collect(DISTINCT size(h.articles)) AS sizes`,
      { suffix },
    );
    expect(records[0]?.get('sizes').map((n: { toNumber(): number }) => n.toNumber())).toEqual([20]);
  });

  it('20 imports of the same new article from two writers at once: exactly one reports created', {
    timeout: 120_000,
  }, async () => {
    const { doc } = uniqueSeedDocument();
    created.push(doc.article.id);
    const stores = Array.from({ length: 2 }, () => new ArticleImporter(graph.executor));
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (stores[i % stores.length] ?? graph.repos.ingest).importArticle(structuredClone(doc)),
      ),
    );
    const statuses = outcomes.map((o) => o.status).sort();
    expect(statuses.filter((s) => s === 'created')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'unchanged')).toHaveLength(19);
  });
});
