import { graphql, SEARCH_QUERY, searchHits } from './api.js';
import { clear, h, highlighted, key, truncate, word } from './dom.js';

const DEBOUNCE_MS = 180;
const RESULTS = 10;
/** Name matches per other entity type (outlets, positions, events, articles). */
const OTHERS = 5;

/** A readable name for any node the search returns. @param {import('./types.js').SearchHit['node']} node */
export function hitLabel(node) {
  return node.name ?? node.title ?? truncate(node.text ?? node.id, 90);
}

/**
 * An ARIA 1.2 combobox over the API's `search`: type, move with ↑/↓ (Home/End), pick with Enter or a click,
 * close with Escape. The input keeps focus throughout; the active option is announced via
 * aria-activedescendant.
 *
 * @param {{
 *   input: HTMLInputElement, list: HTMLElement, status: HTMLElement,
 *   onPick: (hit: { id: string, type: string, label: string }) => void,
 * }} parts
 */
export function createSearchBox({ input, list, status, onPick }) {
  /** @type {import('./types.js').SearchHit[]} */
  let hits = [];
  let active = -1;
  let timer = 0;
  /** @type {AbortController | null} */
  let inflight = null;
  let lastQuery = '';

  const open = () => {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (/** @type {number} */ index) => {
    const options = list.querySelectorAll('[role="option"]');
    active = options.length === 0 ? -1 : (index + options.length) % options.length;
    options.forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === active));
    });
    const current = options[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  /** The entity this box last picked, by the name it was picked by. @type {{ id: string, label: string } | null} */
  let picked = null;

  const pick = (/** @type {number} */ index) => {
    const hit = hits[index];
    if (!hit) return;
    const label = hitLabel(hit.node);
    picked = { id: hit.node.id, label };
    input.value = label;
    lastQuery = label;
    hits = [];
    close();
    status.textContent = `${label} selected.`;
    onPick({ id: hit.node.id, type: hit.node.__typename, label });
  };

  const render = () => {
    clear(list);
    hits.forEach((hit, i) => {
      const type = hit.node.__typename;
      const kind = hit.node.actorKind ?? hit.node.outletKind;
      const option = h(
        'div',
        {
          id: `${list.id}-option-${i}`,
          role: 'option',
          'aria-selected': 'false',
          class: 'search-option',
          // mousedown, not click: the input must not lose focus (and close the list) before the pick.
          onmousedown: (/** @type {MouseEvent} */ event) => {
            event.preventDefault();
            pick(i);
          },
          onmousemove: () => {
            if (active !== i) setActive(i);
          },
        },
        h(
          'span',
          { class: 'option-head' },
          h('span', { class: `type-badge type-${key(type)}`, text: type }),
          h('span', { class: 'option-label', text: hitLabel(hit.node) }),
          kind ? h('span', { class: 'option-kind', text: word(kind) }) : null,
        ),
        hit.snippet && hit.snippet !== hitLabel(hit.node)
          ? h('span', { class: 'option-snippet' }, highlighted(hit.snippet, hit.highlights ?? []))
          : null,
      );
      list.append(option);
    });
    if (hits.length === 0) {
      list.append(h('div', { class: 'search-empty', text: 'No matches' }));
    }
    open();
    active = -1;
    input.removeAttribute('aria-activedescendant');
  };

  const run = async (/** @type {string} */ query) => {
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    status.textContent = 'Searching…';
    try {
      const data = /** @type {import('./api.js').SearchData} */ (
        await graphql(SEARCH_QUERY, { query, first: RESULTS, others: OTHERS }, controller.signal)
      );
      if (controller.signal.aborted) return;
      hits = searchHits(data, query);
      render();
      status.textContent = hits.length === 1 ? '1 result.' : `${hits.length} results.`;
    } catch (error) {
      if (controller.signal.aborted) return;
      hits = [];
      clear(list);
      const message = error instanceof Error ? error.message : String(error);
      list.append(h('div', { class: 'search-empty', text: message }));
      open();
      status.textContent = `Search failed: ${message}`;
    }
  };

  input.addEventListener('input', () => {
    const query = input.value.trim();
    window.clearTimeout(timer);
    if (query === lastQuery) return;
    lastQuery = query;
    if (query.length < 2) {
      inflight?.abort();
      hits = [];
      clear(list);
      close();
      status.textContent = '';
      return;
    }
    timer = window.setTimeout(() => run(query), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    const count = hits.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (list.hidden && count) open();
        setActive(active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (list.hidden && count) open();
        setActive(active < 0 ? count - 1 : active - 1);
        break;
      case 'Home':
      case 'End':
        if (!list.hidden && count) {
          event.preventDefault();
          setActive(event.key === 'Home' ? 0 : count - 1);
        }
        break;
      case 'Enter':
        if (!list.hidden && count) {
          event.preventDefault();
          pick(Math.max(active, 0));
        }
        break;
      case 'Escape':
        if (!list.hidden) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
          lastQuery = '';
          hits = [];
        }
        break;
      case 'Tab':
        close();
        break;
      default:
    }
  });

  input.addEventListener('blur', () => close());
  input.addEventListener('focus', () => {
    if (hits.length && input.value.trim() === lastQuery) render();
  });

  return {
    /**
     * Shows a picked entity's name without searching for it (restoring a view from the URL). The view names
     * an entity it did not draw by its id (paths that found nothing): the one this box picked keeps its name.
     */
    setValue(/** @type {string} */ text) {
      const label = picked && text === picked.id ? picked.label : text;
      input.value = label;
      lastQuery = label.trim();
      hits = [];
      close();
    },
  };
}
