import {
  expandOperation,
  graphiqlUrl,
  graphql,
  graphsOf,
  neighborhoodOperation,
  pathsOperation,
} from './api.js';
import { attachCanvasKeys } from './canvas-keys.js';
import { attachControls } from './controls.js';
import { refreshAfterReview, showDetails } from './details.js';
import { truncate } from './dom.js';
import { attachExportMenu } from './export-ui.js';
import { createFilterControls } from './filters-ui.js';
import { createGraphView } from './graph-view.js';
import { attachLiveFollow } from './live-follow.js';
import { $, $as, ui } from './page-elements.js';
import { createNameBook } from './path-end-names.js';
import { showHelp, showPaths } from './paths-panel.js';
import { attachPhoneLayout } from './phone-layout.js';
import { createSearchBox } from './search-box.js';
import { forgetStatementFacts, statementFacts } from './statement-facts.js';
import { createStatusLine } from './status-line.js';
import { createViewHistory } from './view-history.js';
import { DEFAULT_LIMIT, dataKey, HUB_DEGREE, LIMIT_STEP, MAX_LIMIT, noFilters } from './view-state.js';

/** @typedef {import('./view-state.js').ViewState} ViewState */

/** Where a node selected on a phone is shown, as a share of the canvas height from the top. */
const SHEET_CLEAR = 0.2;

const view = createViewHistory(() => render());
/** The dataKey of what is drawn, so that filter or selection changes never refetch. */
let drawnKey = '';
/** The filters last applied, so that the view is fitted again only when they change. */
let appliedFilters = '';
let loadSeq = 0;
let busy = 0;

/** @param {string} text */
const announce = (text) => {
  ui.announcer.textContent = text;
};

/** `data-state` tells people (spinner) and tests (ready) when the canvas has settled. @param {number} delta */
const setBusy = (delta) => {
  busy = Math.max(0, busy + delta);
  document.body.dataset.state = busy > 0 ? 'loading' : 'ready';
};

/** @param {string} message */
const showError = (message) => {
  ui.error.textContent = message;
  ui.error.hidden = !message;
};

/** @param {unknown} error */
const messageOf = (error) => (error instanceof Error ? error.message : String(error));

const graphView = createGraphView(ui.graph, ui.tooltip, {
  onSelect: (id) => select(id),
  onExpand: (id) => expand(id),
  onLayout: (running) => setBusy(running ? 1 : -1),
});
const status = createStatusLine(ui.status, graphView);
const filterControls = createFilterControls((name, value) => setFilter(name, value));
graphView.cy.on('zoom', () => status.show());
attachCanvasKeys(ui.graph, graphView.cy, { select, expand, announce });
const phone = attachPhoneLayout();

const names = createNameBook();

/** A drawn node's label, else the name the API gave for it, else the id. @param {string | null} id */
const labelOf = (id) => (id ? String(graphView.element(id)?.data('label') ?? names.get(id) ?? id) : '');

/**
 * The ends of a paths view that are not drawn (no path joins them, or the paths query failed) are named by
 * asking the API, so that the boxes of a link opened cold show names, not ids; an id that names nothing is
 * said to, unless the page already shows an error.
 *
 * @param {number} seq the load this belongs to
 */
async function nameUndrawnEnds(seq) {
  const { mode, from, to } = view.state;
  if (mode !== 'paths') return;
  /** @type {string[]} */
  const ends = [];
  for (const id of [from, to]) if (id && graphView.element(id)?.data('label') == null) ends.push(id);
  if (!ends.length) return;
  try {
    await names.lookUp(ends);
  } catch {
    // The names are a courtesy: the ids stay in the boxes, and the view's own error (if any) says what failed.
    return;
  }
  if (seq !== loadSeq) return;
  syncBoxLabels();
  const unknown = ends.filter((id) => names.get(id) === null);
  if (unknown.length && ui.error.hidden) {
    showError(
      `Nothing in the graph has the id ${unknown.join(' or ')}: check the link, or pick the entity again.`,
    );
  }
}

/** @param {Partial<ViewState>} changes */
function focusOn(changes) {
  const next = view.draft();
  Object.assign(next, { mode: 'neighborhood', limit: DEFAULT_LIMIT, expand: [] }, changes);
  view.commit(next, { push: true });
  render();
}

const boxes = {
  focus: createSearchBox({
    input: $as('search-input', HTMLInputElement),
    list: $('search-results'),
    status: ui.announcer,
    onPick: ({ id }) => focusOn({ focus: id, selected: id }),
  }),
  from: createSearchBox({
    input: $as('from-input', HTMLInputElement),
    list: $('from-results'),
    status: ui.announcer,
    onPick: ({ id }) => setPathEnd('from', id),
  }),
  to: createSearchBox({
    input: $as('to-input', HTMLInputElement),
    list: $('to-results'),
    status: ui.announcer,
    onPick: ({ id }) => setPathEnd('to', id),
  }),
};

/** @param {'from' | 'to'} end @param {string} id @param {string} [label] */
function setPathEnd(end, id, label) {
  const next = view.draft();
  next.mode = 'paths';
  next[end] = id;
  next.expand = [];
  next.selected = null;
  if (label) boxes[end].setValue(label);
  view.commit(next, { push: true });
  render();
  if (!next.from || !next.to) {
    document.getElementById(end === 'from' ? 'to-input' : 'from-input')?.focus();
  }
}

/** Ids that filters never hide: what the view is about. */
const protectedIds = () => {
  const { mode, focus, from, to, selected } = view.state;
  return [mode === 'neighborhood' ? focus : null, from, to, selected].filter((id) => id !== null);
};

function currentOperation() {
  const state = view.state;
  if (state.mode === 'neighborhood') {
    return state.focus ? neighborhoodOperation({ ...state, focus: state.focus }) : null;
  }
  return state.from && state.to
    ? pathsOperation({
        from: state.from,
        to: state.to,
        maxLength: state.maxLength,
        throughHubs: state.throughHubs,
        expand: state.expand,
      })
    : null;
}

/** @returns {import('./types.js').Marks} */
function marks() {
  const state = view.state;
  return {
    focus: state.mode === 'neighborhood' && state.focus ? [state.focus] : [],
    endpoints: state.mode === 'paths' ? [state.from, state.to] : [],
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
  const { filters } = view.state;
  const counts = graphView.applyFilters(filters, protectedIds());
  filterControls.show(graphView.facets(), filters);
  // New options can widen a filter menu and wrap the toolbar onto a second row, moving the canvas down.
  graphView.measure();
  const filtersKey = JSON.stringify(filters);
  if (refit || filtersKey !== appliedFilters) graphView.fit();
  appliedFilters = filtersKey;
  status.counted(counts);
}

/** Asks the API about the drawn statements (stance, date) and puts the answers on the canvas. */
async function loadStatementFacts() {
  const ids = graphView.statementIds();
  if (!ids.length) return;
  try {
    graphView.markStatements(await statementFacts(ids));
  } catch (error) {
    showError(`Could not load the statements' stances and dates: ${messageOf(error)}`);
  }
}

/** A review changed a statement: its stance marks and hover card are asked for again. @param {string} id */
async function refreshStatement(id) {
  forgetStatementFacts([id]);
  await loadStatementFacts();
  applyFiltersAndStatus();
  const { selected } = view.state;
  if (selected) refreshAfterReview(ui.panel, graphView.select(selected), panelActions);
}

/** @param {string | null} text */
function showEmpty(text) {
  ui.empty.hidden = !text;
  ui.emptyText.textContent = text ?? '';
}

function selectionPanel() {
  const { selected: id, mode, from, to, throughHubs } = view.state;
  const element = graphView.select(id);
  if (!id) {
    const paths = mode === 'paths' && from && to ? graphView.shortestPaths(from, to) : [];
    const hubNote = throughHubs
      ? null
      : `Paths avoid hubs, nodes with more than ${HUB_DEGREE.toLocaleString('en')} relationships; tick Through hubs to allow them.`;
    if (paths.length) showPaths(ui.panel, paths, panelActions, hubNote);
    else showHelp(ui.panel);
    phone.sheet(paths.length > 0);
    return;
  }
  phone.sheet(true);
  showDetails(ui.panel, id, element, { mode }, panelActions);
}

/** @type {import('./panel-parts.js').PanelActions} */
const panelActions = {
  select: (id) => select(id),
  expand: (id) => expand(id),
  focus: (id) => focusOn({ focus: id, selected: id }),
  pathEnd: (end, id, label) => setPathEnd(end, id, label),
  close: () => select(null),
  statementChanged: (id) => {
    refreshStatement(id);
  },
};

/** @param {string | null} id */
function select(id) {
  if (id === view.state.selected) return;
  const next = view.draft();
  next.selected = id;
  view.commit(next, { push: true });
  selectionPanel();
  // On a phone the sheet covers the lower part of the canvas: the selected node goes above it.
  if (id) graphView.reveal(id, phone.narrow() ? SHEET_CLEAR : null);
}

/** Shows the names of the view's anchors in the search boxes (after a restore from the URL) and the title. */
function syncBoxLabels() {
  const { mode, focus, from, to } = view.state;
  if (mode === 'neighborhood' && focus) boxes.focus.setValue(labelOf(focus));
  if (from) boxes.from.setValue(labelOf(from));
  if (to) boxes.to.setValue(labelOf(to));
  const subject =
    mode === 'neighborhood' ? labelOf(focus) : from && to ? `${labelOf(from)} → ${labelOf(to)}` : null;
  document.title = subject ? `${truncate(subject, 60)} · claimgraph explorer` : 'Graph explorer · claimgraph';
}

function syncControls() {
  const state = view.state;
  for (const input of ui.modeInputs) input.checked = input.value === state.mode;
  ui.neighborhoodControls.hidden = state.mode !== 'neighborhood';
  ui.pathsControls.hidden = state.mode !== 'paths';
  ui.depth.value = String(state.depth);
  ui.maxLength.value = String(state.maxLength);
  ui.throughHubs.checked = state.throughHubs;
  updateGraphiqlLink();
}

/** Draws the state: fetches only when the picture's data changed, then filters and selection. */
async function render() {
  syncControls();
  const state = view.state;
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
    nameUndrawnEnds(seq);
    return;
  }
  setBusy(1);
  try {
    const data = /** @type {Record<string, unknown>} */ (await graphql(op.query, op.variables));
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
    nameUndrawnEnds(seq);
    await loadStatementFacts();
    if (seq !== loadSeq) return;
    const nodes = graphView.cy.nodes().length;
    if (nodes === 0) {
      showEmpty(
        state.mode === 'paths'
          ? `No path of at most ${state.maxLength} hops between these two${state.throughHubs ? '' : `, avoiding hubs (nodes with more than ${HUB_DEGREE.toLocaleString('en')} relationships)`}. Try more hops${state.throughHubs ? '' : ' or Through hubs'}.`
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
    if (seq === loadSeq) {
      showError(`Could not load the graph: ${messageOf(error)}`);
      nameUndrawnEnds(seq);
    }
  } finally {
    setBusy(-1);
  }
}

/** Double-click or the panel's Expand: fetch one more neighborhood and merge it in place. @param {string} id */
async function expand(id) {
  const hidden = graphView.element(id)?.data('hidden') ?? 0;
  if (hidden === 0) {
    announce('All of its neighbors are already shown.');
    return;
  }
  const state = view.state;
  if (state.mode === 'neighborhood' && state.focus === id) {
    const next = view.draft();
    next.limit = Math.min(MAX_LIMIT, next.limit + LIMIT_STEP);
    view.commit(next, { push: true });
    render();
    return;
  }
  const previous = state.expand.find((x) => x.id === id);
  const limit = previous ? Math.min(MAX_LIMIT, previous.limit + LIMIT_STEP) : DEFAULT_LIMIT;
  const op = expandOperation(id, limit);
  const seq = loadSeq;
  setBusy(1);
  try {
    const data = /** @type {Record<string, unknown>} */ (await graphql(op.query, op.variables));
    // A new picture was requested meanwhile: this expansion belongs to the old one.
    if (seq !== loadSeq) return;
    const next = view.draft();
    const existing = next.expand.find((x) => x.id === id);
    if (existing) existing.limit = limit;
    else next.expand.push({ id, limit });
    view.commit(next, { push: true });
    drawnKey = dataKey(next);
    updateGraphiqlLink();
    const added = await graphView.merge(graphsOf(data), id, marks());
    await loadStatementFacts();
    if (seq !== loadSeq) return;
    announce(added ? `${added} nodes added.` : 'No new nodes.');
    applyFiltersAndStatus({ refit: true });
    selectionPanel();
  } catch (error) {
    if (seq === loadSeq) showError(`Could not expand: ${messageOf(error)}`);
  } finally {
    setBusy(-1);
  }
}

/**
 * Every filter change is a step of its own in the history.
 *
 * @param {string} name
 * @param {string | string[] | null} value
 */
function setFilter(name, value) {
  const next = view.draft();
  if (name === 'clear') next.filters = noFilters();
  else if (name === 'hide') next.filters.hide = Array.isArray(value) ? value : [];
  else if (
    name === 'position' ||
    name === 'stance' ||
    name === 'outlet' ||
    name === 'since' ||
    name === 'until'
  )
    next.filters[name] = typeof value === 'string' && value ? value : null;
  view.commit(next, { push: true });
  applyFiltersAndStatus();
  selectionPanel();
}

attachControls({
  view,
  render,
  select,
  fit: () => graphView.fit(),
  announce,
  labelOf,
  setFromBox: (label) => boxes.from.setValue(label),
  syncBoxLabels,
});

attachExportMenu({
  cy: graphView.cy,
  shownStatementIds: () => graphView.shownStatementIds(),
  subject: () => document.title.replace(/ · claimgraph.*$/, ''),
  state: () => view.state,
  announce,
});

attachLiveFollow({
  graphView,
  marks,
  busy: setBusy,
  settle: async () => {
    await loadStatementFacts();
    applyFiltersAndStatus();
  },
  status: (text) => status.live(text),
  announce,
});

/** A handle for the browser console and the end-to-end tests. */
window.claimgraphExplorer = { cy: graphView.cy, state: () => view.draft() };

render();
