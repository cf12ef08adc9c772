import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../../src/bench/corpus.js';
import { BulkLoader } from '../../../src/graph/bulk-load.js';
import { connectTestGraph } from '../../support/graph.js';

const suffix = randomUUID().slice(0, 8);
const corpus = new Corpus({
  statements: 120,
  actors: 15,
  outlets: 5,
  articles: 30,
  positions: 6,
  events: 4,
  seed: 11,
  suffix,
});

describe('bulk import of a benchmark corpus', () => {
  const graph = connectTestGraph();
  const importer = new BulkLoader(graph.executor);
  const marker = `test-${suffix}`;

  beforeAll(async () => {
    await graph.executor.applySchema();
    const progress: number[] = [];
    const result = await importer.import(corpus, {
      batchSize: 50,
      marker,
      onProgress: (p) => progress.push(p.statements),
    });
    expect(result.statements).toBe(120);
    expect(progress.at(-1)).toBe(120);
  });

  afterAll(async () => {
    await importer.deleteCorpus(corpus, marker);
    await graph.close();
  });

  it('skips a corpus whose marker says it is loaded', async () => {
    expect(await importer.isLoaded(marker)).toBe(true);
    expect((await importer.import(corpus, { marker })).skipped).toBe(true);
  });

  it('reads back through the API: an article with its statements and exact evidence', async () => {
    const article = corpus.article(3);
    const first = article.statements[0];
    expect(first).toBeDefined();
    const { data, errors } = await graph.graphql<{
      article: { key: string; text: string; publisher: { key: string } };
      statement: {
        key: string;
        text: string;
        speaker: { key: string };
        positions: { stance: string; position: { key: string } }[];
        evidence: { start: number; end: number; excerpt: string; article: { key: string } }[];
      };
    }>(
      `query($article: ID!, $statement: ID!) {
        article(id: $article) { key text publisher { key } }
        statement(id: $statement) {
          key text speaker { key } positions { stance position { key } }
          evidence { start end excerpt article { key } }
        }
      }`,
      { article: article.id, statement: first?.id },
    );
    expect(errors).toBeUndefined();
    expect(data?.article).toEqual({
      key: article.id,
      text: article.text,
      publisher: { key: article.publisher },
    });
    expect(data?.statement.key).toBe(first?.id);
    expect(data?.statement.speaker.key).toBe(first?.speaker);
    expect(data?.statement.positions.map((p) => p.position.key).sort()).toEqual(
      first?.positions.map((p) => p.position).sort(),
    );
    const [evidence] = data?.statement.evidence ?? [];
    expect(evidence?.article.key).toBe(article.id);
    expect(article.text.slice(evidence?.start, evidence?.end)).toBe(evidence?.excerpt);
  });

  it("counts an actor's statements like the corpus does", async () => {
    const speaker = corpus.entities().actors[0]?.id ?? '';
    const expected = [...corpus.articles()].flatMap((a) => a.statements).filter((s) => s.speaker === speaker);
    const { data, errors } = await graph.graphql<{ actor: { statements: { totalCount: number } } }>(
      'query($id: ID!) { actor(id: $id) { statements(first: 5) { totalCount } } }',
      { id: speaker },
    );
    expect(errors).toBeUndefined();
    expect(data?.actor.statements.totalCount).toBe(expected.length);
  });

  it('writes the same provenance as an article import, so deleting a bulk article takes back exactly its own', async () => {
    const { records } = await graph.driver.executeQuery(
      `MATCH (a:Article)-[:REPORTS]->(s:Statement) WHERE a.id CONTAINS $suffix
       CALL (s) {
         MATCH (s)-[r:SAID_TO|TAKES_POSITION|MENTIONS|CONCERNS]->() RETURN r
         UNION ALL
         MATCH (s)<-[r:SAID]-() RETURN r
       }
       RETURN r.articles = [a.id] AS attributed, count(*) AS edges`,
      { suffix },
    );
    const counts = Object.fromEntries(
      records.map((r) => [String(r.get('attributed')), r.get('edges').toNumber()]),
    );
    expect(counts.false ?? 0).toBe(0);
    expect(counts.true).toBeGreaterThan(120);

    const article = corpus.article(0);
    const footprint = async () => {
      const { records: rows } = await graph.driver.executeQuery(
        `MATCH (n) WHERE coalesce(n.id, n.key) CONTAINS $suffix
         RETURN count(n) AS nodes, COUNT { MATCH (m)-[r]->() WHERE coalesce(m.id, m.key) CONTAINS $suffix } AS rels`,
        { suffix },
      );
      return { nodes: rows[0]?.get('nodes').toNumber(), rels: rows[0]?.get('rels').toNumber() };
    };
    const before = await footprint();
    expect(await graph.repos.ingest.deleteArticleCascade(article.id)).toBe(true);
    const after = await footprint();
    const evidence = article.statements.reduce((n, st) => n + st.evidence.length, 0);
    // The article, its statements and their evidence go; nothing of the shared entities does.
    expect(before.nodes - (after.nodes ?? 0)).toBe(1 + article.statements.length + evidence);
  });
});
