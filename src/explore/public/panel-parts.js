import { h, highlighted, key, truncate, word } from './dom.js';

/** The small pieces every side-panel view is built of: chips, entity links, fact lists, sections, article text. */

/**
 * @typedef {{
 *   select: (id: string) => void,
 *   expand: (id: string) => void,
 *   focus: (id: string) => void,
 *   pathEnd: (end: 'from' | 'to', id: string, label: string) => void,
 *   close: () => void,
 *   statementChanged: (id: string) => void,
 * }} PanelActions
 */

/** Only web links from the data become clickable; anything else (javascript:, data:) stays text. */
export function safeHref(/** @type {string} */ url) {
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
/** @param {import('./types.js').FuzzyDate | null | undefined} date */
export function fuzzyDate(date) {
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

export const stanceChip = (/** @type {string} */ stance) =>
  h('span', { class: `stance-chip stance-${key(stance)}`, text: word(stance) });

export const typeBadge = (/** @type {string} */ type) =>
  h('span', { class: `type-badge type-${key(type)}`, text: type });

/** A button that selects an entity on the canvas (or shows its details when it is not drawn). */
/**
 * @param {import('./types.js').EntityRef | null | undefined} entity
 * @param {PanelActions} actions
 * @param {string} [type]
 */
export function entityLink(entity, actions, type) {
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

/**
 * A node of the drawn graph: its type's dot and a button that selects it on the canvas.
 *
 * @param {import('./types.js').NodeSingular} node
 * @param {PanelActions} actions
 * @param {number} max the label's length shown at most
 */
export function drawnNodeLink(node, actions, max) {
  return [
    h('span', { class: `dot type-${node.data('type')}`, 'aria-hidden': 'true' }),
    h('button', {
      type: 'button',
      class: 'link-button',
      'data-id': node.id(),
      text: truncate(node.data('label'), max),
      onclick: () => actions.select(node.id()),
    }),
  ];
}

/** @param {[string, Node | string | null | undefined | false][]} rows */
export function facts(rows) {
  const dl = h('dl', { class: 'facts' });
  for (const [label, value] of rows) {
    if (value === null || value === undefined || value === '' || value === false) continue;
    dl.append(h('dt', { text: label }), h('dd', {}, value));
  }
  return dl;
}

/** @param {string} title @param {...(Node | string | null)} children */
export function section(title, ...children) {
  return h('section', { class: 'panel-section' }, h('h3', { text: title }), ...children);
}

/** The article text with every evidence span marked; the first mark is scrolled into the middle of the box. */
/**
 * @param {import('./types.js').EntityRef} article
 * @param {{ start: number, end: number }[]} spans
 */
export function articleExcerpt(article, spans) {
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
