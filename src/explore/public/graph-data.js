import { key, truncate, word } from './dom.js';
import { MAX_STANCE_SLICES, STANCE_COLORS } from './graph-style.js';

/** What an edge says on the canvas. */
export function edgeLabel(type, props) {
  switch (type) {
    case 'TAKES_POSITION':
      return word(props.stance) || 'takes position';
    case 'MENTIONS':
      return key(props.role) === 'target' ? 'targets' : 'mentions';
    case 'CITES':
      return key(props.role) === 'image' ? 'image credit' : 'cites';
    case 'AFFILIATED_WITH':
      return props.role ? word(props.role) : 'affiliated with';
    default:
      return word(type);
  }
}

/** A node's label on the canvas: shortened, with what is not drawn yet. */
export function canvasLabel(node) {
  const max = node.type === 'statement' ? 44 : 30;
  const label = truncate(node.label, max);
  return node.hidden > 0 ? `${label}\n+${node.hidden} more` : label;
}

/** How many of the edges touch each node (a loop once). */
function countEnds(edges) {
  const counts = new Map();
  for (const e of edges) {
    for (const end of new Set([e.source, e.target])) counts.set(end, (counts.get(end) ?? 0) + 1);
  }
  return counts;
}

/**
 * Merges API graphs into Cytoscape elements. A node's "+n more" is what the API says it has beyond what is
 * drawn: each result tells its relationship total (hiddenNeighbors plus its edges in that result), and whatever
 * of that total is now drawn from any result is no longer hidden.
 *
 * @param {any[]} graphs
 */
export function mergeGraphs(graphs) {
  const nodes = new Map();
  const edges = new Map();
  const totals = new Map();
  for (const graph of graphs) {
    const edgesHere = countEnds(graph.edges);
    for (const e of graph.edges) edges.set(e.id, e);
    for (const n of graph.nodes) {
      if (!nodes.has(n.id)) nodes.set(n.id, n);
      const total = (n.hiddenNeighbors ?? 0) + (edgesHere.get(n.id) ?? 0);
      totals.set(n.id, Math.max(totals.get(n.id) ?? 0, total));
    }
  }
  const drawn = countEnds([...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)));
  const elements = [];
  for (const n of nodes.values()) {
    const hidden = Math.max(0, (totals.get(n.id) ?? 0) - (drawn.get(n.id) ?? 0));
    const data = { id: n.id, apiType: n.type, type: key(n.type), kind: key(n.kind), label: n.label, hidden };
    data.display = canvasLabel(data);
    elements.push({ group: 'nodes', data });
  }
  for (const e of edges.values()) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    const props = e.properties && typeof e.properties === 'object' ? e.properties : {};
    const label = edgeLabel(e.type, props);
    elements.push({
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        stance: props.stance ? key(props.stance) : undefined,
        role: props.role ? key(props.role) : undefined,
        props,
        baseLabel: label,
        label,
        labelAt: 'mid',
        labelOffset: 30,
      },
    });
  }
  return elements;
}

/** The distinct stances of a statement, in the order it takes them. */
export function stancesOf(statement) {
  return [...new Set((statement?.positions ?? []).map((p) => key(p.stance)).filter(Boolean))];
}

/**
 * Puts what the API knows of each drawn statement on the canvas: its stances as slices of its disc, the
 * "said" edge coloured and labelled with them, and its date for the date filter.
 *
 * @param {any} cy
 * @param {Map<string, any>} facts statement facts by global id (see statement-facts.js)
 */
export function markStatements(cy, facts) {
  cy.batch(() => {
    cy.nodes('[type = "statement"]').forEach((node) => {
      const statement = facts.get(node.id());
      if (!statement) return;
      const stances = stancesOf(statement);
      const shown = stances.slice(0, MAX_STANCE_SLICES);
      const data = {
        factsLoaded: true,
        stances,
        positions: (statement.positions ?? []).map((p) => ({ id: p.position?.id, stance: key(p.stance) })),
        sliceSize: shown.length ? 100 / shown.length : 0,
        statedOn: statement.statedOn?.value ?? null,
      };
      for (let i = 1; i <= MAX_STANCE_SLICES; i += 1)
        data[`stance${i}`] = STANCE_COLORS[shown[i - 1]] ?? undefined;
      node.data(data);
      node.incomers('edge[type = "SAID"]').forEach((edge) => {
        const label = stances.length ? `said · ${stances.join(', ')}` : 'said';
        edge.data({ stance: stances.length === 1 ? stances[0] : undefined, baseLabel: label, label });
      });
    });
  });
}
