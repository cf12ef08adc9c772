import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_BELOW } from '../../../src/extract/confidence.js';
import { extractArticle } from '../../../src/extract/index.js';
import { seedDocument } from '../../support/documents.js';
import { exampleRunner } from '../../support/examples.js';
import { connectTestGraph } from '../../support/graph.js';
import { REVIEW_STORY } from '../../support/review-story.js';

// The operations GraphiQL opens with must answer their question correctly on the seed article.
const graph = connectTestGraph();
const seed = seedDocument();
const { examples, run } = exampleRunner(graph);
const peskov = seed.statements.filter((s) => s.speaker === 'dmitry-peskov');

beforeAll(async () => {
  await graph.executor.applySchema();
  await graph.repos.ingest.importArticle(seed);
});
afterAll(() => graph.close());

describe('GraphiQL example operations', () => {
  it('are all covered here', () => {
    expect([...examples.keys()]).toEqual([
      '01-peskov-on-nato-expansion.graphql',
      '02-peskov-outlets.graphql',
      '03-russia-on-sanctions.graphql',
      '04-single-outlet-statements.graphql',
      '05-cnn-to-nato.graphql',
      // Issue 16's, on the analysis fixtures: tests/integration/schema/analysis-examples.test.ts.
      '06-marrow-on-the-blockade-over-time.graphql',
      '07-contradictions-on-the-blockade.graphql',
      '08-where-dasks-remark-came-from.graphql',
      '09-review-queue.graphql',
    ]);
  });

  it('what did Peskov say about NATO expansion?', async () => {
    const data = await run<{
      actor: { statements: { totalCount: number; edges: { node: { text: string } }[] } };
    }>('01-peskov-on-nato-expansion.graphql');
    const expected = peskov.filter((s) => s.positions.some((p) => p.position === 'nato-expansion'));
    expect(data.actor.statements.totalCount).toBe(expected.length);
    expect(data.actor.statements.edges.map((e) => e.node.text).sort()).toEqual(
      expected.map((s) => s.text).sort(),
    );
  });

  it('through which outlets is Peskov cited?', async () => {
    const data = await run<{
      outletCoverage: { outlet: { name: string }; originalMediumCount: number; citedViaCount: number }[];
    }>('02-peskov-outlets.graphql');
    const byName = new Map(data.outletCoverage.map((c) => [c.outlet.name, c]));
    expect(byName.get('CNN')).toMatchObject({
      originalMediumCount: peskov.filter((s) => s.originalMedium === 'cnn').length,
      citedViaCount: peskov.filter((s) => s.citedVia.includes('cnn')).length,
    });
    expect(byName.get('Sputnik')).toMatchObject({
      citedViaCount: peskov.filter((s) => s.citedVia.includes('sputnik')).length,
    });
  });

  it("what is Russia's stance on sanctions?", async () => {
    const data = await run<{
      stanceMatrix: { stance: string; statements: { text: string; speaker: { name: string } }[] }[];
    }>('03-russia-on-sanctions.graphql');
    const expected = seed.statements.flatMap((s) =>
      s.positions.filter((p) => p.position === 'sanctions').map((p) => p.stance.toUpperCase()),
    );
    expect(data.stanceMatrix.length).toBeGreaterThan(0);
    expect(data.stanceMatrix.map((c) => c.stance).sort()).toEqual([...new Set(expected)].sort());
    const speakers = new Set(data.stanceMatrix.flatMap((c) => c.statements.map((s) => s.speaker.name)));
    expect(speakers).toContain('Dmitry Peskov');
  });

  it('which statements rest on a single outlet?', async () => {
    const data = await run<{
      statements: { edges: { node: { text: string; corroboration: number } }[] };
    }>('04-single-outlet-statements.graphql');
    const expected = seed.statements.filter(
      (s) => new Set([s.originalMedium, ...s.citedVia].filter(Boolean)).size === 1,
    );
    const texts = data.statements.edges.map((e) => e.node.text);
    for (const s of expected) expect(texts).toContain(s.text);
    expect(data.statements.edges.every((e) => e.node.corroboration === 1)).toBe(true);
  });

  it('how is CNN connected to NATO?', async () => {
    const data = await run<{
      paths: { nodes: { id: string }[]; edges: { source: string; target: string }[] };
    }>('05-cnn-to-nato.graphql');
    const ids = new Set(data.paths.nodes.map((n) => n.id));
    expect(ids).toContain('Outlet:cnn');
    expect(ids).toContain('Actor:nato');
    for (const edge of data.paths.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
    }
    // Walk the edges undirected from CNN: NATO must be reachable.
    const reached = new Set(['Outlet:cnn']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const { source, target } of data.paths.edges) {
        for (const [a, b] of [
          [source, target],
          [target, source],
        ] as const) {
          if (reached.has(a) && !reached.has(b)) {
            reached.add(b);
            grew = true;
          }
        }
      }
    }
    expect(reached).toContain('Actor:nato');
  });

  it('which extracted statements should a person check?', async () => {
    // The seed is a hand annotation (nothing to review): an extracted story with one doubtful attribution.
    const id = `example-review-${Date.now().toString(36)}`;
    await graph.repos.ingest.importArticle(extractArticle(REVIEW_STORY, { id, publisher: 'Reuters' }));
    try {
      const data = await run<{
        statements: {
          totalCount: number;
          edges: {
            node: {
              id: string;
              confidence: number;
              extractedBy: { name: string };
              speaker: { name: string };
            };
          }[];
        };
      }>('09-review-queue.graphql');
      const nodes = data.statements.edges.map((e) => e.node);
      expect(nodes.every((n) => n.confidence < REVIEW_BELOW)).toBe(true);
      expect(nodes.filter((n) => n.id.startsWith(`Statement:${id}:`))).toEqual([
        {
          id: `Statement:${id}:s05`,
          text: 'New sanctions against Russia would fail.',
          confidence: 0.6,
          extractedBy: { name: 'claimgraph-extract', version: '1' },
          speaker: { name: 'Volkov' },
          positions: [{ position: { name: expect.any(String) }, stance: 'OPPOSES' }],
          evidence: [
            // The extractor's evidence is the whole sentence; text given without a title has none.
            {
              excerpt: 'Volkov thinks that new sanctions against Russia would fail.',
              article: { title: null },
            },
          ],
        },
      ]);
    } finally {
      await graph.repos.ingest.deleteArticleCascade(id);
    }
  });
});
