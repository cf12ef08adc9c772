import { h, key, truncate, word } from './dom.js';

/** Colours and shapes shared by the canvas and the legend (the legend's CSS uses the same values). */
export const ACTOR_COLORS = {
  person: '#2563eb',
  state: '#1e3a8a',
  government_body: '#0284c7',
  alliance: '#4f46e5',
  organization: '#0891b2',
  delegation: '#60a5fa',
  group: '#64748b',
};
export const TYPE_STYLES = {
  actor: { color: '#2563eb', shape: 'ellipse' },
  statement: { color: '#f59e0b', shape: 'round-rectangle' },
  position: { color: '#db2777', shape: 'diamond' },
  outlet: { color: '#0d9488', shape: 'hexagon' },
  article: { color: '#78716c', shape: 'rectangle' },
  event: { color: '#65a30d', shape: 'round-octagon' },
};
export const STANCE_COLORS = {
  supports: '#16a34a',
  opposes: '#dc2626',
  demands: '#9333ea',
  justifies: '#0891b2',
  dismisses: '#a16207',
  warns: '#ea580c',
  neutral: '#94a3b8',
};
export const STANCES = Object.keys(STANCE_COLORS);

const EDGE_GREY = '#cbd5e1';
const MAX_FIT_ZOOM = 1.25;
const LABEL_DARK = '#1e293b';

function edgeLabel(type, props) {
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

function canvasLabel(node) {
  const max = node.type === 'statement' ? 44 : 30;
  const label = truncate(node.label, max);
  return node.hidden > 0 ? `${label}\n+${node.hidden} more` : label;
}

function stylesheet() {
  const rules = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 12,
        color: LABEL_DARK,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': 150,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': 2,
        'text-background-shape': 'round-rectangle',
        'min-zoomed-font-size': 6,
        width: 30,
        height: 30,
        'background-color': '#94a3b8',
        'border-width': 2,
        'border-color': '#ffffff',
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...Object.entries(TYPE_STYLES).map(([type, s]) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': s.color, shape: s.shape },
    })),
    ...Object.entries(ACTOR_COLORS).map(([kind, color]) => ({
      selector: `node[type = "actor"][kind = "${kind}"]`,
      style: { 'background-color': color },
    })),
    {
      selector: 'node[type = "statement"]',
      style: { width: 20, height: 20, 'font-size': 10.5, 'text-max-width': 140, color: '#334155' },
    },
    { selector: 'node[type = "position"]', style: { width: 34, height: 34, 'font-weight': 600 } },
    { selector: 'node[type = "article"]', style: { width: 24, height: 30 } },
    { selector: 'node[hidden > 0]', style: { 'border-style': 'dashed', 'border-color': '#475569' } },
    {
      selector: 'node.focus, node.endpoint',
      style: {
        width: 44,
        height: 44,
        'border-width': 4,
        'border-color': '#0f172a',
        'border-style': 'solid',
        'font-weight': 700,
      },
    },
    {
      selector: 'node.expanded',
      style: { 'border-width': 3, 'border-color': '#334155', 'border-style': 'double' },
    },
    {
      selector: 'node:selected',
      style: {
        'underlay-color': '#2563eb',
        'underlay-opacity': 0.28,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
        'text-background-color': '#dbeafe',
        'text-background-opacity': 1,
      },
    },
    {
      selector: 'node.hover',
      style: {
        'underlay-color': '#64748b',
        'underlay-opacity': 0.2,
        'underlay-padding': 6,
        'underlay-shape': 'ellipse',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'line-color': EDGE_GREY,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': EDGE_GREY,
        'arrow-scale': 0.8,
        label: 'data(label)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 9,
        color: '#64748b',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': 1,
        'min-zoomed-font-size': 7,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...Object.entries(STANCE_COLORS).map(([stance, color]) => ({
      selector: `edge[stance = "${stance}"]`,
      style: {
        'line-color': color,
        'target-arrow-color': color,
        color,
        width: 2.5,
        'font-weight': 600,
      },
    })),
    { selector: 'edge:selected', style: { width: 4, 'overlay-color': '#2563eb', 'overlay-opacity': 0.15 } },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
  return rules;
}

// How much room a node and its label need: labels are wide and short.
const SLOT_W = 150;
const SLOT_H = 58;

/**
 * Where new neighbors of a node go: on arcs facing away from the rest of the picture (so the existing layout
 * never moves and the new nodes stay next to the one expanded), each pushed outwards until its label is clear.
 */
function fanOut(origin, others, count) {
  const taken = others.map((n) => ({ ...n.position() }));
  const rest = taken.filter((p) => p.x !== origin.x || p.y !== origin.y);
  let dx = 0;
  let dy = -1;
  if (rest.length) {
    const cx = rest.reduce((sum, p) => sum + p.x, 0) / rest.length;
    const cy = rest.reduce((sum, p) => sum + p.y, 0) / rest.length;
    if (Math.hypot(origin.x - cx, origin.y - cy) > 1) [dx, dy] = [origin.x - cx, origin.y - cy];
  }
  const base = Math.atan2(dy, dx);
  const spread = Math.min(2 * Math.PI * (1 - 1 / Math.max(2, count)), 0.45 * count);
  const clear = (p) => taken.every((q) => Math.abs(q.x - p.x) > SLOT_W || Math.abs(q.y - p.y) > SLOT_H);
  const targets = [];
  for (let i = 0; i < count; i += 1) {
    const angle = count === 1 ? base : base - spread / 2 + (spread * i) / (count - 1);
    let r = 120;
    let p = { x: origin.x + r * Math.cos(angle), y: origin.y + r * Math.sin(angle) };
    while (!clear(p) && r < 900) {
      r += 30;
      p = { x: origin.x + r * Math.cos(angle), y: origin.y + r * Math.sin(angle) };
    }
    taken.push(p);
    targets.push(p);
  }
  return targets;
}

/** Hops from the root to every node it reaches among these elements. */
function bfsDistances(eles, root) {
  const distance = new Map([[root.id(), 0]]);
  eles.breadthFirstSearch({
    root,
    directed: false,
    visit: (node, _edge, _prev, _i, depth) => {
      distance.set(node.id(), depth);
    },
  });
  return distance;
}

/**
 * Merges API graphs into one picture. A node's "+n more" is what the API says it has beyond what is drawn:
 * each result tells its relationship total (hiddenNeighbors plus its edges in that result), and whatever of
 * that total is now drawn from any result is no longer hidden.
 */
/** How many of the edges touch each node (a loop once). */
function countEnds(edges) {
  const counts = new Map();
  for (const e of edges) {
    for (const end of new Set([e.source, e.target])) counts.set(end, (counts.get(end) ?? 0) + 1);
  }
  return counts;
}

function mergeGraphs(graphs) {
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
    const data = {
      id: n.id,
      apiType: n.type,
      type: key(n.type),
      kind: key(n.kind),
      label: n.label,
      hidden,
    };
    data.display = canvasLabel(data);
    elements.push({ group: 'nodes', data });
  }
  for (const e of edges.values()) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    const props = e.properties && typeof e.properties === 'object' ? e.properties : {};
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
        label: edgeLabel(e.type, props),
      },
    });
  }
  return elements;
}

/**
 * The interactive canvas: Cytoscape.js plus the hover card, selection fading, filters and layouts.
 *
 * @param {HTMLElement} container
 * @param {HTMLElement} tooltip
 * @param {{
 *   onSelect: (id: string | null) => void,
 *   onExpand: (id: string) => void,
 *   onLayout: (running: boolean) => void,
 * }} hooks
 */
export function createGraphView(container, tooltip, hooks) {
  const cytoscape = globalThis.cytoscape;
  const cy = cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  /** @type {any[]} the graphs currently drawn, kept to recompute hidden counts when more arrive */
  let graphs = [];
  let layout = null;

  /** A small graph fitted to a big window would be drawn huge; keep text at a natural size. */
  const capZoom = (done) => {
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center(cy.elements(':visible'));
    }
    done();
  };

  /** Runs a layout and reports when it (and an optional closing step) has finished. */
  const runLayout = (eles, options, after = (done) => done()) => {
    layout?.stop();
    const current = eles.layout(options);
    layout = current;
    hooks.onLayout(true);
    current.one('layoutstop', () => after(() => hooks.onLayout(false)));
    current.run();
  };

  const summaryOf = (node) => {
    const d = node.data();
    const lines = [];
    const meta = [d.apiType, d.kind ? word(d.kind) : null].filter(Boolean).join(' · ');
    lines.push(h('div', { class: 'tip-meta', text: meta }));
    lines.push(h('div', { class: 'tip-label', text: truncate(d.label, 220) }));
    if (d.type === 'statement') {
      const speaker = node.incomers('edge[type = "SAID"]').sources()[0];
      if (speaker) lines.push(h('div', { text: `Said by ${speaker.data('label')}` }));
      node.outgoers('edge[type = "TAKES_POSITION"]').forEach((e) => {
        lines.push(
          h(
            'div',
            { class: 'tip-stance' },
            h('span', { class: `stance-chip stance-${e.data('stance')}`, text: word(e.data('stance')) }),
            ` ${truncate(e.target().data('label'), 60)}`,
          ),
        );
      });
    } else {
      const counts = new Map();
      node.connectedEdges().forEach((e) => {
        counts.set(e.data('type'), (counts.get(e.data('type')) ?? 0) + 1);
      });
      const parts = [...counts].map(([type, n]) => `${n} ${word(type)}`);
      if (parts.length) lines.push(h('div', { text: `In view: ${parts.join(', ')}` }));
    }
    if (d.hidden > 0) {
      lines.push(h('div', { class: 'tip-more', text: `${d.hidden} more not shown: double-click to expand` }));
    }
    return lines;
  };

  const edgeSummary = (edge) => {
    const d = edge.data();
    const lines = [
      h('div', { class: 'tip-meta', text: word(d.type) }),
      h(
        'div',
        { class: 'tip-label' },
        `${truncate(edge.source().data('label'), 60)} → ${truncate(edge.target().data('label'), 60)}`,
      ),
    ];
    for (const [name, value] of Object.entries(d.props ?? {})) {
      if (value === null || value === undefined || typeof value === 'object') continue;
      lines.push(h('div', { text: `${word(name)}: ${word(value)}` }));
    }
    return lines;
  };

  const showTip = (element, lines) => {
    tooltip.replaceChildren(...lines);
    tooltip.hidden = false;
    const pos = element.isNode() ? element.renderedPosition() : element.renderedMidpoint();
    const box = container.getBoundingClientRect();
    const width = tooltip.offsetWidth;
    const height = tooltip.offsetHeight;
    const x = Math.min(Math.max(8, pos.x + 18), box.width - width - 8);
    const y = pos.y + height + 24 > box.height ? Math.max(8, pos.y - height - 18) : pos.y + 18;
    tooltip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  };
  const hideTip = () => {
    tooltip.hidden = true;
  };

  cy.on('mouseover', 'node', (event) => {
    event.target.addClass('hover');
    container.style.cursor = 'pointer';
    showTip(event.target, summaryOf(event.target));
  });
  cy.on('mouseout', 'node', (event) => {
    event.target.removeClass('hover');
    container.style.cursor = '';
    hideTip();
  });
  cy.on('mouseover', 'edge', (event) => showTip(event.target, edgeSummary(event.target)));
  cy.on('mouseout', 'edge', hideTip);
  cy.on('pan zoom drag', hideTip);

  cy.on('tap', 'node, edge', (event) => hooks.onSelect(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) hooks.onSelect(null);
  });
  cy.on('dbltap', 'node', (event) => {
    hideTip();
    hooks.onExpand(event.target.id());
  });

  const fadeAround = (element) => {
    cy.elements().removeClass('faded');
    if (!element) return;
    const keep = element.isNode() ? element.closedNeighborhood() : element.connectedNodes().union(element);
    cy.elements().not(keep).addClass('faded');
  };

  const markClasses = ({ focus = [], endpoints = [], expanded = [] }) => {
    cy.nodes().removeClass('focus endpoint expanded');
    for (const id of focus) cy.getElementById(id).addClass('focus');
    for (const id of endpoints) cy.getElementById(id).addClass('endpoint');
    for (const id of expanded) cy.getElementById(id).addClass('expanded');
  };

  return {
    cy,

    /**
     * Draws these graphs from scratch.
     *
     * @param {any[]} next
     * @param {{ focus?: string[], endpoints?: string[], expanded?: string[] }} marks
     */
    replace(next, marks) {
      graphs = next;
      hideTip();
      cy.batch(() => {
        cy.elements().remove();
        cy.add(mergeGraphs(graphs));
        markClasses(marks);
      });
    },

    /**
     * Lays the drawn graph out from scratch: paths read left to right, a plain neighborhood as rings around
     * its focus, anything with expansions by forces.
     */
    layoutAll(kind, roots) {
      const visible = cy.elements(':visible');
      const anchors = visible.nodes().filter((n) => roots.includes(n.id()));
      if (kind === 'paths' && anchors.nonempty()) {
        runLayout(
          visible,
          {
            name: 'breadthfirst',
            roots: anchors,
            directed: false,
            spacingFactor: 1.1,
            padding: 40,
            animate: false,
            // Rotated so that a path reads from left to right, like a sentence.
            transform: (_node, pos) => ({ x: pos.y * 1.8, y: pos.x * 0.6 }),
          },
          capZoom,
        );
        return;
      }
      if (kind === 'rings' && anchors.nonempty()) {
        const distance = bfsDistances(visible, anchors.first());
        const far = Math.max(1, ...distance.values()) + 1;
        runLayout(
          visible,
          {
            name: 'concentric',
            animate: false,
            padding: 40,
            concentric: (node) => far - (distance.get(node.id()) ?? far),
            levelWidth: () => 1,
            minNodeSpacing: 85,
            startAngle: (3 / 2) * Math.PI,
          },
          capZoom,
        );
        return;
      }
      runLayout(
        visible,
        {
          name: 'cose',
          animate: false,
          randomize: true,
          padding: 40,
          nodeDimensionsIncludeLabels: true,
          nodeRepulsion: () => 8000,
          idealEdgeLength: () => 60,
          nodeOverlap: 12,
          componentSpacing: 60,
          gravity: 0.8,
          numIter: 2000,
        },
        capZoom,
      );
    },

    /**
     * Adds more graphs around one node without moving what is drawn: the new nodes grow out of it (see
     * fanOut), then the view is fitted again.
     */
    merge(more, aroundId, marks) {
      const before = new Set(cy.nodes().map((n) => n.id()));
      graphs = [...graphs, ...more];
      const center = cy.getElementById(aroundId);
      const origin = center.nonempty() ? center.position() : { x: 0, y: 0 };
      const elements = mergeGraphs(graphs);
      cy.batch(() => {
        for (const el of elements) {
          const existing = cy.getElementById(el.data.id);
          if (existing.nonempty()) {
            existing.data(el.data);
            continue;
          }
          cy.add(el);
        }
        markClasses(marks);
      });
      const added = cy.nodes().filter((n) => !before.has(n.id()));
      const count = added.length;
      if (count === 0) return 0;
      const targets = fanOut(
        origin,
        cy.nodes().filter((n) => before.has(n.id())),
        count,
      );
      hooks.onLayout(true);
      let pending = count;
      const finished = () => {
        pending -= 1;
        if (pending > 0) return;
        cy.animate(
          { fit: { eles: cy.elements(':visible'), padding: 40 } },
          { duration: 250, complete: () => capZoom(() => hooks.onLayout(false)) },
        );
      };
      added.forEach((node, i) => {
        // Grown out of the expanded node, but never starting on top of it (an edge between them can't be drawn).
        const t = targets[i];
        node.position({ x: origin.x + (t.x - origin.x) * 0.35, y: origin.y + (t.y - origin.y) * 0.35 });
        node.animate({ position: targets[i] }, { duration: 300, complete: finished });
      });
      return count;
    },

    /**
     * Hides what does not match: statements without a matching stance edge (to the chosen position, with the
     * chosen stance) or without the chosen outlet (medium, citation, or an article published by or citing it),
     * then whatever is left connected to nothing shown. Protected nodes (focus, path ends, selection) stay.
     *
     * @param {{ position: string | null, stance: string | null, outlet: string | null }} filters
     * @param {string[]} protect
     */
    applyFilters({ position, stance, outlet }, protect) {
      cy.batch(() => {
        cy.elements().removeClass('filtered');
        if (!position && !stance && !outlet) return;
        const stanceEdgeMatches = (e) =>
          (!position || e.target().id() === position) && (!stance || e.data('stance') === stance);
        const outletMatches = (statement) => {
          const direct = statement
            .connectedEdges('edge[type = "SAID_TO"], edge[type = "CITED_VIA"]')
            .some((e) => e.target().id() === outlet);
          if (direct) return true;
          return statement
            .incomers('edge[type = "REPORTS"]')
            .sources()
            .some((article) =>
              article
                .outgoers('edge[type = "PUBLISHED_BY"], edge[type = "CITES"]')
                .some((e) => e.target().id() === outlet),
            );
        };
        const keepIds = new Set(protect);
        cy.nodes('[type = "statement"]').forEach((s) => {
          const stances = s.outgoers('edge[type = "TAKES_POSITION"]');
          const stanceOk = !position && !stance ? true : stances.some(stanceEdgeMatches);
          const outletOk = !outlet || outletMatches(s);
          if ((stanceOk && outletOk) || keepIds.has(s.id())) return;
          s.addClass('filtered');
        });
        if (position || stance) {
          cy.edges('[type = "TAKES_POSITION"]')
            .filter((e) => !stanceEdgeMatches(e))
            .addClass('filtered');
        }
        if (position) {
          cy.nodes('[type = "position"]')
            .filter((n) => n.id() !== position && !keepIds.has(n.id()))
            .addClass('filtered');
        }
        if (outlet) {
          cy.nodes('[type = "outlet"]')
            .filter((n) => n.id() !== outlet && !keepIds.has(n.id()))
            .addClass('filtered');
        }
        cy.nodes('.filtered').connectedEdges().addClass('filtered');
        // Drop what only hung off hidden statements; repeat because hiding one node can orphan the next.
        for (let round = 0; round < 3; round += 1) {
          const orphans = cy
            .nodes()
            .not('.filtered')
            .filter(
              (n) =>
                !keepIds.has(n.id()) &&
                n.connectedEdges().nonempty() &&
                n.connectedEdges().not('.filtered').empty(),
            );
          if (orphans.empty()) break;
          orphans.addClass('filtered');
          orphans.connectedEdges().addClass('filtered');
        }
      });
      return {
        shownNodes: cy.nodes().not('.filtered').length,
        totalNodes: cy.nodes().length,
        shownEdges: cy.edges().not('.filtered').length,
        totalEdges: cy.edges().length,
      };
    },

    /** Selects one element (or nothing) and fades what is not connected to it. */
    select(id) {
      cy.elements().unselect();
      const element = id ? cy.getElementById(id) : null;
      if (element?.nonempty()) {
        element.select();
        fadeAround(element);
        return element;
      }
      fadeAround(null);
      return null;
    },

    /** Brings a node into view without changing the zoom more than needed. */
    reveal(id) {
      const node = cy.getElementById(id);
      if (node.empty()) return;
      const ext = cy.extent();
      const p = node.position();
      if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) {
        cy.animate({ center: { eles: node } }, { duration: 200 });
      }
    },

    fit() {
      cy.fit(cy.elements(':visible'), 40);
      capZoom(() => {});
    },

    /** @param {string} id */
    element(id) {
      const el = cy.getElementById(id);
      return el.nonempty() ? el : null;
    },

    /** Positions, outlets and stances present in the drawn graph, for the filter menus. */
    facets() {
      const byLabel = (a, b) => a.label.localeCompare(b.label);
      const list = (type) =>
        cy
          .nodes(`[type = "${type}"]`)
          .map((n) => ({ id: n.id(), label: n.data('label') }))
          .sort(byLabel);
      const stances = new Set(cy.edges('[type = "TAKES_POSITION"]').map((e) => e.data('stance')));
      return { positions: list('position'), outlets: list('outlet'), stances: [...stances].filter(Boolean) };
    },

    /**
     * The shortest simple paths between two drawn nodes over what is shown, as steps (up to `max` paths), for
     * the paths summary.
     */
    shortestPaths(fromId, toId, max = 12) {
      const from = cy.getElementById(fromId);
      const to = cy.getElementById(toId);
      if (from.empty() || to.empty() || from.hasClass('filtered')) return [];
      const shown = cy.elements().not('.filtered');
      const fromDist = bfsDistances(shown, from);
      const toDist = bfsDistances(shown, to);
      const length = fromDist.get(toId);
      if (length === undefined) return [];
      const found = [];
      const walk = (node, steps) => {
        if (found.length >= max) return;
        if (node.id() === toId) {
          found.push(steps);
          return;
        }
        const here = fromDist.get(node.id()) ?? 0;
        // Parallel edges (said to and cited via the same outlet) make one step, not two paths.
        const seen = new Set();
        node
          .connectedEdges()
          .not('.filtered')
          .forEach((edge) => {
            const next = edge.source().id() === node.id() ? edge.target() : edge.source();
            if (seen.has(next.id())) return;
            const nextFrom = fromDist.get(next.id());
            const nextTo = toDist.get(next.id());
            if (nextFrom !== here + 1 || nextTo === undefined || nextFrom + nextTo !== length) return;
            seen.add(next.id());
            walk(next, [...steps, { edges: node.edgesWith(next).not('.filtered'), node: next }]);
          });
      };
      walk(from, [{ edges: null, node: from }]);
      return found;
    },

    isEmpty() {
      return cy.elements().empty();
    },
  };
}
