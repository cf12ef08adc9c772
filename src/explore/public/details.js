import { DETAILS_QUERY, graphql } from './api.js';
import { h, highlighted, key, truncate, word } from './dom.js';

/**
 * @typedef {{
 *   select: (id: string) => void,
 *   expand: (id: string) => void,
 *   focus: (id: string) => void,
 *   pathEnd: (end: 'from' | 'to', id: string, label: string) => void,
 *   close: () => void,
 * }} PanelActions
 */

const cache = new Map();
let requestSeq = 0;

async function loadDetails(id) {
  if (!cache.has(id)) {
    const pending = graphql(DETAILS_QUERY, { id }).then((data) => data.node);
    cache.set(id, pending);
    pending.catch(() => cache.delete(id));
  }
  return cache.get(id);
}

/** Only web links from the data become clickable; anything else (javascript:, data:) stays text. */
function safeHref(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "January 2022" is never shown as "1 January 2022": the precision decides what is printed. */
function fuzzyDate(date) {
  if (!date?.value) return null;
  const [y, m = '01', d = '01'] = String(date.value).split('-');
  const when = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const precision = key(date.precision);
  let text = date.value;
  if (!Number.isNaN(when.getTime())) {
    text = precision === 'year' ? y : precision === 'month' ? MONTH.format(when) : DAY.format(when);
  }
  return date.context ? `${text} (from context, not the article text)` : text;
}

const stanceChip = (stance) => h('span', { class: `stance-chip stance-${key(stance)}`, text: word(stance) });

const typeBadge = (type) => h('span', { class: `type-badge type-${key(type)}`, text: type });

/** A button that selects an entity on the canvas (or shows its details when it is not drawn). */
function entityLink(entity, actions, type) {
  if (!entity) return h('span', { class: 'muted', text: '—' });
  return h('button', {
    type: 'button',
    class: 'link-button',
    'data-id': entity.id,
    text: entity.name ?? entity.title ?? truncate(entity.text ?? entity.id, 80),
    title: type ? `Show ${type} ${entity.id}` : `Show ${entity.id}`,
    onclick: () => actions.select(entity.id),
  });
}

function facts(rows) {
  const dl = h('dl', { class: 'facts' });
  for (const [label, value] of rows) {
    if (value === null || value === undefined || value === '' || value === false) continue;
    dl.append(h('dt', { text: label }), h('dd', {}, typeof value === 'string' ? value : value));
  }
  return dl;
}

function section(title, ...children) {
  return h('section', { class: 'panel-section' }, h('h3', { text: title }), ...children);
}

/** The article text with every evidence span marked; the first mark is scrolled into the middle of the box. */
function articleExcerpt(article, spans) {
  const box = h(
    'div',
    {
      class: 'article-text',
      tabindex: '0',
      role: 'region',
      'aria-label': `Text of ${article.title ?? 'article'}`,
    },
    highlighted(article.text ?? '', spans, 'evidence'),
  );
  requestAnimationFrame(() => {
    const mark = box.querySelector('mark');
    if (mark instanceof HTMLElement) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  });
  return box;
}

function statementBody(s, actions) {
  const parts = [];
  // The paraphrase is the panel's title; a verbatim quote, when there is one, goes first.
  if (s.quote) parts.push(h('blockquote', { class: 'quote', text: `“${s.quote}”` }));
  const flags = [s.negated ? 'negated' : null, s.conditional ? 'conditional' : null].filter(Boolean);
  parts.push(
    facts([
      ['Speaker', s.speaker ? entityLink(s.speaker, actions, 'actor') : 'the article itself'],
      ['Speech act', word(s.speechAct)],
      ['Cue', s.cue ? h('q', { text: s.cue }) : null],
      ['Condition', s.condition],
      ['Stated on', fuzzyDate(s.statedOn)],
      ['Original medium', s.originalMedium ? entityLink(s.originalMedium, actions, 'outlet') : null],
      [
        'Cited via',
        s.citedVia?.length
          ? h('span', { class: 'inline-list' }, ...s.citedVia.map((o) => entityLink(o, actions, 'outlet')))
          : null,
      ],
      ['Flags', flags.length ? flags.join(', ') : null],
      [
        'Sources',
        typeof s.corroboration === 'number'
          ? s.corroboration === 1
            ? 'one outlet (uncorroborated)'
            : `${s.corroboration} outlets`
          : null,
      ],
    ]),
  );
  if (s.positions?.length) {
    parts.push(
      section(
        'Positions',
        h(
          'ul',
          { class: 'stance-list' },
          ...s.positions.map((p) =>
            h('li', {}, stanceChip(p.stance), ' ', entityLink(p.position, actions, 'position')),
          ),
        ),
      ),
    );
  }
  if (s.evidence?.length) {
    const byArticle = new Map();
    for (const ev of s.evidence) {
      const group = byArticle.get(ev.article.id) ?? { article: ev.article, spans: [] };
      group.spans.push(ev);
      byArticle.set(ev.article.id, group);
    }
    const groups = [...byArticle.values()].map(({ article, spans }) => {
      const href = article.url ? safeHref(article.url) : null;
      const title = article.title ?? article.id;
      return h(
        'div',
        { class: 'evidence-group' },
        h(
          'div',
          { class: 'evidence-source' },
          href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', text: title }) : title,
        ),
        h(
          'ul',
          { class: 'evidence-spans' },
          ...spans.map((ev) =>
            h(
              'li',
              {},
              h('span', {
                class: 'span-range',
                title:
                  'Where the span sits in the article text (offsets in characters, the end not included)',
                text: `characters ${ev.start}–${ev.end}`,
              }),
              ` ${ev.excerpt}`,
            ),
          ),
        ),
        articleExcerpt(article, spans),
      );
    });
    parts.push(section('Evidence', ...groups));
  }
  return parts;
}

function actorBody(a, actions) {
  const parts = [];
  if (a.description) parts.push(h('p', { class: 'description', text: a.description }));
  parts.push(facts([['Also known as', a.aliases?.length ? a.aliases.join(', ') : null]]));
  if (a.positions?.length) {
    const rows = a.positions.map((p) =>
      h(
        'li',
        { class: 'actor-position' },
        h(
          'div',
          { class: 'actor-position-head' },
          stanceChip(p.stance),
          ' ',
          entityLink(p.position, actions, 'position'),
          h('span', {
            class: 'count',
            text: p.statementCount === 1 ? '1 statement' : `${p.statementCount} statements`,
          }),
        ),
        p.statements?.length
          ? h(
              'details',
              {},
              h('summary', { text: 'Statements' }),
              h(
                'ul',
                { class: 'plain-list' },
                ...p.statements.map((st) => h('li', {}, entityLink(st, actions, 'statement'))),
              ),
            )
          : null,
      ),
    );
    parts.push(section('Stance by position', h('ul', { class: 'stance-list' }, ...rows)));
  } else {
    parts.push(
      section('Stance by position', h('p', { class: 'muted', text: 'No statements take a stance.' })),
    );
  }
  return parts;
}

function positionBody(p, actions) {
  const parts = [
    h('p', { class: p.description ? 'description' : 'muted', text: p.description ?? 'No description.' }),
  ];
  if (p.stances?.length) {
    parts.push(
      section(
        'Who takes which stance',
        h(
          'ul',
          { class: 'stance-list' },
          ...p.stances.map((st) =>
            h(
              'li',
              { class: 'actor-position-head' },
              stanceChip(st.stance),
              ' ',
              entityLink(st.actor, actions, 'actor'),
              h('span', {
                class: 'count',
                text: st.statementCount === 1 ? '1 statement' : `${st.statementCount} statements`,
              }),
            ),
          ),
        ),
      ),
    );
  }
  return parts;
}

function bodyFor(node, actions) {
  switch (node.__typename) {
    case 'Statement':
      return statementBody(node, actions);
    case 'Actor':
      return actorBody(node, actions);
    case 'Position':
      return positionBody(node, actions);
    case 'Outlet':
      return [
        facts([
          ['Kind', word(node.outletKind)],
          ['Country', node.country],
          ['Also known as', node.aliases?.length ? node.aliases.join(', ') : null],
        ]),
      ];
    case 'Article': {
      const href = node.url ? safeHref(node.url) : null;
      return [
        facts([
          ['Published', fuzzyDate(node.publishedOn)],
          ['Publisher', node.publisher ? entityLink(node.publisher, actions, 'outlet') : null],
          ['Link', href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', text: href }) : null],
        ]),
        section('Text', articleExcerpt(node, [])),
      ];
    }
    case 'Event':
      return [
        node.description ? h('p', { class: 'description', text: node.description }) : null,
        facts([
          ['Date', fuzzyDate(node.date)],
          [
            'Participants',
            node.participants?.length
              ? h(
                  'span',
                  { class: 'inline-list' },
                  ...node.participants.map((pt) => entityLink(pt.actor, actions, 'actor')),
                )
              : null,
          ],
        ]),
      ].filter(Boolean);
    default:
      return [];
  }
}

function titleOf(node, fallback) {
  return node?.name ?? node?.title ?? node?.text ?? fallback;
}

/** What is connected to this node in the current picture, grouped by relationship, each one a button. */
function connections(element, actions) {
  if (!element?.isNode()) return null;
  const groups = new Map();
  element.connectedEdges().forEach((edge) => {
    if (edge.hasClass('filtered')) return;
    const other = edge.source().id() === element.id() ? edge.target() : edge.source();
    const outgoing = edge.source().id() === element.id();
    const label = `${edge.data('label')}${outgoing ? ' →' : ' ←'}`;
    if (!groups.has(label)) groups.set(label, []);
    groups.get(label).push({ other, stance: edge.data('stance') });
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
        ...items.map(({ other }) =>
          h(
            'li',
            {},
            h('span', { class: `dot type-${other.data('type')}`, 'aria-hidden': 'true' }),
            h('button', {
              type: 'button',
              class: 'link-button',
              'data-id': other.id(),
              text: truncate(other.data('label'), 90),
              onclick: () => actions.select(other.id()),
            }),
          ),
        ),
      ),
    ),
  );
  return section('Connected in this view', ...lists);
}

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
      ...props.filter(([k]) => k !== 'stance').map(([k, v]) => [word(k), String(v)]),
    ]),
  ];
}

/**
 * Fills the side panel for a node or relationship id. Details come from the API (cached per id); what the
 * node is connected to comes from the drawn graph.
 *
 * @param {HTMLElement} panel
 * @param {string} id
 * @param {any} element the Cytoscape element, when the id is drawn
 * @param {{ mode: string }} context
 * @param {PanelActions} actions
 */
export async function showDetails(panel, id, element, context, actions) {
  // Clicks can outrun the network: only the latest request may fill the panel.
  requestSeq += 1;
  const seq = requestSeq;
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
      body.replaceChildren(...bodyFor(node, actions));
    }
  } catch (error) {
    if (seq !== requestSeq) return;
    body.replaceChildren(
      h('p', { class: 'error', role: 'alert', text: `Could not load details: ${error.message}` }),
    );
  } finally {
    body.removeAttribute('aria-busy');
  }
}

/**
 * The paths view's panel while nothing is selected: every shortest path as a chain of steps.
 *
 * @param {HTMLElement} panel
 * @param {{ edges: any, node: any }[][]} paths
 * @param {PanelActions} actions
 */
export function showPaths(panel, paths, actions) {
  requestSeq += 1;
  const hops = paths[0] ? paths[0].length - 1 : 0;
  const title = h('h2', {
    class: 'panel-title',
    text:
      paths.length === 1
        ? `1 shortest path, ${hops} hops`
        : `${paths.length} shortest paths, ${hops} hops each`,
  });
  const list = h(
    'ol',
    { class: 'path-list' },
    ...paths.map((steps) =>
      h(
        'li',
        {},
        h(
          'ol',
          { class: 'path-steps' },
          ...steps.map(({ edges, node }) =>
            h(
              'li',
              {},
              edges
                ? h(
                    'span',
                    { class: 'path-edge' },
                    ...edges.map((edge, i) =>
                      h('span', {
                        class: edge.data('stance') ? `stance-chip stance-${edge.data('stance')}` : '',
                        text: `${i ? ' · ' : ''}${edge.data('label')}`,
                      }),
                    ),
                  )
                : null,
              h(
                'span',
                { class: 'path-node' },
                h('span', { class: `dot type-${node.data('type')}`, 'aria-hidden': 'true' }),
                h('button', {
                  type: 'button',
                  class: 'link-button',
                  'data-id': node.id(),
                  text: truncate(node.data('label'), 80),
                  onclick: () => actions.select(node.id()),
                }),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  panel.replaceChildren(
    h('div', { class: 'panel-kicker' }, h('span', { class: 'type-badge type-edge', text: 'Paths' })),
    title,
    list,
    h('p', { class: 'muted small', text: 'Click a step for its details; double-click a node to expand it.' }),
  );
  panel.hidden = false;
}

/** The empty panel: what to do, shown while nothing is selected. */
export function showHelp(panel) {
  requestSeq += 1;
  panel.replaceChildren(
    h('h2', { class: 'panel-title', text: 'Explore the graph' }),
    h(
      'ul',
      { class: 'help-list' },
      h('li', { text: 'Search for an actor, statement, position, outlet, article or event, and pick it.' }),
      h('li', { text: 'Click a node or edge for details; hover for a summary.' }),
      h('li', { text: 'Double-click a node to expand it; “+n more” shows what is not drawn yet.' }),
      h('li', { text: 'Switch to Paths to see how two entities are connected.' }),
      h('li', { text: 'Filters hide statements by position, stance or outlet; the URL keeps the view.' }),
    ),
  );
  panel.hidden = false;
}
