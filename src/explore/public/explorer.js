import { attachCanvasKeys } from './canvas-keys.js';
import { attachControls } from './controls.js';
import { refreshAfterReview, showDetails } from './details.js';
import { createEntityBoxes } from './entity-boxes.js';
import { attachExportMenu } from './export-ui.js';
import { createFilterControls } from './filters-ui.js';
import { createGraphView } from './graph-view.js';
import { attachLiveFollow } from './live-follow.js';
import { ui } from './page-elements.js';
import { announce, setBusy } from './page-feedback.js';
import { showHelp, showPaths } from './paths-panel.js';
import { attachPhoneLayout } from './phone-layout.js';
import { forgetStatementFacts } from './statement-facts.js';
import { createStatusLine } from './status-line.js';
import { createViewHistory } from './view-history.js';
import { createViewLoader } from './view-loader.js';
import { DEFAULT_LIMIT, HUB_DEGREE, noFilters } from './view-state.js';

/** @typedef {import('./view-state.js').ViewState} ViewState */

/**
 * The page: puts the canvas, the boxes, the loader and the panels together, and keeps what a person does
 * (pick, select, expand, filter) as steps of the view's history.
 */

/** Where a node selected on a phone is shown, as a share of the canvas height from the top. */
const SHEET_CLEAR = 0.2;

const view = createViewHistory(() => render());

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

const entityBoxes = createEntityBoxes({ view, graphView, render, focusOn });
const { boxes, labelOf, setPathEnd, syncBoxLabels } = entityBoxes;

const loader = createViewLoader({ view, graphView, status, filterControls, entityBoxes, selectionPanel });
const { marks, applyFiltersAndStatus, loadStatementFacts } = loader;

function render() {
  return loader.render();
}

/** @param {string} id */
function expand(id) {
  return loader.expand(id);
}

/** @param {Partial<ViewState>} changes */
function focusOn(changes) {
  const next = view.draft();
  Object.assign(next, { mode: 'neighborhood', limit: DEFAULT_LIMIT, expand: [] }, changes);
  view.commit(next, { push: true });
  render();
}

/** A review changed a statement: its stance marks and hover card are asked for again. @param {string} id */
async function refreshStatement(id) {
  forgetStatementFacts([id]);
  await loadStatementFacts();
  applyFiltersAndStatus();
  const { selected } = view.state;
  if (selected) refreshAfterReview(ui.panel, graphView.select(selected), panelActions);
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
