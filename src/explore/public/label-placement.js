/**
 * Keeps edge labels readable: each one goes where no node and no node label covers it (Cytoscape.js draws
 * nodes, with their labels, above edges). Tried in order: the middle of the edge, near its source, near its
 * target; when all three are covered the label is left off the canvas (the hover card and the side panel
 * still name the relationship) rather than drawn underneath.
 */

const PLACES = ['mid', 'source', 'target'];

// Above this many edges the check would cost more than it gives (labels are hidden at that zoom anyway).
const MAX_EDGES = 1500;

const BODY_AND_LABEL = {
  includeNodes: true,
  includeEdges: false,
  includeLabels: true,
  includeOverlays: false,
};
const LABEL_ONLY = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeSourceLabels: true,
  includeTargetLabels: true,
  includeOverlays: false,
};

/** @typedef {{ x1: number, y1: number, x2: number, y2: number }} Box */

const overlaps = (/** @type {Box} */ a, /** @type {Box} */ b) =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The box of an edge's label where it is drawn now, or null when it has none. */
export function edgeLabelBox(/** @type {import('./types.js').EdgeSingular} */ edge) {
  if (!edge.data('label') || edge.data('labelAt') === 'none') return null;
  const box = edge.boundingBox(LABEL_ONLY);
  return box.w > 0 && box.h > 0 ? box : null;
}

/** The boxes of every shown node with its label. */
export function nodeBoxes(/** @type {import('./types.js').Core} */ cy) {
  return cy
    .nodes(':visible')
    .map((node) => node.boundingBox(BODY_AND_LABEL))
    .filter((box) => box.w > 0 && box.h > 0);
}

/**
 * Chooses a place for every shown edge's label.
 *
 * @param {import('./types.js').Core} cy
 * @returns {number} how many labels found no free place
 */
export function placeEdgeLabels(cy) {
  const edges = cy.edges(':visible').filter((e) => e.data('baseLabel'));
  if (edges.length > MAX_EDGES) return 0;
  const blocked = nodeBoxes(cy);
  let left = 0;
  cy.batch(() => {
    edges.forEach((edge) => {
      const length = Math.hypot(
        edge.target().position('x') - edge.source().position('x'),
        edge.target().position('y') - edge.source().position('y'),
      );
      edge.data('labelOffset', Math.max(28, Math.round(length * 0.3)));
    });
  });
  edges.forEach((edge) => {
    let placed = false;
    for (const place of PLACES) {
      edge.data('labelAt', place);
      const box = edgeLabelBox(edge);
      if (box && !blocked.some((other) => overlaps(box, other))) {
        blocked.push(box);
        placed = true;
        break;
      }
    }
    if (!placed) {
      edge.data('labelAt', 'none');
      left += 1;
    }
  });
  return left;
}

/** Pairs of a shown edge label and a shown node (body or label) that overlap: none after placeEdgeLabels. */
export function coveredEdgeLabels(/** @type {import('./types.js').Core} */ cy) {
  const nodes = cy.nodes(':visible').map((n) => ({ id: n.id(), box: n.boundingBox(BODY_AND_LABEL) }));
  /** @type {[string, string][]} */
  const covered = [];
  cy.edges(':visible').forEach((edge) => {
    const box = edgeLabelBox(edge);
    if (!box) return;
    for (const n of nodes) if (overlaps(box, n.box)) covered.push([edge.id(), n.id]);
  });
  return covered;
}
