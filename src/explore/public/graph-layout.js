/**
 * Where nodes go. Every placement here is deterministic (same graph in, same positions out, whatever the size
 * of the window), so that a shared link redraws the very picture its sender saw: a fresh view is laid out as
 * rings or as left-to-right paths, and each expansion then fans its new nodes out from the expanded one, in
 * the order the URL lists them.
 */

// How much room a node and its label need: labels are wide and short.
const SLOT_W = 160;
const SLOT_H = 62;
const FIRST_RING = 120;
const RING_STEP = 30;
const FARTHEST = 900;
const RING_GAP = 90;
const MAX_RADIUS = 20000;
/** Height of a ring over its width, on a wide canvas and on a tall one (a phone held upright). */
const WIDE_RINGS = 0.55;
const TALL_RINGS = 1.8;

// Paths read left to right, one column per hop, the nodes of a column one under the other.
const PATH_STEP_X = 260;
const PATH_STEP_Y = 90;

/**
 * Hops from the root to every node it reaches among these elements.
 *
 * @param {import('./types.js').Collection} eles
 * @param {import('./types.js').NodeSingular} root
 */
export function bfsDistances(eles, root) {
  const distance = new Map([[root.id(), 0]]);
  eles.breadthFirstSearch({
    root,
    directed: false,
    visit: (node, _edge, _prev, _i, /** @type {number} */ depth) => {
      distance.set(node.id(), depth);
    },
  });
  return distance;
}

/**
 * Where new neighbors of a node go: on arcs facing away from the rest of the picture (so the existing layout
 * never moves and the new nodes stay next to the one expanded), each pushed outwards until its label is clear.
 *
 * @param {{ x: number, y: number }} origin
 * @param {{ x: number, y: number }[]} existing positions of what is drawn already
 * @param {number} count
 */
export function fanOut(origin, existing, count) {
  const taken = existing.map((p) => ({ ...p }));
  const rest = taken.filter((p) => p.x !== origin.x || p.y !== origin.y);
  let dx = 0;
  let dy = -1;
  if (rest.length) {
    const cx = rest.reduce((sum, p) => sum + p.x, 0) / rest.length;
    const cy = rest.reduce((sum, p) => sum + p.y, 0) / rest.length;
    if (Math.hypot(origin.x - cx, origin.y - cy) > 1) [dx, dy] = [origin.x - cx, origin.y - cy];
  }
  const base = Math.atan2(dy, dx);
  const spread = Math.min(2 * Math.PI * (1 - 1 / Math.max(2, count)), 0.45 * count);
  const clear = (/** @type {Point} */ p) => taken.every((q) => clearOf(p, q));
  const targets = [];
  for (let i = 0; i < count; i += 1) {
    const angle = count === 1 ? base : base - spread / 2 + (spread * i) / (count - 1);
    let r = FIRST_RING;
    let p = { x: origin.x + r * Math.cos(angle), y: origin.y + r * Math.sin(angle) };
    while (!clear(p) && r < FARTHEST) {
      r += RING_STEP;
      p = { x: origin.x + r * Math.cos(angle), y: origin.y + r * Math.sin(angle) };
    }
    // Whole model pixels: the positions go through URLs and screenshots and must compare exactly.
    p = { x: Math.round(p.x), y: Math.round(p.y) };
    taken.push(p);
    targets.push(p);
  }
  return targets;
}

/** @typedef {{ x: number, y: number }} Point */

const clearOf = (/** @type {Point} */ p, /** @type {Point} */ q) =>
  Math.abs(q.x - p.x) >= SLOT_W || Math.abs(q.y - p.y) >= SLOT_H;

/**
 * Rings around the focus, one per hop, drawn as flat ellipses: labels are wide and short, so side by side they
 * need much more room than one above the other. Each ring grows until every node's label slot is clear of the
 * others'.
 *
 * @param {string[][]} levels node ids by hops from the focus (the focus alone first)
 * @param {number} flatness height of a ring over its width
 * @returns {Map<string, { x: number, y: number }>}
 */
export function ellipseRings(levels, flatness) {
  /** @type {Map<string, Point>} */
  const placed = new Map();
  /** @type {Point[]} */
  const taken = [];
  let a = 0;
  levels.forEach((ids, depth) => {
    if (depth === 0) {
      for (const id of ids) placed.set(id, { x: 0, y: 0 });
      taken.push({ x: 0, y: 0 });
      return;
    }
    a = Math.max(a + RING_GAP, FIRST_RING);
    /** @type {Point[]} */
    let ring = [];
    for (; a < MAX_RADIUS; a += RING_STEP) {
      ring = ids.map((_id, i) => {
        const angle = -Math.PI / 2 + (2 * Math.PI * i) / ids.length;
        return { x: Math.round(a * Math.cos(angle)), y: Math.round(a * flatness * Math.sin(angle)) };
      });
      const fits = ring.every(
        (p, i) => taken.every((q) => clearOf(p, q)) && ring.every((q, j) => i === j || clearOf(p, q)),
      );
      if (fits) break;
    }
    ids.forEach((id, i) => {
      placed.set(id, ring[i]);
      taken.push(ring[i]);
    });
  });
  return placed;
}

/**
 * The layout options for a fresh picture: paths read left to right from their start, like a sentence, one
 * column per hop; anything else as rings around its focus (by hops from it).
 *
 * @param {'paths' | 'rings'} kind
 * @param {import('./types.js').Collection} eles what is shown
 * @param {import('./types.js').NodeSingular} root the focus or the path's start
 * @param {boolean} tall whether the canvas is taller than wide: rings then stand upright (the only way the
 *   canvas's size enters a layout, so every wide window draws a link alike, and every phone)
 */
export function freshLayout(kind, eles, root, tall) {
  const hops = byHops(eles, root);
  const placed = kind === 'paths' ? columns(hops) : ellipseRings(hops, tall ? TALL_RINGS : WIDE_RINGS);
  return {
    name: 'preset',
    animate: false,
    fit: false,
    positions: (/** @type {import('./types.js').NodeSingular} */ node) =>
      placed.get(node.id()) ?? { x: 0, y: 0 },
  };
}

/**
 * Node ids grouped by hops from the root, nearest first (what the root does not reach comes last).
 *
 * @param {import('./types.js').Collection} eles
 * @param {import('./types.js').NodeSingular} root
 * @returns {string[][]}
 */
function byHops(eles, root) {
  const distance = bfsDistances(eles, root);
  /** @type {string[][]} */
  const groups = [];
  /** @type {string[]} */
  const unreached = [];
  eles.nodes().forEach((node) => {
    const d = distance.get(node.id());
    if (d === undefined) {
      unreached.push(node.id());
      return;
    }
    if (!groups[d]) groups[d] = [];
    groups[d].push(node.id());
  });
  return [...groups.filter(Boolean), ...(unreached.length ? [unreached] : [])];
}

/**
 * One column per hop, left to right, the nodes of a column one under the other.
 *
 * @param {string[][]} hops
 */
function columns(hops) {
  /** @type {Map<string, Point>} */
  const placed = new Map();
  hops.forEach((ids, x) => {
    ids.forEach((id, y) => {
      placed.set(id, { x: x * PATH_STEP_X, y: Math.round((y - (ids.length - 1) / 2) * PATH_STEP_Y) });
    });
  });
  return placed;
}
