import { h, truncate, word } from './dom.js';

/** The hover card: a short summary of a node or edge next to the pointer. */

/** @param {import('./types.js').NodeSingular} node */
function nodeSummary(node) {
  const d = node.data();
  const lines = [];
  const meta = [d.apiType, d.kind ? word(d.kind) : null].filter(Boolean).join(' · ');
  lines.push(h('div', { class: 'tip-meta', text: meta }));
  lines.push(h('div', { class: 'tip-label', text: truncate(d.label, 220) }));
  if (d.type === 'statement') {
    const speaker = node.incomers('edge[type = "SAID"]').sources()[0];
    if (speaker) lines.push(h('div', { text: `Said by ${speaker.data('label')}` }));
    if (d.factsLoaded) lines.push(h('div', { text: d.statedOn ? `Stated on ${d.statedOn}` : 'Undated' }));
    // The statement's own stances once loaded (they cover positions not drawn, and follow a review); before,
    // those of its drawn stance edges.
    const drawn = node.outgoers('edge[type = "TAKES_POSITION"]');
    /** @type {string[]} */
    const stances = d.factsLoaded ? (d.stances ?? []) : drawn.map((e) => e.data('stance'));
    for (const stance of stances) {
      lines.push(
        h(
          'div',
          { class: 'tip-stance' },
          h('span', { class: `stance-chip stance-${stance}`, text: word(stance) }),
        ),
      );
    }
  } else {
    const counts = new Map();
    node.connectedEdges().forEach((e) => {
      counts.set(e.data('type'), (counts.get(e.data('type')) ?? 0) + 1);
    });
    const parts = [...counts].map(([type, n]) => `${n} ${word(type)}`);
    if (parts.length) lines.push(h('div', { text: `In view: ${parts.join(', ')}` }));
  }
  if (d.hidden > 0) {
    lines.push(h('div', { class: 'tip-more', text: `${d.hidden} more not shown: double-click to expand` }));
  }
  return lines;
}

/** @param {import('./types.js').EdgeSingular} edge */
function edgeSummary(edge) {
  const d = edge.data();
  const lines = [
    h('div', { class: 'tip-meta', text: d.baseLabel || word(d.type) }),
    h(
      'div',
      { class: 'tip-label' },
      `${truncate(edge.source().data('label'), 60)} → ${truncate(edge.target().data('label'), 60)}`,
    ),
  ];
  for (const [name, value] of Object.entries(d.props ?? {})) {
    if (value === null || value === undefined || typeof value === 'object') continue;
    lines.push(h('div', { text: `${word(name)}: ${word(value)}` }));
  }
  return lines;
}

/**
 * @param {import('./types.js').Core} cy
 * @param {HTMLElement} container
 * @param {HTMLElement} tooltip
 */
export function attachHoverCard(cy, container, tooltip) {
  /** @type {import('./types.js').ElementSingular | null} the node whose card is shown, for `refresh` */
  let shownNode = null;
  /** @param {import('./types.js').ElementSingular} element @param {HTMLElement[]} lines */
  const show = (element, lines) => {
    shownNode = element.isNode() ? element : null;
    tooltip.replaceChildren(...lines);
    tooltip.hidden = false;
    const pos = element.isNode()
      ? element.renderedPosition()
      : /** @type {import('./types.js').EdgeSingular} */ (element).renderedMidpoint();
    const box = container.getBoundingClientRect();
    const width = tooltip.offsetWidth;
    const height = tooltip.offsetHeight;
    const x = Math.min(Math.max(8, pos.x + 18), box.width - width - 8);
    const y = pos.y + height + 24 > box.height ? Math.max(8, pos.y - height - 18) : pos.y + 18;
    tooltip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  };
  const hide = () => {
    tooltip.hidden = true;
    shownNode = null;
  };
  cy.on('mouseover', 'node', (event) => {
    event.target.addClass('hover');
    container.style.cursor = 'pointer';
    show(event.target, nodeSummary(event.target));
  });
  cy.on('mouseout', 'node', (event) => {
    event.target.removeClass('hover');
    container.style.cursor = '';
    hide();
  });
  cy.on('mouseover', 'edge', (event) => show(event.target, edgeSummary(event.target)));
  cy.on('mouseout', 'edge', hide);
  cy.on('pan zoom drag', hide);
  /** Writes the shown node's card again from its data (its statement facts just changed). */
  const refresh = () => {
    const node = shownNode;
    if (node?.isNode() && !tooltip.hidden && node.inside()) show(node, nodeSummary(node));
  };
  return { hide, refresh };
}
