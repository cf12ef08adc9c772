import {
  expandOperation,
  graphiqlUrl,
  graphql,
  graphsOf,
  neighborhoodOperation,
  pathsOperation,
} from './api.js';
import { attachCanvasKeys } from './canvas-keys.js';
import { showDetails, showHelp, showPaths } from './details.js';
import { truncate } from './dom.js';
import { attachExportMenu } from './export-ui.js';
import { createFilterControls } from './filters-ui.js';
import { createGraphView } from './graph-view.js';
import { attachPhoneLayout } from './phone-layout.js';
import { createSearchBox } from './search-box.js';
import { statementFacts } from './statement-facts.js';
import {
  DEFAULT_LIMIT,
  dataKey,
  formatHash,
  LIMIT_STEP,
  MAX_LIMIT,
  noFilters,
  parseHash,
} from './view-state.js';

const $ = (id) => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`explorer page lacks #${id}`);
  return el;
};

const ui = {
  modeInputs: /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('input[name="mode"]')),
  neighborhoodControls: $('neighborhood-controls'),
  pathsControls: $('paths-controls'),
  depth: /** @type {HTMLSelectElement} */ ($('depth-select')),
  maxLength: /** @type {HTMLSelectElement} */ ($('max-length-select')),
  status: $('status'),
  graphiql: /** @type {HTMLAnchorElement} */ ($('graphiql-link')),
  copyLink: $('copy-link'),
  fit: $('fit-view'),
  swap: $('swap-ends'),
  empty: $('empty-state'),
  emptyText: $('empty-text'),
  error: $('error'),
  panel: $('panel'),
  announcer: $('announcer'),
};

/** Where a node selected on a phone is shown, as a share of the canvas height from the top. */
const SHEET_CLEAR = 0.2;

/** @type {import('./view-state.js').ViewState} */
let state = parseHash(location.hash);
/** The dataKey of what is drawn, so that filter or selection changes never refetch. */
let drawnKey = '';
/** The filters last applied, so that the view is fitted again only when they change. */
let appliedFilters = '';
let loadSeq = 0;
let busy = 0;

const announce = (text) => {
  ui.announcer.textContent = text;
};

/** `data-state` tells people (spinner) and tests (ready) when the canvas has settled. */
const setBusy = (delta) => {
  busy = Math.max(0, busy + delta);
  document.body.dataset.state = busy > 0 ? 'loading' : 'ready';
};

const showError = (message) => {
  ui.error.textContent = message;
  ui.error.hidden = !message;
};

const clone = (s) => structuredClone(s);

/** The hash last drawn, so that our own URL updates are not mistaken for navigation. */
let lastAppliedHash = location.hash;

/**
 * Writes the state into the URL: a new history entry for every change a person makes (so Back undoes it), a
 * replacement only for corrections the page makes itself.
 */
function commit(next, { push }) {
  state = next;
  const hash = formatHash(next);
  if (hash !== location.hash) history[push ? 'pushState' : 'replaceState'](null, '', hash);
  lastAppliedHash = location.hash;
}

const graphView = createGraphView($('graph'), $('tooltip'), {
  onSelect: (id) => select(id),
  onExpand: (id) => expand(id),
  onLayout: (running) => setBusy(running ? 1 : -1),
});
const filterControls = createFilterControls((name, value) => setFilter(name, value));
graphView.cy.on('zoom', () => showStatus());
attachCanvasKeys($('graph'), graphView.cy, { select, expand, announce });
const phone = attachPhoneLayout();

const boxes = {
  focus: createSearchBox({
    input: /** @type {HTMLInputElement} */ ($('search-input')),
    list: $('search-results'),
    status: ui.announcer,
    onPick: ({ id }) => {
      const next = clone(state);
      Object.assign(next, {
        mode: 'neighborhood',
        focus: id,
        limit: DEFAULT_LIMIT,
        expand: [],
        selected: id,
      });
      commit(next, { push: true });
      render();
    },
  }),
  from: createSearchBox({
    input: /** @type {HTMLInputElement} */ ($('from-input')),
    list: $('from-results'),
    status: ui.announcer,
    onPick: ({ id }) => setPathEnd('from', id),
  }),
  to: createSearchBox({
    input: /** @type {HTMLInputElement} */ ($('to-input')),
    list: $('to-results'),
    status: ui.announcer,
    onPick: ({ id }) => setPathEnd('to', id),
  }),
};

function setPathEnd(end, id, label) {
  const next = clone(state);
  next.mode = 'paths';
  next[end] = id;
  next.expand = [];
  next.selected = null;
  if (label) boxes[end].setValue(label);
  commit(next, { push: true });
  render();
  if (!next.from || !next.to) {
    document.getElementById(end === 'from' ? 'to-input' : 'from-input')?.focus();
  }
}

/** Ids that filters never hide: what the view is about. */
const protectedIds = () =>
  [state.mode === 'neighborhood' ? state.focus : null, state.from, state.to, state.selected].filter(Boolean);

function currentOperation() {
  if (state.mode === 'neighborhood') {
    return state.focus ? neighborhoodOperation({ ...state, focus: state.focus }) : null;
  }
  return state.from && state.to
    ? pathsOperation({ from: state.from, to: state.to, maxLength: state.maxLength, expand: state.expand })
    : null;
}

function marks() {
  return {
    focus: state.mode === 'neighborhood' && state.focus ? [state.focus] : [],
    endpoints: state.mode === 'paths' ? [state.from, state.to].filter(Boolean) : [],
    expanded: state.expand.map((x) => x.id),
  };
}

function updateGraphiqlLink() {
  const op = currentOperation();
  ui.graphiql.href = op ? graphiqlUrl(op) : '/graphql';
  ui.graphiql.title = op ? 'Open the query behind this view in GraphiQL' : 'Open GraphiQL';
}

/** Filters the drawn graph, refits it when the filters changed, and says what is shown. */
function applyFiltersAndStatus({ refit = false } = {}) {
  const counts = graphView.applyFilters(state.filters, protectedIds());
  filterControls.show(graphView.facets(), state.filters);
  const filtersKey = JSON.stringify(state.filters);
  if (refit || filtersKey !== appliedFilters) graphView.fit();
  appliedFilters = filtersKey;
  lastCounts = counts;
  showStatus();
}

/** @type {any} what the last filtering counted, for the status line */
let lastCounts = null;

/** The status line: what is shown, what the filters hide, and whether labels wait for a closer zoom. */
function showStatus() {
  if (!lastCounts || graphView.isEmpty()) {
    ui.status.textContent = '';
    return;
  }
  const counts = lastCounts;
  const hidden = counts.totalNodes - counts.shownNodes;
  const parts = [`${counts.shownNodes} nodes · ${counts.shownEdges} edges`];
  if (hidden > 0) parts.push(`${hidden} hidden by filters`);
  if (counts.undated > 0) parts.push(`${counts.undated} undated kept`);
  if (counts.unlabelled > 0) parts.push(`${counts.unlabelled} edge labels left off (no room)`);
  if (graphView.labelsHidden()) parts.push('zoom in to read labels');
  ui.status.textContent = parts.join(' · ');
}

/** Asks the API about the drawn statements (stance, date) and puts the answers on the canvas. */
async function loadStatementFacts() {
  const ids = graphView.statementIds();
  if (!ids.length) return;
  try {
    graphView.markStatements(await statementFacts(ids));
  } catch (error) {
    showError(`Could not load the statements' stances and dates: ${error.message}`);
  }
}

function showEmpty(text) {
  ui.empty.hidden = !text;
  ui.emptyText.textContent = text ?? '';
}

function selectionPanel() {
  const id = state.selected;
  const element = graphView.select(id);
  if (!id) {
    const paths =
      state.mode === 'paths' && state.from && state.to ? graphView.shortestPaths(state.from, state.to) : [];
    if (paths.length) showPaths(ui.panel, paths, panelActions);
    else showHelp(ui.panel);
    phone.sheet(paths.length > 0);
    return;
  }
  phone.sheet(true);
  showDetails(ui.panel, id, element, { mode: state.mode }, panelActions);
}

const panelActions = {
  select: (id) => select(id),
  expand: (id) => expand(id),
  focus: (id) => {
    const next = clone(state);
    Object.assign(next, { mode: 'neighborhood', focus: id, limit: DEFAULT_LIMIT, expand: [], selected: id });
    commit(next, { push: true });
    render();
  },
  pathEnd: (end, id, label) => setPathEnd(end, id, label),
  close: () => select(null),
};

function select(id) {
  if (id === state.selected) return;
  const next = clone(state);
  next.selected = id;
  commit(next, { push: true });
  selectionPanel();
  // On a phone the sheet covers the lower part of the canvas: the selected node goes above it.
  if (id) graphView.reveal(id, phone.narrow() ? SHEET_CLEAR : null);
}

/** Shows the names of the view's anchors in the search boxes (after a restore from the URL) and the title. */
function syncBoxLabels() {
  const label = (id) => (id ? (graphView.element(id)?.data('label') ?? id) : null);
  if (state.mode === 'neighborhood' && state.focus) boxes.focus.setValue(label(state.focus));
  if (state.from) boxes.from.setValue(label(state.from));
  if (state.to) boxes.to.setValue(label(state.to));
  const subject =
    state.mode === 'neighborhood'
      ? label(state.focus)
      : state.from && state.to
        ? `${label(state.from)} → ${label(state.to)}`
        : null;
  document.title = subject ? `${truncate(subject, 60)} · claimgraph explorer` : 'Graph explorer · claimgraph';
}

function syncControls() {
  for (const input of ui.modeInputs) input.checked = input.value === state.mode;
  ui.neighborhoodControls.hidden = state.mode !== 'neighborhood';
  ui.pathsControls.hidden = state.mode !== 'paths';
  ui.depth.value = String(state.depth);
  ui.maxLength.value = String(state.maxLength);
  updateGraphiqlLink();
}

/** Draws the state: fetches only when the picture's data changed, then filters and selection. */
async function render() {
  syncControls();
  const key = dataKey(state);
  if (key === drawnKey) {
    applyFiltersAndStatus();
    selectionPanel();
    return;
  }
  const op = currentOperation();
  loadSeq += 1;
  const seq = loadSeq;
  showError('');
  if (!op) {
    drawnKey = key;
    graphView.draw([], [], 'rings', null, marks());
    showEmpty(
      state.mode === 'neighborhood'
        ? 'Search for an entity above and pick it to draw its neighborhood.'
        : 'Pick a start and an end entity to see the shortest paths between them.',
    );
    applyFiltersAndStatus();
    selectionPanel();
    setBusy(0);
    return;
  }
  setBusy(1);
  try {
    const data = await graphql(op.query, op.variables);
    if (seq !== loadSeq) return;
    drawnKey = key;
    const root = state.mode === 'paths' ? state.from : state.focus;
    graphView.draw(
      graphsOf(data),
      state.expand.map((x) => x.id),
      state.mode === 'paths' ? 'paths' : 'rings',
      root,
      marks(),
    );
    syncBoxLabels();
    await loadStatementFacts();
    if (seq !== loadSeq) return;
    const nodes = graphView.cy.nodes().length;
    if (nodes === 0) {
      showEmpty(
        state.mode === 'paths'
          ? `No path of at most ${state.maxLength} hops between these two. Try more hops.`
          : 'Nothing found for this entity.',
      );
    } else {
      showEmpty(null);
      applyFiltersAndStatus({ refit: true });
    }
    if (state.mode === 'paths') announce(nodes ? `Paths drawn: ${nodes} nodes.` : 'No path found.');
    else announce(`Neighborhood drawn: ${nodes} nodes.`);
    selectionPanel();
  } catch (error) {
    if (seq === loadSeq) showError(`Could not load the graph: ${error.message}`);
  } finally {
    setBusy(-1);
  }
}

/** Double-click or the panel's Expand: fetch one more neighborhood and merge it in place. */
async function expand(id) {
  const hidden = graphView.element(id)?.data('hidden') ?? 0;
  if (hidden === 0) {
    announce('All of its neighbors are already shown.');
    return;
  }
  if (state.mode === 'neighborhood' && state.focus === id) {
    const next = clone(state);
    next.limit = Math.min(MAX_LIMIT, next.limit + LIMIT_STEP);
    commit(next, { push: true });
    render();
    return;
  }
  const previous = state.expand.find((x) => x.id === id);
  const limit = previous ? Math.min(MAX_LIMIT, previous.limit + LIMIT_STEP) : DEFAULT_LIMIT;
  const op = expandOperation(id, limit);
  const seq = loadSeq;
  setBusy(1);
  try {
    const data = await graphql(op.query, op.variables);
    // A new picture was requested meanwhile: this expansion belongs to the old one.
    if (seq !== loadSeq) return;
    const next = clone(state);
    const existing = next.expand.find((x) => x.id === id);
    if (existing) existing.limit = limit;
    else next.expand.push({ id, limit });
    commit(next, { push: true });
    drawnKey = dataKey(next);
    updateGraphiqlLink();
    const added = await graphView.merge(graphsOf(data), id, marks());
    await loadStatementFacts();
    if (seq !== loadSeq) return;
    announce(added ? `${added} nodes added.` : 'No new nodes.');
    applyFiltersAndStatus({ refit: true });
    selectionPanel();
  } catch (error) {
    if (seq === loadSeq) showError(`Could not expand: ${error.message}`);
  } finally {
    setBusy(-1);
  }
}

/** Every filter change is a step of its own in the history. */
function setFilter(name, value) {
  const next = clone(state);
  if (name === 'clear') next.filters = noFilters();
  else if (name === 'hide') next.filters.hide = Array.isArray(value) ? value : [];
  else next.filters[name] = value || null;
  commit(next, { push: true });
  applyFiltersAndStatus();
  selectionPanel();
}

for (const input of ui.modeInputs) {
  input.addEventListener('change', () => {
    if (!input.checked) return;
    const next = clone(state);
    next.mode = input.value === 'paths' ? 'paths' : 'neighborhood';
    next.expand = [];
    next.selected = null;
    if (next.mode === 'paths' && !next.from && state.focus) {
      next.from = state.focus;
      boxes.from.setValue(graphView.element(state.focus)?.data('label') ?? state.focus);
    }
    commit(next, { push: true });
    render();
  });
}
ui.depth.addEventListener('change', () => {
  const next = clone(state);
  next.depth = Number(ui.depth.value) === 2 ? 2 : 1;
  next.expand = [];
  commit(next, { push: true });
  render();
});
ui.maxLength.addEventListener('change', () => {
  const next = clone(state);
  next.maxLength = Number(ui.maxLength.value);
  next.expand = [];
  commit(next, { push: true });
  render();
});
ui.swap.addEventListener('click', () => {
  const next = clone(state);
  [next.from, next.to] = [state.to, state.from];
  next.expand = [];
  commit(next, { push: true });
  syncBoxLabels();
  render().then(syncBoxLabels);
});
ui.fit.addEventListener('click', () => graphView.fit());
ui.copyLink.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(location.href);
    announce('Link copied.');
    ui.copyLink.textContent = 'Copied';
  } catch {
    ui.copyLink.textContent = 'Copy failed';
  }
  setTimeout(() => {
    ui.copyLink.textContent = 'Copy link';
  }, 1500);
});

document.addEventListener('keydown', (event) => {
  const target = event.target;
  const typing =
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement;
  if (event.key === '/' && !typing) {
    event.preventDefault();
    document.getElementById(state.mode === 'paths' ? 'from-input' : 'search-input')?.focus();
  } else if (event.key === 'Escape' && !typing && state.selected) {
    select(null);
  }
});

// Back/forward and edited URLs redraw from the hash; our own pushState calls fire neither event.
const fromUrl = () => {
  if (location.hash === lastAppliedHash) return;
  lastAppliedHash = location.hash;
  state = parseHash(location.hash);
  render();
};
window.addEventListener('popstate', fromUrl);
window.addEventListener('hashchange', fromUrl);

attachExportMenu({
  cy: graphView.cy,
  shownStatementIds: () => graphView.shownStatementIds(),
  subject: () => document.title.replace(/ · claimgraph.*$/, ''),
  announce,
});

/** A handle for the browser console and the end-to-end tests. */
window.claimgraphExplorer = { cy: graphView.cy, state: () => clone(state) };

render();
