import { attachHoverCard } from './graph-hover.js';
import { placeEdgeLabels } from './label-placement.js';
import { attachLabelZoom } from './label-zoom.js';

/**
 * What a person does to the canvas with the pointer: tap to select (the background to clear), double-tap to
 * expand, hover for a card, drag a node (its edge labels are placed again), zoom (labels hide when too small).
 *
 * @param {import('./types.js').Core} cy
 * @param {HTMLElement} container
 * @param {HTMLElement} tooltip
 * @param {{ onSelect: (id: string | null) => void, onExpand: (id: string) => void }} hooks
 */
export function attachInteraction(cy, container, tooltip, hooks) {
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
  return { hover, labelZoom };
}
