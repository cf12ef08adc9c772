import { analysisSections } from './analysis-sections.js';
import { DETAILS_QUERY, graphql } from './api.js';
import { h, truncate, word } from './dom.js';
import { bodyFor, titleOf } from './entity-bodies.js';
import { drawnNodeLink, entityLink, facts, section, stanceChip, typeBadge } from './panel-parts.js';

/** @typedef {import('./panel-parts.js').PanelActions} PanelActions */

/** @type {Map<string, Promise<import('./types.js').NodeDetails | null>>} */
const cache = new Map();
let requestSeq = 0;

/** Takes the panel for a new view: a details request still on its way may no longer fill it. */
export function claimPanel() {
  requestSeq += 1;
  return requestSeq;
}

/** @param {string} id */
function loadDetails(id) {
  let pending = cache.get(id);
  if (!pending) {
    pending = graphql(DETAILS_QUERY, { id }).then(
      (data) => /** @type {{ node: import('./types.js').NodeDetails | null }} */ (data).node,
    );
    cache.set(id, pending);
    pending.catch(() => cache.delete(id));
  }
  return pending;
}

/**
 * What is connected to this node in the current picture, grouped by relationship, each one a button.
 *
 * @param {import('./types.js').ElementSingular | null} element
 * @param {PanelActions} actions
 */
function connections(element, actions) {
  if (!element?.isNode()) return null;
  /** @type {Map<string, { other: import('./types.js').NodeSingular, stance: string | undefined }[]>} */
  const groups = new Map();
  element.connectedEdges().forEach((edge) => {
    if (edge.hasClass('filtered')) return;
    const other = edge.source().id() === element.id() ? edge.target() : edge.source();
    const outgoing = edge.source().id() === element.id();
    const label = `${edge.data('label')}${outgoing ? ' →' : ' ←'}`;
    const group = groups.get(label) ?? [];
    groups.set(label, group);
    group.push({ other, stance: edge.data('stance') });
  });
  if (groups.size === 0) return null;
  const lists = [...groups].map(([label, items]) =>
    h(
      'div',
      { class: 'connection-group' },
      h('div', { class: 'connection-label', text: label }),
      h(
        'ul',
        { class: 'plain-list' },
        ...items.map(({ other }) => h('li', {}, ...drawnNodeLink(other, actions, 90))),
      ),
    ),
  );
  const box = section('Connected in this view', ...lists);
  box.classList.add('connections');
  return box;
}

/**
 * After a review: every entity's details may have changed (a statement's stances, an actor's derived ones), so
 * none is kept; the open panel's "Connected in this view" is listed again from the canvas, which the review
 * changed, while the rest of the panel (a review form, its message) stays as the person left it.
 *
 * @param {HTMLElement} panel
 * @param {import('./types.js').ElementSingular | null} element
 * @param {PanelActions} actions
 */
export function refreshAfterReview(panel, element, actions) {
  cache.clear();
  const shown = panel.querySelector('.connections');
  if (!shown) return;
  shown.replaceWith(connections(element, actions) ?? '');
}

/** @param {import('./types.js').EdgeSingular} edge @param {PanelActions} actions */
function edgePanel(edge, actions) {
  const d = edge.data();
  const props = Object.entries(d.props ?? {}).filter(([, v]) => v !== null && typeof v !== 'object');
  return [
    h('div', { class: 'panel-kicker' }, h('span', { class: 'type-badge type-edge', text: 'Relationship' })),
    h('h2', { class: 'panel-title', text: word(d.type) }),
    facts([
      ['From', entityLink({ id: d.source, name: edge.source().data('label') }, actions)],
      ['To', entityLink({ id: d.target, name: edge.target().data('label') }, actions)],
      ['Stance', d.stance ? stanceChip(d.stance) : null],
      ...props
        .filter(([k]) => k !== 'stance')
        .map(
          (/** @type {[string, unknown]} */ [k, v]) => /** @type {[string, string]} */ ([word(k), String(v)]),
        ),
    ]),
  ];
}

/**
 * Fills the side panel for a node or relationship id. Details come from the API (cached per id); what the
 * node is connected to comes from the drawn graph.
 *
 * @param {HTMLElement} panel
 * @param {string} id
 * @param {import('./types.js').ElementSingular | null} element the Cytoscape element, when the id is drawn
 * @param {{ mode: string }} context
 * @param {PanelActions} actions
 */
export async function showDetails(panel, id, element, context, actions) {
  // Clicks can outrun the network: only the latest request may fill the panel.
  const seq = claimPanel();
  const closeButton = h('button', {
    type: 'button',
    class: 'icon-button panel-close',
    'aria-label': 'Close details',
    title: 'Close (Esc)',
    text: '×',
    onclick: actions.close,
  });
  if (element?.isEdge()) {
    panel.replaceChildren(closeButton, ...edgePanel(element, actions));
    panel.hidden = false;
    return;
  }
  const type = element?.data('apiType') ?? id.split(':')[0];
  const label = element?.data('label') ?? id;
  const header = h(
    'div',
    { class: 'panel-kicker' },
    typeBadge(type),
    element?.data('kind') ? h('span', { class: 'kind', text: word(element.data('kind')) }) : null,
  );
  const title = h('h2', { class: 'panel-title', id: 'panel-title', text: truncate(label, 160) });
  const buttons = h('div', { class: 'panel-actions' });
  if (element) {
    const hidden = element.data('hidden');
    buttons.append(
      h('button', {
        type: 'button',
        class: 'button',
        text: hidden > 0 ? `Expand (+${hidden})` : 'Expand',
        title: 'Show more of its neighbors (same as double-clicking it)',
        onclick: () => actions.expand(id),
      }),
    );
  }
  if (context.mode !== 'neighborhood' || !element?.hasClass('focus')) {
    buttons.append(
      h('button', {
        type: 'button',
        class: 'button',
        text: 'Center here',
        title: 'Draw the neighborhood of this node',
        onclick: () => actions.focus(id),
      }),
    );
  }
  buttons.append(
    h('button', {
      type: 'button',
      class: 'button',
      text: 'Path from',
      title: 'Use as the start of a path search',
      onclick: () => actions.pathEnd('from', id, label),
    }),
    h('button', {
      type: 'button',
      class: 'button',
      text: 'Path to',
      title: 'Use as the end of a path search',
      onclick: () => actions.pathEnd('to', id, label),
    }),
  );
  const body = h(
    'div',
    { class: 'panel-body', 'aria-busy': 'true' },
    h('p', { class: 'muted', text: 'Loading…' }),
  );
  panel.replaceChildren(closeButton, header, title, buttons, body, connections(element, actions) ?? '');
  panel.hidden = false;
  try {
    const node = await loadDetails(id);
    if (seq !== requestSeq) return;
    if (!node) {
      body.replaceChildren(h('p', { class: 'muted', text: 'Not found in the graph.' }));
    } else {
      title.textContent = titleOf(node, label);
      body.replaceChildren(...bodyFor(node, actions), ...analysisSections(node, actions));
    }
  } catch (error) {
    if (seq !== requestSeq) return;
    body.replaceChildren(
      h('p', {
        class: 'error',
        role: 'alert',
        text: `Could not load details: ${error instanceof Error ? error.message : error}`,
      }),
    );
  } finally {
    body.removeAttribute('aria-busy');
  }
}
