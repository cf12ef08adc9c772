import { fanOut, freshLayout } from './graph-layout.js';

/** A small graph fitted to a big window would be drawn huge; text stays at a natural size. */
const MAX_FIT_ZOOM = 1.5;
const FIT_PADDING = 36;
const GROW_MS = 300;

/**
 * @typedef {import('./types.js').Core} Core
 * @typedef {import('./types.js').NodeCollection} NodeCollection
 * @typedef {import('./types.js').ApiGraph} ApiGraph
 * @typedef {ReturnType<import('./graph-view-state.js').createDrawnGraphs>} DrawnGraphs
 */

/**
 * Where things go on the canvas and what the window shows: a fresh picture laid out, expansions fanned out from
 * their node (at once when a view is replayed, grown in when a person expands), the view fitted or moved.
 *
 * @param {Core} cy
 * @param {HTMLElement} container
 * @param {DrawnGraphs} drawn
 * @param {{ onLayout: (running: boolean) => void, afterFit: () => void }} hooks
 */
export function createPlacement(cy, container, drawn, hooks) {
  /**
   * Fans the new nodes out from one node; returns where each goes.
   *
   * @param {string} aroundId
   * @param {Set<string>} before
   * @param {NodeCollection} added
   */
  const targetsFor = (aroundId, before, added) => {
    const center = cy.getElementById(aroundId);
    const origin = center.nonempty() ? { ...center.position() } : { x: 0, y: 0 };
    const existing = cy
      .nodes()
      .filter((n) => before.has(n.id()))
      .map((n) => /** @type {import('./types.js').NodeSingular} */ (n).position());
    return { origin, targets: fanOut(origin, existing, added.length) };
  };

  return {
    /**
     * Draws a view from scratch, the same way whether it was just built or comes from a link: the first graph
     * laid out fresh, then each expansion fanned out from its node in order.
     *
     * @param {ApiGraph[]} all the view's graphs: the focus or paths first, then one per expansion
     * @param {string[]} expandedIds the node each later graph expands, in order
     * @param {'paths' | 'rings'} kind
     * @param {string | null} rootId
     */
    draw(all, expandedIds, kind, rootId) {
      cy.nodes().stop(true, true);
      drawn.reset(all.slice(0, 1));
      const root = rootId ? cy.getElementById(rootId) : cy.collection();
      if (cy.nodes().nonempty()) {
        const eles = cy.elements();
        const tall = container.clientHeight > container.clientWidth;
        const start = root.nonempty() && root.isNode() ? root : cy.nodes().first();
        eles.layout(freshLayout(kind, eles, start, tall)).run();
      }
      expandedIds.forEach((id, i) => {
        const graph = all[i + 1];
        if (!graph) return;
        const { before, added } = drawn.add([graph]);
        const { targets } = targetsFor(id, before, added);
        added.forEach((node, j) => {
          node.position(targets[j] ?? { x: 0, y: 0 });
        });
      });
    },

    /**
     * Adds graphs around a node without moving what is drawn: the new nodes grow out of it to where draw()
     * would put them. Resolves with how many nodes were added.
     *
     * @param {ApiGraph[]} more
     * @param {string} aroundId
     */
    async grow(more, aroundId) {
      // Positions must be final before new ones are computed from them.
      cy.nodes().stop(true, true);
      const { before, added } = drawn.add(more);
      if (added.empty()) return 0;
      const { origin, targets } = targetsFor(aroundId, before, added);
      hooks.onLayout(true);
      const moves = added.map(
        (node, i) =>
          new Promise((resolve) => {
            const t = targets[i] ?? origin;
            // Grown out of the expanded node, but never on top of it (an edge between them can't be drawn).
            node.position({ x: origin.x + (t.x - origin.x) * 0.35, y: origin.y + (t.y - origin.y) * 0.35 });
            node.animate({ position: t }, { duration: GROW_MS, complete: () => resolve(undefined) });
          }),
      );
      await Promise.all(moves);
      added.forEach((node, i) => {
        node.position(targets[i] ?? origin);
      });
      hooks.onLayout(false);
      return added.length;
    },

    /**
     * Has Cytoscape measure the canvas's box again. It keeps the box from the last resize it noticed (and notices
     * one only after a debounce, and a move never), and maps every click through it: after the page above the
     * canvas changed height, a click lands where a node was, not where it is drawn.
     */
    measure() {
      cy.resize();
    },

    fit() {
      const shown = cy.elements(':visible');
      if (shown.empty()) return;
      cy.fit(shown, FIT_PADDING);
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center(shown);
      }
      hooks.afterFit();
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
      const p = node.position();
      if (above !== null) {
        cy.pan({ x: cy.width() / 2 - p.x * cy.zoom(), y: cy.height() * above - p.y * cy.zoom() });
        return;
      }
      const ext = cy.extent();
      if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) cy.center(node);
    },
  };
}
