// Exports and the live feed in the explorer's top bar, kept apart from the rest of the page: an "Export" menu
// whose links download the current view (the focus's neighbourhood) or the whole graph, and a "Follow live"
// switch that subscribes to statementAdded over Server-Sent Events and, as statements arrive, lists them and
// redraws the view so that new statements in it appear.
import { parseHash } from './view-state.js';

const FORMATS = [
  ['graphml', 'GraphML (Gephi, NetworkX)'],
  ['csv', 'CSV statements table'],
  ['jsonld', 'JSON-LD (schema.org)'],
  ['ndjson', 'NDJSON (import format)'],
];

const FEED = 'subscription Feed { statementAdded { id text speaker { name } } }';

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** The download URL of a format for what the page shows: the focus's neighbourhood, else everything. */
export function exportHref(format, hash) {
  const state = parseHash(hash);
  const params = new URLSearchParams();
  if (state.mode !== 'paths' && state.focus) {
    params.set('neighborhood', state.focus);
    params.set('depth', String(state.depth));
    params.set('limit', String(state.limit));
  }
  const query = params.toString();
  return `/export/${format}${query ? `?${query}` : ''}`;
}

function exportMenu() {
  const links = FORMATS.map(([format, label]) =>
    el(
      'a',
      {
        class: 'button subtle',
        'data-format': format,
        href: exportHref(format, location.hash),
        download: '',
      },
      label,
    ),
  );
  const menu = el(
    'details',
    { class: 'export-menu', id: 'export-menu' },
    el('summary', { class: 'button', title: 'Download this view (or the whole graph)' }, 'Export'),
    el('div', { class: 'export-list', role: 'menu' }, ...links),
  );
  const refresh = () => {
    for (const link of links) link.href = exportHref(link.dataset.format, location.hash);
  };
  window.addEventListener('hashchange', refresh);
  window.addEventListener('popstate', refresh);
  return menu;
}

/** Reads a GraphQL-over-SSE response and calls `onNext` with each result. */
async function readEvents(response, onNext) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const lines = block.split('\n');
      const event = lines
        .find((l) => l.startsWith('event:'))
        ?.slice(6)
        .trim();
      const data = lines
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trimStart())
        .join('\n');
      if (event === 'next' && data) onNext(JSON.parse(data));
      end = buffer.indexOf('\n\n');
    }
  }
}

function liveSwitch() {
  const button = el(
    'button',
    { type: 'button', class: 'button', id: 'follow-live', 'aria-pressed': 'false' },
    'Follow live',
  );
  const list = el('ol', { class: 'live-list', id: 'live-list', 'aria-live': 'polite' });
  let abort = null;
  const stop = () => {
    abort?.abort();
    abort = null;
    button.setAttribute('aria-pressed', 'false');
    button.textContent = 'Follow live';
  };
  button.addEventListener('click', async () => {
    if (abort) return stop();
    abort = new AbortController();
    button.setAttribute('aria-pressed', 'true');
    button.textContent = 'Following…';
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: FEED }),
        signal: abort.signal,
      });
      let redraw = null;
      await readEvents(response, (result) => {
        const statement = result.data?.statementAdded;
        if (!statement) return;
        const who = statement.speaker?.name ? `${statement.speaker.name}: ` : '';
        list.prepend(
          el(
            'li',
            {},
            el('a', { href: `#mode=neighborhood&focus=${statement.id}` }, `${who}${statement.text}`),
          ),
        );
        // Statements of one import arrive together: redraw once they have.
        clearTimeout(redraw);
        redraw = setTimeout(() => window.dispatchEvent(new HashChangeEvent('hashchange')), 300);
      });
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError'))
        console.warn('live feed stopped', error);
    } finally {
      stop();
    }
  });
  return [button, list];
}

const nav = document.querySelector('.top-links');
if (nav) nav.prepend(exportMenu(), ...liveSwitch());
