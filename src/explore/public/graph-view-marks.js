import { markStatements } from './graph-data.js';
import { applyFilters } from './graph-filter.js';
import { placeEdgeLabels } from './label-placement.js';

/**
 * @typedef {import('./types.js').Core} Core
 * @typedef {import('./types.js').Marks} Marks
 */

/**
 * How the drawn elements look beyond the stylesheet: the focus, path-end and expanded rings, the selection with
 * everything unconnected faded, the filters' hidden elements, the statements' stance marks, edge label places.
 *
 * @param {Core} cy
 */
export function createMarks(cy) {
  return {
    /** @param {Marks} marks */
    rings({ focus = [], endpoints = [], expanded = [] }) {
      cy.nodes().removeClass('focus endpoint expanded');
      for (const id of focus) cy.getElementById(id).addClass('focus');
      for (const id of endpoints) if (id) cy.getElementById(id).addClass('endpoint');
      for (const id of expanded) cy.getElementById(id).addClass('expanded');
    },

    /** Selects one element (or nothing) and fades what is not connected to it. @param {string | null} id */
    select(id) {
      cy.elements().unselect();
      cy.elements().removeClass('faded');
      const element = id ? cy.getElementById(id) : null;
      if (!element?.nonempty()) return null;
      element.select();
      const keep = element.isNode()
        ? element.closedNeighborhood()
        : /** @type {import('./types.js').EdgeSingular} */ (element).connectedNodes().union(element);
      cy.elements().not(keep).addClass('faded');
      return element;
    },

    /** @param {import('./graph-filter.js').Filters} filters @param {string[]} protect */
    filter(filters, protect) {
      const counts = applyFilters(cy, filters, protect);
      counts.unlabelled = placeEdgeLabels(cy);
      return counts;
    },

    /**
     * Colours statements by stance and dates them, from what the API says about them.
     *
     * @param {Map<string, import('./types.js').StatementFacts>} facts
     */
    statements(facts) {
      markStatements(cy, facts);
    },

    /** Rings a node for a while: it just arrived on the live feed. @param {string} id */
    arrived(id) {
      cy.getElementById(id).addClass('arrived');
    },
  };
}
