import { describe, expect, it } from 'vitest';

/**
 * The explorer's data-out logic without a browser: which part of a statement that arrives on the live feed joins
 * the picture, and the selection a view sends to the server's exports. Imported by URL, as plain browser modules.
 */
const load = async <T>(name: string) =>
  (await import(new URL(`../../../src/explore/public/${name}`, import.meta.url).href)) as T;

type ApiNode = { id: string; type: string; label: string; hiddenNeighbors?: number };
type ApiEdge = { id: string; type: string; source: string; target: string };
type ApiGraph = { nodes: ApiNode[]; edges: ApiEdge[] };
const data = await load<{
  partInView(
    around: ApiGraph,
    statementId: string,
    drawn: Set<string>,
  ): { graph: ApiGraph; anchor: string } | null;
}>('graph-data.js');
const viewState = await load<{
  parseHash(hash: string): unknown;
  exportSelection(state: unknown, scope: 'view' | 'all'): URLSearchParams;
}>('view-state.js');

const node = (id: string, type: string, hiddenNeighbors = 0): ApiNode => ({
  id,
  type,
  label: id,
  hiddenNeighbors,
});
const edge = (type: string, source: string, target: string): ApiEdge => ({
  id: `${source}-${type}-${target}`,
  type,
  source,
  target,
});

describe('a statement from the live feed', () => {
  const around: ApiGraph = {
    nodes: [
      node('S:new', 'Statement'),
      node('A:peskov', 'Actor', 30),
      node('P:nato', 'Position', 2),
      node('O:tass', 'Outlet'),
    ],
    edges: [
      edge('SAID', 'A:peskov', 'S:new'),
      edge('TAKES_POSITION', 'S:new', 'P:nato'),
      edge('CITED_VIA', 'S:new', 'O:tass'),
    ],
  };

  it('joins the picture with the drawn nodes it touches, grown from its speaker', () => {
    const part = data.partInView(around, 'S:new', new Set(['A:peskov', 'P:nato', 'X:other']));
    expect(part?.anchor).toBe('A:peskov');
    expect(part?.graph.nodes.map((n) => n.id).sort()).toEqual(['A:peskov', 'P:nato', 'S:new']);
    expect(part?.graph.edges.map((e) => e.type).sort()).toEqual(['SAID', 'TAKES_POSITION']);
    // The outlet is not drawn: the statement says so as "+1 more".
    expect(part?.graph.nodes.find((n) => n.id === 'S:new')?.hiddenNeighbors).toBe(1);
  });

  it('has no place in a picture it does not touch', () => {
    expect(data.partInView(around, 'S:new', new Set(['X:other']))).toBeNull();
  });

  it('grows from another drawn end when its speaker is not drawn', () => {
    expect(data.partInView(around, 'S:new', new Set(['O:tass']))?.anchor).toBe('O:tass');
  });
});

describe('the selection a view sends to the server exports', () => {
  const state = viewState.parseHash(
    '#mode=neighborhood&focus=Actor:dmitry-peskov&depth=2&expand=Outlet:cnn&position=Position:nato-expansion&stance=opposes&outlet=Outlet:cnn&since=2022-01-01&until=2022-01-31&hide=article',
  );

  it('is the focus with its depth and cap plus the statement filters', () => {
    expect(Object.fromEntries(viewState.exportSelection(state, 'view'))).toEqual({
      neighborhood: 'Actor:dmitry-peskov',
      depth: '2',
      limit: '25',
      position: 'Position:nato-expansion',
      stance: 'opposes',
      outlet: 'Outlet:cnn',
      from: '2022-01-01',
      to: '2022-01-31',
    });
  });

  it('is the filters alone for the whole graph, and for a paths view', () => {
    const filtersOnly = {
      position: 'Position:nato-expansion',
      stance: 'opposes',
      outlet: 'Outlet:cnn',
      from: '2022-01-01',
      to: '2022-01-31',
    };
    expect(Object.fromEntries(viewState.exportSelection(state, 'all'))).toEqual(filtersOnly);
    const paths = viewState.parseHash('#mode=paths&from=Outlet:cnn&to=Actor:nato');
    expect(viewState.exportSelection(paths, 'view').toString()).toBe('');
  });
});
