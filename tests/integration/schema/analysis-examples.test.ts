import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAnalysisFixtures } from '../../support/analysis-fixtures.js';
import { exampleRunner } from '../../support/examples.js';
import { connectTestGraph } from '../../support/graph.js';

// The GraphiQL examples of issue 16 must answer their questions correctly on the analysis fixtures.
const graph = connectTestGraph();
const { run } = exampleRunner(graph);

beforeAll(async () => {
  await graph.executor.applySchema();
  await importAnalysisFixtures(graph.repos.ingest);
});
afterAll(() => graph.close());

describe('GraphiQL examples of the analyst questions', () => {
  it("how did Marrow's stance on the blockade change, and who took which side by month?", async () => {
    const data = await run<{
      actor: {
        stanceTimeline: {
          periods: { label: string; stances: { stance: string }[] }[];
          imprecise: { stance: string; statements: { statedOn: { value: string; precision: string } }[] }[];
          undated: { stance: string }[];
        };
      };
      position: { timeline: { periods: { label: string; stances: { actor: { name: string } }[] }[] } };
    }>('06-marrow-on-the-blockade-over-time.graphql');
    const timeline = data.actor.stanceTimeline;
    expect(timeline.periods.map((p) => [p.label, p.stances.map((s) => s.stance)])).toEqual([
      ['2025-W10', ['SUPPORTS']],
      ['2025-W14', ['OPPOSES']],
    ]);
    expect(timeline.imprecise.map((c) => c.statements[0]?.statedOn)).toEqual([
      { value: '2025-03', precision: 'MONTH' },
    ]);
    expect(timeline.undated.map((c) => c.stance)).toEqual(['SUPPORTS']);
    expect(data.position.timeline.periods.map((p) => [p.label, p.stances.length])).toEqual([
      ['2025-03', 5],
      ['2025-04', 3],
    ]);
  });

  it('who contradicts whom on the blockade?', async () => {
    const data = await run<{
      contradictions: {
        kind: string;
        left: { evidence: { excerpt: string }[] };
        right: { evidence: { excerpt: string }[] };
      }[];
    }>('07-contradictions-on-the-blockade.graphql');
    expect(data.contradictions.map((c) => c.kind)).toEqual([
      'ALLY_DISAGREEMENT',
      'SPEAKER_VARIANT',
      'QUOTE_VARIANT',
      'STANCE_CHANGE',
    ]);
    for (const c of data.contradictions) {
      expect(c.left.evidence.length).toBeGreaterThan(0);
      expect(c.right.evidence.length).toBeGreaterThan(0);
    }
  });

  it("where did Dask's remark come from, what rests on Valdoria Today alone, what did the Harbour Times take?", async () => {
    const data = await run<{
      statement: {
        provenance: { steps: { outlet: { name: string }; role: string }[]; roots: { name: string }[] };
      };
      statements: { totalCount: number; edges: { node: { speaker: { name: string } } }[] };
      outlet: {
        dependence: { statementCount: number; sources: { outlet: { name: string }; share: number }[] };
      };
    }>('08-where-dasks-remark-came-from.graphql');
    expect(data.statement.provenance.steps.map((s) => [s.outlet.name, s.role])).toEqual([
      ['Valdoria Today', 'ORIGINAL_MEDIUM'],
      ['Nordwire', 'AGENCY'],
      ['Harbour Times', 'PUBLISHER'],
      ['Eastline Online', 'PUBLISHER'],
    ]);
    expect(data.statement.provenance.roots).toEqual([{ name: 'Valdoria Today' }]);
    expect(data.statements.totalCount).toBe(2);
    expect(data.statements.edges.map((e) => e.node.speaker.name)).toEqual(['Mira Stoll', 'Oren Dask']);
    expect(data.outlet.dependence).toEqual({
      statementCount: 3,
      ownCount: 2,
      sources: [{ outlet: { name: 'Nordwire', kind: 'WIRE' }, statementCount: 1, share: 0.333 }],
    });
  });
});
