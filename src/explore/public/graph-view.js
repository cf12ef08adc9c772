import { shortestPaths } from './graph-paths.js';
import { stylesheet } from './graph-style.js';
import { attachInteraction } from './graph-view-interaction.js';
import { createPlacement } from './graph-view-layout.js';
import { createMarks } from './graph-view-marks.js';
import { createDrawnGraphs } from './graph-view-state.js';

const MAX_PATHS = 12;

/**
 * @typedef {import('./types.js').ApiGraph} ApiGraph
 * @typedef {import('./types.js').Marks} Marks
 * @typedef {ReturnType<typeof createGraphView>} GraphView
 */

/**
 * The interactive canvas: Cytoscape.js with one piece per concern put together: what is drawn (state), where
 * it goes (layout), how it looks beyond the stylesheet (marks), and what a person does to it (interaction).
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
  const cy = globalThis.cytoscape({
    container,
    // See StyleRule (graph-style.js): the rules are Cytoscape.js' own, its typings only lag them.
    style: /** @type {import('cytoscape').StylesheetJson} */ (/** @type {unknown} */ (stylesheet())),
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  const drawn = createDrawnGraphs(cy);
  const marks = createMarks(cy);
  const { hover, labelZoom } = attachInteraction(cy, container, tooltip, hooks);
  const placement = createPlacement(cy, container, drawn, {
    onLayout: hooks.onLayout,
    afterFit: () => labelZoom.update(),
  });

  return {
    cy,

    /**
     * Draws a view from scratch (see createPlacement's draw) and rings its focus, ends and expanded nodes.
     *
     * @param {ApiGraph[]} all
     * @param {string[]} expandedIds
     * @param {'paths' | 'rings'} kind
     * @param {string | null} rootId
     * @param {Marks} rings
     */
    draw(all, expandedIds, kind, rootId, rings) {
      hover.hide();
      placement.draw(all, expandedIds, kind, rootId);
      marks.rings(rings);
    },

    /**
     * Adds graphs around a node without moving what is drawn; resolves with how many nodes came.
     *
     * @param {ApiGraph[]} more
     * @param {string} aroundId
     * @param {Marks} rings
     */
    async merge(more, aroundId, rings) {
      const grown = placement.grow(more, aroundId);
      marks.rings(rings);
      return grown;
    },

    /** Puts statement facts on the canvas; an open hover card follows them. @param {Map<string, import('./types.js').StatementFacts>} facts */
    markStatements(facts) {
      marks.statements(facts);
      hover.refresh();
    },

    arrived: marks.arrived,
    applyFilters: marks.filter,
    select: marks.select,
    reveal: placement.reveal,
    measure: placement.measure,
    fit: placement.fit,
    element: drawn.element,
    facets: drawn.facets,
    statementIds: drawn.statementIds,
    shownStatementIds: drawn.shownStatementIds,
    nodeIds: drawn.nodeIds,
    isEmpty: drawn.isEmpty,

    /** @param {string} fromId @param {string} toId */
    shortestPaths: (fromId, toId) => shortestPaths(cy, fromId, toId, MAX_PATHS),

    /** Whether node labels are hidden at this zoom. */
    labelsHidden: () => labelZoom.nodeLabelsHidden(),
  };
}
