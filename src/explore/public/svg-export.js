import { MAX_STANCE_SLICES } from './graph-style.js';

/**
 * The shown graph as a standalone SVG document, drawn from what Cytoscape.js computed (positions, sizes,
 * colours, label places), with real text so it can be edited and searched. Filtered elements are left out.
 */

const esc = (/** @type {unknown} */ text) =>
  String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
const num = (/** @type {number} */ n) => (Math.round(n * 10) / 10).toString();
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
const MARGIN = 40;

/** Corner points of the polygon shapes, on a unit box centred at 0. @type {Record<string, [number, number][]>} */
const POLYGONS = {
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  hexagon: [
    [-0.5, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-0.5, 1],
    [-1, 0],
  ],
  'round-octagon': [
    [-0.4, -1],
    [0.4, -1],
    [1, -0.4],
    [1, 0.4],
    [0.4, 1],
    [-0.4, 1],
    [-1, 0.4],
    [-1, -0.4],
  ],
};

/** @param {import('./types.js').NodeSingular} node */
function shape(node) {
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const fill = node.style('background-color');
  const borderWidth = Number.parseFloat(node.style('border-width')) || 0;
  /** @type {Record<string, string>} */
  const dash = { dashed: ' stroke-dasharray="4 3"', dotted: ' stroke-dasharray="1.5 2.5"' };
  const paint = `fill="${fill}" stroke="${node.style('border-color')}" stroke-width="${num(borderWidth)}"${
    dash[node.style('border-style')] ?? ''
  }`;
  const kind = node.style('shape');
  if (kind === 'ellipse')
    return `<ellipse cx="${num(x)}" cy="${num(y)}" rx="${num(w / 2)}" ry="${num(h / 2)}" ${paint}/>`;
  const polygon = POLYGONS[kind];
  if (polygon) {
    const points = polygon.map(([px, py]) => `${num(x + (px * w) / 2)},${num(y + (py * h) / 2)}`).join(' ');
    return `<polygon points="${points}" ${paint}/>`;
  }
  const r = kind === 'round-rectangle' ? Math.min(w, h) / 4 : 0;
  return `<rect x="${num(x - w / 2)}" y="${num(y - h / 2)}" width="${num(w)}" height="${num(h)}" rx="${num(r)}" ${paint}/>`;
}

/** A statement's stance slices, as Cytoscape.js draws its pie: clockwise from twelve o'clock. */
function slices(/** @type {import('./types.js').NodeSingular} */ node) {
  const colors = [];
  for (let i = 1; i <= MAX_STANCE_SLICES; i += 1)
    if (node.data(`stance${i}`)) colors.push(node.data(`stance${i}`));
  if (!colors.length) return '';
  const { x, y } = node.position();
  const r =
    (Math.min(node.width(), node.height()) / 2) * (Number.parseFloat(node.style('pie-size')) / 100 || 1);
  if (colors.length === 1) return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" fill="${colors[0]}"/>`;
  const step = (2 * Math.PI) / colors.length;
  return colors
    .map((color, i) => {
      const a0 = -Math.PI / 2 + i * step;
      const a1 = a0 + step;
      const p0 = [x + r * Math.cos(a0), y + r * Math.sin(a0)];
      const p1 = [x + r * Math.cos(a1), y + r * Math.sin(a1)];
      return `<path d="M${num(x)},${num(y)} L${num(p0[0])},${num(p0[1])} A${num(r)},${num(r)} 0 0 1 ${num(p1[0])},${num(p1[1])} Z" fill="${color}"/>`;
    })
    .join('');
}

/**
 * @param {string[]} lines
 * @param {number} x
 * @param {number} y
 * @param {number} size
 * @param {string} color
 * @param {string} weight
 */
function text(lines, x, y, size, color, weight, anchor = 'middle', rotate = 0) {
  const spans = lines
    .map((line, i) => `<tspan x="${num(x)}" dy="${i === 0 ? 0 : num(size * 1.2)}">${esc(line)}</tspan>`)
    .join('');
  const turn = rotate ? ` transform="rotate(${num(rotate)} ${num(x)} ${num(y)})"` : '';
  return `<text x="${num(x)}" y="${num(y)}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${color}" text-anchor="${anchor}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"${turn}>${spans}</text>`;
}

function nodeLabel(/** @type {import('./types.js').NodeSingular} */ node) {
  const lines = String(node.data('display') ?? '').split('\n');
  if (!lines[0]) return '';
  const size = Number.parseFloat(node.style('font-size')) || 12;
  const { x, y } = node.position();
  const top = y + node.height() / 2 + (Number.parseFloat(node.style('text-margin-y')) || 0) + size;
  return text(lines, x, top, size, node.style('color'), node.style('font-weight'));
}

function edgeShape(/** @type {import('./types.js').EdgeSingular} */ edge) {
  const s = edge.sourceEndpoint();
  const t = edge.targetEndpoint();
  const control = edge.controlPoints();
  const d = control?.length
    ? `M${num(s.x)},${num(s.y)} Q${num(control[0].x)},${num(control[0].y)} ${num(t.x)},${num(t.y)}`
    : `M${num(s.x)},${num(s.y)} L${num(t.x)},${num(t.y)}`;
  const color = edge.style('line-color');
  const from = control?.length ? control[0] : s;
  const angle = Math.atan2(t.y - from.y, t.x - from.x);
  const size = 7;
  const left = [t.x - size * Math.cos(angle - 0.45), t.y - size * Math.sin(angle - 0.45)];
  const right = [t.x - size * Math.cos(angle + 0.45), t.y - size * Math.sin(angle + 0.45)];
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${num(Number.parseFloat(edge.style('width')) || 1)}"/><polygon points="${num(t.x)},${num(t.y)} ${num(left[0])},${num(left[1])} ${num(right[0])},${num(right[1])}" fill="${color}"/>`;
}

function edgeLabel(/** @type {import('./types.js').EdgeSingular} */ edge) {
  const place = edge.data('labelAt');
  const label = edge.data('label');
  if (!label || place === 'none') return '';
  const s = edge.sourceEndpoint();
  const t = edge.targetEndpoint();
  const length = Math.hypot(t.x - s.x, t.y - s.y) || 1;
  /** @param {{ x: number, y: number }} from @param {{ x: number, y: number }} to @param {number} d */
  const along = (from, to, d) => ({
    x: from.x + ((to.x - from.x) * d) / length,
    y: from.y + ((to.y - from.y) * d) / length,
  });
  const offset = edge.data('labelOffset') ?? 0;
  const at =
    place === 'source' ? along(s, t, offset) : place === 'target' ? along(t, s, offset) : edge.midpoint();
  let angle = (Math.atan2(t.y - s.y, t.x - s.x) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  const size = Number.parseFloat(edge.style('font-size')) || 10;
  return text(
    [label],
    at.x,
    at.y + size / 3,
    size,
    edge.style('color'),
    edge.style('font-weight'),
    'middle',
    angle,
  );
}

/** @param {import('./types.js').Core} cy @returns {string} */
export function toSvg(cy) {
  const nodes = cy.nodes().not('.filtered').nodes();
  const edges = cy.edges().not('.filtered').edges();
  const box = nodes.union(edges).boundingBox({ includeLabels: true, includeOverlays: false });
  const x = box.x1 - MARGIN;
  const y = box.y1 - MARGIN;
  const w = box.w + 2 * MARGIN;
  const h = box.h + 2 * MARGIN;
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(x)} ${num(y)} ${num(w)} ${num(h)}" width="${Math.ceil(w)}" height="${Math.ceil(h)}">`,
    '<title>claimgraph explorer view</title>',
    `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="#ffffff"/>`,
    '<g class="edges">',
    ...edges.map(edgeShape),
    '</g><g class="nodes">',
    ...nodes.map((n) => `<g data-id="${esc(n.id())}">${shape(n)}${slices(n)}</g>`),
    '</g><g class="labels">',
    ...edges.map(edgeLabel),
    ...nodes.map(nodeLabel),
    '</g></svg>',
  ];
  return parts.join('\n');
}
