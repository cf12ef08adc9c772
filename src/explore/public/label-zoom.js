import { EDGE_FONT, MIN_LABEL_PX, NODE_FONT, STATEMENT_FONT } from './graph-style.js';

/**
 * Hides labels that the current zoom would draw smaller than MIN_LABEL_PX on screen, and shows them again when
 * zoomed in. (Cytoscape.js' own min-zoomed-font-size rounds the zoom up to a power of two, so it lets labels
 * through at well under the minimum.) Labels only fade: their room is kept, so edge labels placed around node
 * labels stay clear of them when those come back.
 *
 * @param {import('./types.js').Core} cy
 */
export function attachLabelZoom(cy) {
  const rules = [
    { selector: 'node[type != "statement"]', font: NODE_FONT },
    { selector: 'node[type = "statement"]', font: STATEMENT_FONT },
    { selector: 'edge', font: EDGE_FONT },
  ];
  let last = '';
  const update = () => {
    const zoom = cy.zoom();
    const hidden = rules.map((r) => r.font * zoom < MIN_LABEL_PX);
    const key = hidden.join();
    if (key === last) return;
    last = key;
    cy.batch(() => {
      rules.forEach((r, i) => {
        cy.elements(r.selector).toggleClass('label-too-small', hidden[i]);
      });
    });
  };
  let pending = false;
  cy.on('zoom', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      update();
    });
  });
  cy.on('add', () => {
    last = '';
    update();
  });
  return {
    update: () => {
      last = '';
      update();
    },
    /** Whether node labels are hidden at this zoom (for the status line). */
    nodeLabelsHidden: () => NODE_FONT * cy.zoom() < MIN_LABEL_PX,
  };
}
