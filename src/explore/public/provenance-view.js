import { graphql } from './api.js';
import { h, word } from './dom.js';
import { fuzzyDate, section } from './panel-parts.js';
import { short, svg } from './svg-dom.js';

/**
 * A statement's provenance chain (Statement.provenance) drawn left to right: the speaker, the medium the remark
 * was made to, the agencies that carried it and the publishers that printed it, each column ordered by the
 * date of its first report, every hand-over an arrow, the first known report marked. The side panel shows the
 * first report and a button; the chart opens in a wide dialog, since a chain is wider than the panel.
 *
 * @typedef {import('./panel-parts.js').PanelActions} PanelActions
 * @typedef {{ id: string, name: string }} Named
 * @typedef {{ outlet: Named, role: string, depth: number, firstPublishedOn: string | null,
 *   articles: { id: string, title: string | null }[], sources: { id: string }[] }} Step
 * @typedef {{ speaker: Named | null, originalMedium: Named | null,
 *   firstReport: { article: { id: string, title: string | null }, publisher: Named | null,
 *     publishedOn: import('./types.js').FuzzyDate | null } | null,
 *   steps: Step[], links: { from: { id: string }, to: { id: string } }[], roots: { id: string }[] }} Provenance
 */

export const PROVENANCE_QUERY = `query Provenance($id: ID!) {
  node(id: $id) {
    ... on Statement {
      provenance {
        speaker { id name }
        originalMedium { id name }
        firstReport { article { id title } publisher { id name } publishedOn { value precision context } }
        steps { outlet { id name } role depth firstPublishedOn articles { id title } sources { id } }
        links { from { id } to { id } }
        roots { id }
      }
    }
  }
}`;

const BOX_W = 150;
const BOX_H = 52;
const COL_GAP = 54;
const ROW_GAP = 16;
const TOP = 12;

/**
 * The chart: column 0 the speaker, then one column per depth of the chain.
 *
 * @param {Provenance} p
 * @param {PanelActions} actions
 * @returns {SVGSVGElement}
 */
export function provenanceSvg(p, actions) {
  const byDate = (/** @type {Step} */ a, /** @type {Step} */ b) =>
    (a.firstPublishedOn ?? '9999').localeCompare(b.firstPublishedOn ?? '9999') ||
    a.outlet.name.localeCompare(b.outlet.name);
  const depths = [...new Set(p.steps.map((s) => s.depth))].sort((a, b) => a - b);
  const columns = depths.map((d) => p.steps.filter((s) => s.depth === d).sort(byDate));
  const tallest = Math.max(1, ...columns.map((c) => c.length));
  const height = TOP * 2 + tallest * (BOX_H + ROW_GAP);
  const width = (columns.length + 1) * (BOX_W + COL_GAP);
  const x = (/** @type {number} */ col) => 8 + col * (BOX_W + COL_GAP);
  const y = (/** @type {number} */ row, /** @type {number} */ count) =>
    TOP + (height - TOP * 2 - count * (BOX_H + ROW_GAP)) / 2 + row * (BOX_H + ROW_GAP);
  /** @type {Map<string, { x: number, y: number }>} */
  const at = new Map();
  const first = p.firstReport?.publisher?.id ?? null;
  const chart = /** @type {SVGSVGElement} */ (
    svg('svg', {
      class: 'provenance-chart',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-label': 'Provenance chain, left to right',
    })
  );
  chart.append(
    svg(
      'defs',
      {},
      svg(
        'marker',
        {
          id: 'pv-arrow',
          viewBox: '0 0 10 10',
          refX: 10,
          refY: 5,
          markerWidth: 7,
          markerHeight: 7,
          orient: 'auto',
        },
        svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'pv-arrowhead' }),
      ),
    ),
  );
  const edges = svg('g', { class: 'pv-edges' });
  const nodes = svg('g', { class: 'pv-nodes' });
  chart.append(edges, nodes);

  /**
   * @param {string} id
   * @param {number} col
   * @param {number} row
   * @param {number} count
   * @param {string} name
   * @param {string} role
   * @param {string | null} date
   */
  const box = (id, col, row, count, name, role, date) => {
    const bx = x(col);
    const by = y(row, count);
    at.set(id, { x: bx, y: by });
    const isFirst = id === first;
    const g = svg(
      'g',
      {
        class: `pv-node pv-${role.toLowerCase().replaceAll('_', '-')}${isFirst ? ' pv-first' : ''}`,
        'data-id': id,
        tabindex: 0,
        role: 'button',
      },
      svg('title', {}, `${name}: ${word(role)}${date ? `, first report ${date}` : ''}`),
      svg('rect', { class: 'pv-box', x: bx, y: by, width: BOX_W, height: BOX_H, rx: 7 }),
      svg('text', { class: 'pv-name', x: bx + 9, y: by + 19 }, short(name, 20)),
      svg('text', { class: 'pv-role', x: bx + 9, y: by + 37 }, `${word(role)}${date ? ` · ${date}` : ''}`),
    );
    if (isFirst) {
      g.append(
        svg('rect', { class: 'pv-badge', x: bx + BOX_W - 74, y: by - 9, width: 70, height: 17, rx: 8 }),
        svg(
          'text',
          { class: 'pv-badge-text', x: bx + BOX_W - 39, y: by + 3, 'text-anchor': 'middle' },
          'first report',
        ),
      );
    }
    g.addEventListener('click', () => actions.select(id));
    g.addEventListener('keydown', (event) => {
      if (/** @type {KeyboardEvent} */ (event).key === 'Enter') actions.select(id);
    });
    nodes.append(g);
  };
  const speakerId = p.speaker?.id ?? 'speaker';
  box(speakerId, 0, 0, 1, p.speaker?.name ?? 'no speaker', 'SPEAKER', null);
  columns.forEach((steps, c) => {
    steps.forEach((s, r) => {
      box(s.outlet.id, c + 1, r, steps.length, s.outlet.name, s.role, s.firstPublishedOn);
    });
  });
  /** @param {string} from @param {string} to @param {string} kind */
  const arrow = (from, to, kind) => {
    const a = at.get(from);
    const b = at.get(to);
    if (!a || !b) return;
    const x1 = a.x + BOX_W;
    const y1 = a.y + BOX_H / 2;
    const x2 = b.x;
    const y2 = b.y + BOX_H / 2;
    const mid = (x1 + x2) / 2;
    edges.append(
      svg('path', {
        class: `pv-link pv-${kind}`,
        d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`,
        'marker-end': 'url(#pv-arrow)',
        'data-from': from,
        'data-to': to,
      }),
    );
  };
  // The speaker's words reach the trails' starts: the original medium, or an outlet that is its own source.
  for (const root of p.steps.filter((s) => s.depth === depths[0])) arrow(speakerId, root.outlet.id, 'said');
  for (const link of p.links) arrow(link.from.id, link.to.id, 'carried');
  return chart;
}

/**
 * Opens the chain in a modal dialog (Escape or the button closes it).
 *
 * @param {Provenance} p
 * @param {PanelActions} actions
 */
function openChain(p, actions) {
  const dialog = /** @type {HTMLDialogElement} */ (
    h(
      'dialog',
      { class: 'wide-dialog provenance-dialog', 'aria-labelledby': 'provenance-title' },
      h(
        'div',
        { class: 'wide-dialog-head' },
        h('h2', { id: 'provenance-title', text: 'Provenance chain' }),
        h('button', {
          type: 'button',
          class: 'icon-button',
          'aria-label': 'Close the provenance chain',
          text: '×',
          onclick: () => dialog.close(),
        }),
      ),
      h(
        'p',
        { class: 'muted' },
        'From the speaker (left) through the medium the remark was made to, the agencies that carried it, to the publishers that printed it; each column in order of first report.',
      ),
    )
  );
  const select = (/** @type {string} */ id) => {
    dialog.close();
    actions.select(id);
  };
  dialog.append(h('div', { class: 'provenance-scroll' }, provenanceSvg(p, { ...actions, select })));
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}

/**
 * The statement panel's "Provenance" section: the first known report, and the button that draws the chain.
 *
 * @param {string} statementId
 * @param {PanelActions} actions
 */
export function provenanceSection(statementId, actions) {
  const body = h(
    'div',
    { class: 'pv-summary', 'aria-busy': 'true' },
    h('p', { class: 'muted', text: 'Loading…' }),
  );
  graphql(PROVENANCE_QUERY, { id: statementId }).then(
    (data) => {
      const p = /** @type {{ node: { provenance?: Provenance } | null }} */ (data).node?.provenance;
      body.removeAttribute('aria-busy');
      if (!p || p.steps.length === 0) {
        body.replaceChildren(h('p', { class: 'muted', text: 'No outlet is known to have carried it.' }));
        return;
      }
      const first = p.firstReport;
      body.replaceChildren(
        h(
          'p',
          { class: 'pv-first-report' },
          first
            ? `First known report: ${first.publisher?.name ?? 'unknown publisher'}, ${fuzzyDate(first.publishedOn) ?? 'undated'}. `
            : 'No dated report. ',
          `${p.steps.length} outlet${p.steps.length === 1 ? '' : 's'} in the chain.`,
        ),
        h('button', {
          type: 'button',
          class: 'button',
          text: 'Draw the provenance chain',
          onclick: () => openChain(p, actions),
        }),
      );
    },
    (error) => {
      body.removeAttribute('aria-busy');
      body.replaceChildren(
        h('p', {
          class: 'error',
          role: 'alert',
          text: `Could not load the provenance: ${error instanceof Error ? error.message : error}`,
        }),
      );
    },
  );
  return section('Provenance', body);
}
