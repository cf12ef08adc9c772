import { mergeGraphs } from './graph-data.js';

/**
 * @typedef {import('./types.js').Core} Core
 * @typedef {import('./types.js').ApiGraph} ApiGraph
 * @typedef {import('./types.js').NodeSingular} NodeSingular
 * @typedef {import('./types.js').NodeCollection} NodeCollection
 */

/**
 * What the canvas holds: the API graphs drawn so far (kept to recompute "+n more" when more arrive), merged
 * into Cytoscape's elements, and what can be asked of them.
 *
 * @param {Core} cy
 */
export function createDrawnGraphs(cy) {
  /** @type {ApiGraph[]} */
  let graphs = [];

  /** Adds the elements of all graphs so far that are not drawn yet; returns the new nodes. */
  const addMissing = () => {
    const before = new Set(cy.nodes().map((n) => n.id()));
    cy.batch(() => {
      for (const el of mergeGraphs(graphs)) {
        const id = el.data.id ?? '';
        const existing = cy.getElementById(id);
        if (existing.nonempty()) {
          const { labelAt, labelOffset, label, ...rest } = el.data;
          existing.data(el.group === 'edges' ? rest : el.data);
        } else cy.add(el);
      }
    });
    /** @type {NodeCollection} */
    const added = cy
      .nodes()
      .filter((n) => !before.has(n.id()))
      .nodes();
    return { before, added };
  };

  return {
    /** Starts over with one graph, drawn as it is. @param {ApiGraph[]} first */
    reset(first) {
      graphs = first;
      cy.batch(() => {
        cy.elements().remove();
        cy.add(mergeGraphs(graphs));
      });
    },

    /** Adds graphs; returns the nodes that were not drawn before and the ids that were. @param {ApiGraph[]} more */
    add(more) {
      graphs = [...graphs, ...more];
      return addMissing();
    },

    /** @param {string} id */
    element(id) {
      const el = cy.getElementById(id);
      return el.nonempty() ? el : null;
    },

    /** Positions, outlets and stances present in the drawn graph, for the filter menus. */
    facets() {
      /** @param {{ label: string }} a @param {{ label: string }} b */
      const byLabel = (a, b) => a.label.localeCompare(b.label);
      /** @param {string} type @returns {{ id: string, label: string }[]} */
      const list = (type) =>
        cy
          .nodes(`[type = "${type}"]`)
          .map((n) => ({ id: n.id(), label: String(n.data('label')) }))
          .sort(byLabel);
      /** @type {Set<string>} */
      const stances = new Set(cy.edges('[type = "TAKES_POSITION"]').map((e) => e.data('stance')));
      cy.nodes('[type = "statement"]').forEach((n) => {
        for (const s of n.data('stances') ?? []) stances.add(s);
      });
      return { positions: list('position'), outlets: list('outlet'), stances: [...stances].filter(Boolean) };
    },

    /** Statement ids drawn (shown or not). @returns {string[]} */
    statementIds() {
      return cy.nodes('[type = "statement"]').map((n) => n.id());
    },

    /** Statement ids shown now (after filters). @returns {string[]} */
    shownStatementIds() {
      return cy
        .nodes('[type = "statement"]')
        .not('.filtered')
        .map((n) => n.id());
    },

    /** Ids of every drawn node. @returns {Set<string>} */
    nodeIds() {
      return new Set(cy.nodes().map((n) => n.id()));
    },

    isEmpty() {
      return cy.elements().empty();
    },
  };
}
