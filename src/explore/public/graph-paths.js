import { bfsDistances } from './graph-layout.js';

/**
 * The shortest simple paths between two drawn nodes over what is shown, as steps (up to `max` paths), for the
 * paths summary.
 *
 * @param {import('./types.js').Core} cy
 * @param {string} fromId
 * @param {string} toId
 * @param {number} max
 * @returns {import('./types.js').PathStep[][]}
 */
export function shortestPaths(cy, fromId, toId, max) {
  const from = cy.getElementById(fromId);
  const to = cy.getElementById(toId);
  if (from.empty() || to.empty() || from.hasClass('filtered')) return [];
  const shown = cy.elements().not('.filtered');
  const fromDist = bfsDistances(shown, from);
  const toDist = bfsDistances(shown, to);
  const length = fromDist.get(toId);
  if (length === undefined) return [];
  /** @type {import('./types.js').PathStep[][]} */
  const found = [];
  /** @param {import('./types.js').NodeSingular} node @param {import('./types.js').PathStep[]} steps */
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
}
