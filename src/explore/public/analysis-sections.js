import { contradictionsSection } from './contradiction-view.js';
import { provenanceSection } from './provenance-view.js';
import { reviewSection } from './review-panel.js';
import { timelineSection } from './timeline-chart.js';

/**
 * The analysts' views (issue 16) below a node's details: stance over time and contradictions for actors and
 * positions, the provenance chain and human review for statements. Each section loads its own data.
 *
 * @param {import('./types.js').NodeDetails} node
 * @param {import('./panel-parts.js').PanelActions} actions
 * @returns {HTMLElement[]}
 */
export function analysisSections(node, actions) {
  switch (node.__typename) {
    case 'Actor': {
      const positions = [
        ...new Map(
          (node.positions ?? []).flatMap((p) => (p.position ? [[p.position.id, p.position]] : [])),
        ).values(),
      ].map((p) => ({ id: p.id, name: p.name ?? p.id }));
      return [
        timelineSection({ type: 'Actor', id: node.id, positions }, actions),
        contradictionsSection({ type: 'Actor', id: node.id }, actions),
      ].filter((x) => x !== null);
    }
    case 'Position':
      return [
        timelineSection({ type: 'Position', id: node.id }, actions),
        contradictionsSection({ type: 'Position', id: node.id }, actions),
      ].filter((x) => x !== null);
    case 'Statement':
      return [provenanceSection(node.id, actions), reviewSection(node.id, actions)];
    default:
      return [];
  }
}
