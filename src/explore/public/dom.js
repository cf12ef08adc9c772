/**
 * The only way the explorer builds DOM: text always goes through textContent, never through HTML parsing, so
 * names, quotes and article text from the graph can never become markup.
 *
 * @param {string} tag
 * @param {Record<string, unknown>} [attrs] attributes; `class` and `text` are shortcuts, `on<event>` adds a
 *   listener, `false`/`null`/`undefined` values are skipped
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'text') el.textContent = String(value);
    else if (name === 'class') el.className = String(value);
    else if (name.startsWith('on') && typeof value === 'function')
      el.addEventListener(name.slice(2), /** @type {EventListener} */ (value));
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

/** @param {Element} el @param {...(Node | string | null | undefined | false)} children */
export function append(el, ...children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** @param {Element} el */
export function clear(el) {
  el.replaceChildren();
}

/**
 * Text with the given half-open ranges wrapped in <mark>; overlapping or unsorted ranges are merged first.
 *
 * @param {string} text
 * @param {{ start: number, end: number }[]} ranges
 * @param {string} [markClass]
 * @returns {DocumentFragment}
 */
export function highlighted(text, ranges, markClass = '') {
  const merged = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(0, Math.min(text.length, r.start));
    const end = Math.max(start, Math.min(text.length, r.end));
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else if (end > start) merged.push({ start, end });
  }
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const r of merged) {
    if (r.start > at) fragment.append(document.createTextNode(text.slice(at, r.start)));
    fragment.append(h('mark', { class: markClass || null, text: text.slice(r.start, r.end) }));
    at = r.end;
  }
  if (at < text.length) fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}

/**
 * Enum values may arrive as GraphQL enums (OPPOSES, GOVERNMENT_BODY) or as strings; the page shows words.
 *
 * @param {unknown} value
 */
export function word(value) {
  return value === null || value === undefined ? '' : String(value).toLowerCase().replaceAll('_', ' ');
}

/** The lowercase key of an enum-like value, for lookups in colour and shape tables. @param {unknown} value */
export function key(value) {
  return value === null || value === undefined ? '' : String(value).toLowerCase();
}

/** @param {string} text @param {number} max */
export function truncate(text, max) {
  const clean = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}
