import { key, truncate, word } from './dom.js';
import { MAX_STANCE_SLICES, STANCE_COLORS } from './graph-style.js';

/**
 * What an edge says on the canvas.
 *
 * @param {string} type
 * @param {Record<string, unknown>} props
 */
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

/**
 * A node's label on the canvas: shortened, with what is not drawn yet.
 *
 * @param {{ type: string, label: string, hidden: number }} node
 */
export function canvasLabel(node) {
  const max = node.type === 'statement' ? 44 : 30;
  const label = truncate(node.label, max);
  return node.hidden > 0 ? `${label}\n+${node.hidden} more` : label;
}

/**
 * How many of the edges touch each node (a loop once).
 *
 * @param {import('./types.js').ApiEdge[]} edges
 */
function countEnds(edges) {
  /** @type {Map<string, number>} */
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
 * @param {import('./types.js').ApiGraph[]} graphs
 * @returns {import('./types.js').ElementDefinition[]}
 */
export function mergeGraphs(graphs) {
  /** @type {Map<string, import('./types.js').ApiNode>} */
  const nodes = new Map();
  /** @type {Map<string, import('./types.js').ApiEdge>} */
  const edges = new Map();
  /** @type {Map<string, number>} */
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
  /** @type {import('./types.js').ElementDefinition[]} */
  const elements = [];
  for (const n of nodes.values()) {
    const hidden = Math.max(0, (totals.get(n.id) ?? 0) - (drawn.get(n.id) ?? 0));
    const base = { id: n.id, apiType: n.type, type: key(n.type), kind: key(n.kind), label: n.label, hidden };
    const data = { ...base, display: canvasLabel(base) };
    elements.push({ group: 'nodes', data });
  }
  for (const e of edges.values()) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    elements.push(edgeElement(e));
  }
  return elements;
}

/**
 * An API edge as a Cytoscape element.
 *
 * @param {import('./types.js').ApiEdge} e
 * @returns {import('./types.js').ElementDefinition}
 */
function edgeElement(e) {
  /** @type {Record<string, unknown>} */
  const props = e.properties && typeof e.properties === 'object' ? e.properties : {};
  const label = edgeLabel(e.type, props);
  return {
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
  };
}

/**
 * The distinct stances of a statement, in the order it takes them.
 *
 * @param {import('./types.js').StatementFacts | null | undefined} statement
 */
export function stancesOf(statement) {
  return [...new Set((statement?.positions ?? []).map((p) => key(p.stance)).filter(Boolean))];
}

/**
 * Puts what the API knows of each drawn statement on the canvas: its stances as slices of its disc, the
 * "said" edge coloured and labelled with them, and its date for the date filter.
 *
 * @param {import('./types.js').Core} cy
 * @param {Map<string, import('./types.js').StatementFacts>} facts statement facts by global id (see statement-facts.js)
 */
export function markStatements(cy, facts) {
  cy.batch(() => {
    cy.nodes('[type = "statement"]').forEach((node) => {
      const statement = facts.get(node.id());
      if (!statement) return;
      const stances = stancesOf(statement);
      const shown = stances.slice(0, MAX_STANCE_SLICES);
      /** @type {Record<string, unknown>} */
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
      followReview(cy, node, statement);
      node.incomers('edge[type = "SAID"]').forEach((edge) => {
        const label = stances.length ? `said · ${stances.join(', ')}` : 'said';
        edge.data({ stance: stances.length === 1 ? stances[0] : undefined, baseLabel: label, label });
      });
      // A drawn stance edge was drawn as the neighborhood had it; a review since may have changed its stance.
      node.outgoers('edge[type = "TAKES_POSITION"]').forEach((edge) => {
        const taken = (statement.positions ?? []).filter((p) => p.position?.id === edge.target().id());
        if (taken.length !== 1) return;
        const props = { ...edge.data('props'), stance: key(taken[0]?.stance) };
        const label = edgeLabel('TAKES_POSITION', props);
        edge.data({ stance: props.stance, props, baseLabel: label, label });
      });
    });
  });
}

/**
 * A review since the view was drawn may have given the statement another speaker or other positions: the drawn
 * "said" and stance edges it no longer has go, and the ones it now has to nodes already drawn come.
 *
 * @param {import('./types.js').Core} cy
 * @param {import('./types.js').NodeSingular} node
 * @param {import('./types.js').StatementFacts} statement
 */
function followReview(cy, node, statement) {
  const id = node.id();
  const speaker = statement.speaker?.id ?? null;
  cy.remove(node.incomers('edge[type = "SAID"]').filter((edge) => edge.data('source') !== speaker));
  if (speaker && cy.getElementById(speaker).nonempty() && node.incomers('edge[type = "SAID"]').empty()) {
    cy.add(edgeElement({ id: `${speaker}-[SAID]->${id}`, type: 'SAID', source: speaker, target: id }));
  }
  const taken = (statement.positions ?? []).filter((p) => p.position?.id);
  const positions = new Set(taken.map((p) => p.position?.id));
  cy.remove(
    node.outgoers('edge[type = "TAKES_POSITION"]').filter((edge) => !positions.has(edge.data('target'))),
  );
  for (const p of taken) {
    const position = /** @type {string} */ (p.position?.id);
    const stance = key(p.stance);
    const drawn = node.outgoers('edge[type = "TAKES_POSITION"]').filter((e) => e.data('target') === position);
    if (cy.getElementById(position).empty() || drawn.some((e) => e.data('stance') === stance)) continue;
    if (drawn.length === 1 && taken.filter((t) => t.position?.id === position).length === 1) continue;
    const base = `${id}-[TAKES_POSITION]->${position}`;
    cy.add(
      edgeElement({
        id: drawn.length ? `${base}#${drawn.length + 1}` : base,
        type: 'TAKES_POSITION',
        source: id,
        target: position,
        properties: { stance: p.stance },
      }),
    );
  }
}

/**
 * The part of a new statement's neighborhood that belongs in the current picture: the statement and the drawn
 * nodes it touches, with the edges between them. What is left out counts as "+n more" on the statement, as on
 * any node. Null when it touches nothing drawn.
 *
 * @param {import('./types.js').ApiGraph} around the statement's own neighborhood
 * @param {string} statementId
 * @param {Set<string>} drawn ids of the nodes on the canvas
 * @returns {{ graph: import('./types.js').ApiGraph, anchor: string } | null}
 */
export function partInView(around, statementId, drawn) {
  const keep = new Set([statementId, ...around.nodes.map((n) => n.id).filter((id) => drawn.has(id))]);
  if (keep.size === 1) return null;
  const edges = around.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  /** @type {Map<string, number>} edges of each kept node that are left out */
  const left = new Map();
  for (const e of around.edges) {
    if (keep.has(e.source) && keep.has(e.target)) continue;
    for (const end of [e.source, e.target]) if (keep.has(end)) left.set(end, (left.get(end) ?? 0) + 1);
  }
  const nodes = around.nodes
    .filter((n) => keep.has(n.id))
    .map((n) => ({ ...n, hiddenNeighbors: (n.hiddenNeighbors ?? 0) + (left.get(n.id) ?? 0) }));
  // Grown out of its speaker when the speaker is drawn (the "said" edge reads as the sentence), else any end.
  const said = edges.find((e) => e.type === 'SAID' && e.target === statementId);
  const anchor = said?.source ?? [...keep].find((id) => id !== statementId) ?? statementId;
  return { graph: { nodes, edges }, anchor };
}
