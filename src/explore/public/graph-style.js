/**
 * How the canvas looks: colours and shapes per node type, actor kind and stance, and the Cytoscape.js
 * stylesheet built from them. The legend's CSS (explorer.css) uses the same colours.
 */

export const ACTOR_COLORS = {
  person: '#2563eb',
  state: '#1e3a8a',
  government_body: '#0284c7',
  alliance: '#4f46e5',
  organization: '#0891b2',
  delegation: '#60a5fa',
  group: '#64748b',
};
export const TYPE_STYLES = {
  actor: { color: '#2563eb', shape: 'ellipse' },
  statement: { color: '#f59e0b', shape: 'round-rectangle' },
  position: { color: '#db2777', shape: 'diamond' },
  outlet: { color: '#0d9488', shape: 'hexagon' },
  article: { color: '#78716c', shape: 'rectangle' },
  event: { color: '#65a30d', shape: 'round-octagon' },
};
export const NODE_TYPES = Object.keys(TYPE_STYLES);
/** @type {Record<string, string>} */
export const STANCE_COLORS = {
  supports: '#16a34a',
  opposes: '#dc2626',
  demands: '#9333ea',
  justifies: '#0891b2',
  dismisses: '#a16207',
  warns: '#ea580c',
  neutral: '#64748b',
};
export const STANCES = Object.keys(STANCE_COLORS);

/** The most stances one statement node shows as slices of its disc; more are rare and listed in its label. */
export const MAX_STANCE_SLICES = 4;

/**
 * Labels are hidden, not shrunk, once they would be drawn smaller than this on screen (zoomed out): a label
 * too small to read only hides the graph (see label-zoom.js).
 */
export const MIN_LABEL_PX = 10;
export const NODE_FONT = 12;
export const STATEMENT_FONT = 11;
export const EDGE_FONT = 11;

const EDGE_GREY = '#94a3b8';
const STATEMENT_FRAME = '#d97706';
const LABEL_DARK = '#1e293b';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Pie slices for a statement's stances (its disc shows each stance it takes, in equal parts). */
function stanceSlices() {
  /** @type {StyleRule[]} */
  const rules = [];
  for (let i = 1; i <= MAX_STANCE_SLICES; i += 1) {
    rules.push({
      selector: `node[stance${i}]`,
      style: {
        [`pie-${i}-background-color`]: `data(stance${i})`,
        [`pie-${i}-background-size`]: 'data(sliceSize)',
      },
    });
  }
  return rules;
}

/**
 * One rule of the stylesheet. Ours rather than Cytoscape.js' StylesheetJson: its typings lag the properties it
 * supports (they reject 'round-rectangle', numeric text widths and some pie sizes, which it draws).
 *
 * @typedef {{ selector: string, style: Record<string, string | number> }} StyleRule
 */

/** @returns {StyleRule[]} */
export function stylesheet() {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-family': FONT,
        'font-size': NODE_FONT,
        color: LABEL_DARK,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': 150,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 2,
        'text-background-shape': 'round-rectangle',
        width: 30,
        height: 30,
        'background-color': '#94a3b8',
        'border-width': 2,
        'border-color': '#ffffff',
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...Object.entries(TYPE_STYLES).map(([type, s]) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': s.color, shape: s.shape },
    })),
    ...Object.entries(ACTOR_COLORS).map(([kind, color]) => ({
      selector: `node[type = "actor"][kind = "${kind}"]`,
      style: { 'background-color': color },
    })),
    { selector: 'node[type = "position"]', style: { width: 34, height: 34, 'font-weight': 600 } },
    { selector: 'node[type = "article"]', style: { width: 24, height: 30 } },
    { selector: 'node[hidden > 0]', style: { 'border-style': 'dashed', 'border-color': '#475569' } },
    // A statement is an amber-framed square whose disc shows its stance (slices when it takes several); one
    // that takes none is filled amber.
    {
      selector: 'node[type = "statement"]',
      style: {
        width: 26,
        height: 26,
        'font-size': STATEMENT_FONT,
        'text-max-width': 150,
        color: '#334155',
        'border-width': 3,
        'border-color': STATEMENT_FRAME,
        'pie-size': '84%',
      },
    },
    { selector: 'node[type = "statement"][sliceSize > 0]', style: { 'background-color': '#ffffff' } },
    ...stanceSlices(),
    // An undated statement keeps its place whatever the date filter says; a dotted ring marks it.
    {
      selector: 'node.undated',
      style: {
        'outline-width': 2,
        'outline-color': '#334155',
        'outline-style': 'dotted',
        'outline-offset': 3,
      },
    },
    {
      selector: 'node.focus, node.endpoint',
      style: {
        width: 44,
        height: 44,
        'border-width': 4,
        'border-color': '#0f172a',
        'border-style': 'solid',
        'font-weight': 700,
      },
    },
    {
      selector: 'node.expanded',
      style: { 'border-width': 3, 'border-color': '#334155', 'border-style': 'double' },
    },
    {
      selector: 'node:selected',
      style: {
        'underlay-color': '#2563eb',
        'underlay-opacity': 0.28,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
        'text-background-color': '#dbeafe',
        'text-background-opacity': 1,
      },
    },
    {
      selector: 'node.hover',
      style: {
        'underlay-color': '#64748b',
        'underlay-opacity': 0.2,
        'underlay-padding': 6,
        'underlay-shape': 'ellipse',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'line-color': EDGE_GREY,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': EDGE_GREY,
        'arrow-scale': 0.8,
        'font-family': FONT,
        'font-size': EDGE_FONT,
        color: '#475569',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': 1,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    // Where an edge's label goes is chosen after layout so that no node or node label covers it (see
    // label-placement.js): the middle, near one end, or nowhere (the hover card still names it).
    { selector: 'edge[labelAt = "mid"]', style: { label: 'data(label)', 'text-rotation': 'autorotate' } },
    {
      selector: 'edge[labelAt = "source"]',
      style: {
        'source-label': 'data(label)',
        'source-text-offset': 'data(labelOffset)',
        'source-text-rotation': 'autorotate',
      },
    },
    {
      selector: 'edge[labelAt = "target"]',
      style: {
        'target-label': 'data(label)',
        'target-text-offset': 'data(labelOffset)',
        'target-text-rotation': 'autorotate',
      },
    },
    ...Object.entries(STANCE_COLORS).map(([stance, color]) => ({
      selector: `edge[stance = "${stance}"]`,
      style: {
        'line-color': color,
        'target-arrow-color': color,
        color,
        width: 2.5,
        'font-weight': 600,
      },
    })),
    { selector: 'edge:selected', style: { width: 4, 'overlay-color': '#2563eb', 'overlay-opacity': 0.15 } },
    // Arrived on the live feed while following: a soft halo, so a new statement is found at a glance.
    {
      selector: 'node.arrived',
      style: { 'underlay-color': '#f59e0b', 'underlay-opacity': 0.35, 'underlay-padding': 10 },
    },
    { selector: '.label-too-small', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}
