import { markStatements, mergeGraphs } from './graph-data.js';
import { applyFilters } from './graph-filter.js';
import { attachHoverCard } from './graph-hover.js';
import { fanOut, freshLayout } from './graph-layout.js';
import { shortestPaths } from './graph-paths.js';
import { stylesheet } from './graph-style.js';
import { placeEdgeLabels } from './label-placement.js';
import { attachLabelZoom } from './label-zoom.js';

/** A small graph fitted to a big window would be drawn huge; text stays at a natural size. */
const MAX_FIT_ZOOM = 1.5;
const FIT_PADDING = 36;
const GROW_MS = 300;
const MAX_PATHS = 12;

/**
 * The interactive canvas: Cytoscape.js with the pieces that each do one job (style, data, layout, filters,
 * hover card, label placement) put together, and the events a person triggers.
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
  const hover = attachHoverCard(cy, container, tooltip);
  const labelZoom = attachLabelZoom(cy);

  cy.on('tap', 'node, edge', (event) => hooks.onSelect(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) hooks.onSelect(null);
  });
  cy.on('dbltap', 'node', (event) => {
    hover.hide();
    hooks.onExpand(event.target.id());
  });
  cy.on('dragfree', 'node', () => placeEdgeLabels(cy));

  const fit = () => {
    const shown = cy.elements(':visible');
    if (shown.empty()) return;
    cy.fit(shown, FIT_PADDING);
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center(shown);
    }
    labelZoom.update();
  };

  const markClasses = ({ focus = [], endpoints = [], expanded = [] }) => {
    cy.nodes().removeClass('focus endpoint expanded');
    for (const id of focus) cy.getElementById(id).addClass('focus');
    for (const id of endpoints) cy.getElementById(id).addClass('endpoint');
    for (const id of expanded) cy.getElementById(id).addClass('expanded');
  };

  /** Adds the elements of all graphs so far that are not drawn yet; returns the new nodes. */
  const addMissing = () => {
    const before = new Set(cy.nodes().map((n) => n.id()));
    cy.batch(() => {
      for (const el of mergeGraphs(graphs)) {
        const existing = cy.getElementById(el.data.id);
        if (existing.nonempty()) {
          const { labelAt, labelOffset, label, ...rest } = el.data;
          existing.data(el.group === 'edges' ? rest : el.data);
        } else cy.add(el);
      }
    });
    return { before, added: cy.nodes().filter((n) => !before.has(n.id())) };
  };

  /** Fans the new nodes out from one node; returns where each goes. */
  const targetsFor = (aroundId, before, added) => {
    const center = cy.getElementById(aroundId);
    const origin = center.nonempty() ? { ...center.position() } : { x: 0, y: 0 };
    const existing = cy
      .nodes()
      .filter((n) => before.has(n.id()))
      .map((n) => n.position());
    return { origin, targets: fanOut(origin, existing, added.length) };
  };

  return {
    cy,

    /**
     * Draws a view from scratch, the same way whether it was just built or comes from a link: the first graph
     * laid out fresh, then each expansion fanned out from its node in order.
     *
     * @param {any[]} all the view's graphs: the focus or paths first, then one per expansion
     * @param {string[]} expandedIds the node each later graph expands, in order
     * @param {'paths' | 'rings'} kind
     * @param {string | null} rootId
     * @param {{ focus?: string[], endpoints?: string[], expanded?: string[] }} marks
     */
    draw(all, expandedIds, kind, rootId, marks) {
      hover.hide();
      cy.nodes().stop(true, true);
      graphs = all.slice(0, 1);
      cy.batch(() => {
        cy.elements().remove();
        cy.add(mergeGraphs(graphs));
      });
      const root = rootId ? cy.getElementById(rootId) : cy.collection();
      if (cy.nodes().nonempty()) {
        const eles = cy.elements();
        const tall = container.clientHeight > container.clientWidth;
        eles.layout(freshLayout(kind, eles, root.nonempty() ? root : cy.nodes().first(), tall)).run();
      }
      expandedIds.forEach((id, i) => {
        if (!all[i + 1]) return;
        graphs.push(all[i + 1]);
        const { before, added } = addMissing();
        const { targets } = targetsFor(id, before, added);
        added.forEach((node, j) => {
          node.position(targets[j]);
        });
      });
      markClasses(marks);
    },

    /**
     * Adds one more graph around a node without moving what is drawn: the new nodes grow out of it to where
     * draw() would put them, then the view is fitted again.
     */
    async merge(more, aroundId, marks) {
      // Positions must be final before new ones are computed from them.
      cy.nodes().stop(true, true);
      graphs = [...graphs, ...more];
      const { before, added } = addMissing();
      markClasses(marks);
      if (added.empty()) return 0;
      const { origin, targets } = targetsFor(aroundId, before, added);
      hooks.onLayout(true);
      const moves = added.map(
        (node, i) =>
          new Promise((resolve) => {
            const t = targets[i];
            // Grown out of the expanded node, but never on top of it (an edge between them can't be drawn).
            node.position({ x: origin.x + (t.x - origin.x) * 0.35, y: origin.y + (t.y - origin.y) * 0.35 });
            node.animate({ position: t }, { duration: GROW_MS, complete: resolve });
          }),
      );
      await Promise.all(moves);
      added.forEach((node, i) => {
        node.position(targets[i]);
      });
      hooks.onLayout(false);
      return added.length;
    },

    /** Colours statements by stance and dates them, from what the API says about them. */
    markStatements(facts) {
      markStatements(cy, facts);
    },

    /** @param {import('./graph-filter.js').Filters} filters @param {string[]} protect */
    applyFilters(filters, protect) {
      const counts = applyFilters(cy, filters, protect);
      counts.unlabelled = placeEdgeLabels(cy);
      return counts;
    },

    /** Selects one element (or nothing) and fades what is not connected to it. */
    select(id) {
      cy.elements().unselect();
      cy.elements().removeClass('faded');
      const element = id ? cy.getElementById(id) : null;
      if (!element?.nonempty()) return null;
      element.select();
      const keep = element.isNode() ? element.closedNeighborhood() : element.connectedNodes().union(element);
      cy.elements().not(keep).addClass('faded');
      return element;
    },

    /**
     * Brings a node into view without changing the zoom; with `above`, moves it to that share of the canvas's
     * height from the top (above a bottom sheet).
     *
     * @param {string} id
     * @param {number | null} [above]
     */
    reveal(id, above = null) {
      const node = cy.getElementById(id);
      if (node.empty() || !node.isNode()) return;
      if (above !== null) {
        const p = node.position();
        cy.pan({ x: cy.width() / 2 - p.x * cy.zoom(), y: cy.height() * above - p.y * cy.zoom() });
        return;
      }
      const ext = cy.extent();
      const p = node.position();
      if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) cy.center(node);
    },

    fit,

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
      cy.nodes('[type = "statement"]').forEach((n) => {
        for (const s of n.data('stances') ?? []) stances.add(s);
      });
      return { positions: list('position'), outlets: list('outlet'), stances: [...stances].filter(Boolean) };
    },

    /** Statement ids drawn (shown or not). */
    statementIds() {
      return cy.nodes('[type = "statement"]').map((n) => n.id());
    },

    /** Statement ids shown now (after filters). */
    shownStatementIds() {
      return cy
        .nodes('[type = "statement"]')
        .not('.filtered')
        .map((n) => n.id());
    },

    shortestPaths: (fromId, toId) => shortestPaths(cy, fromId, toId, MAX_PATHS),

    /** Whether node labels are hidden at this zoom. */
    labelsHidden: () => labelZoom.nodeLabelsHidden(),

    isEmpty() {
      return cy.elements().empty();
    },
  };
}
