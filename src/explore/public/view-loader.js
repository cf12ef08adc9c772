import {
  expandOperation,
  graphiqlUrl,
  graphql,
  graphsOf,
  neighborhoodOperation,
  pathsOperation,
} from './api.js';
import { ui } from './page-elements.js';
import {
  announce,
  clearFailure,
  errorShown,
  loadFailureText,
  messageOf,
  setBusy,
  showEmpty,
  showError,
} from './page-feedback.js';
import { statementFacts } from './statement-facts.js';
import { DEFAULT_LIMIT, dataKey, HUB_DEGREE, LIMIT_STEP, MAX_LIMIT } from './view-state.js';

/**
 * @typedef {ReturnType<import('./view-history.js').createViewHistory>} ViewHistory
 * @typedef {ReturnType<import('./graph-view.js').createGraphView>} GraphView
 */

/**
 * Turns the view's state into the picture: the query behind it, fetching only when the picture's data changed,
 * drawing and merging expansions, the statements' facts, the filters and what the page says about the result.
 *
 * @param {{
 *   view: ViewHistory,
 *   graphView: GraphView,
 *   status: ReturnType<import('./status-line.js').createStatusLine>,
 *   filterControls: ReturnType<import('./filters-ui.js').createFilterControls>,
 *   entityBoxes: Pick<ReturnType<import('./entity-boxes.js').createEntityBoxes>, 'syncBoxLabels' | 'lookUpUndrawnEnds'>,
 *   selectionPanel: () => void,
 * }} deps
 */
export function createViewLoader({ view, graphView, status, filterControls, entityBoxes, selectionPanel }) {
  /** The dataKey of what is drawn, so that filter or selection changes never refetch. */
  let drawnKey = '';
  /** The filters last applied, so that the view is fitted again only when they change. */
  let appliedFilters = '';
  let loadSeq = 0;

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

  /**
   * The ends of a paths view that are not drawn (no path joins them, or the paths query failed) are named by
   * asking the API, so that the boxes of a link opened cold show names, not ids; an id that names nothing is
   * said to, unless the page already shows an error.
   *
   * @param {number} seq the load this belongs to
   */
  async function nameUndrawnEnds(seq) {
    const unknown = await entityBoxes.lookUpUndrawnEnds();
    if (seq !== loadSeq || unknown === null) return;
    entityBoxes.syncBoxLabels();
    if (unknown.length && !errorShown()) {
      showError(
        `Nothing in the graph has the id ${unknown.join(' or ')}: check the link, or pick the entity again.`,
      );
    }
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
    clearFailure();
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
      entityBoxes.syncBoxLabels();
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
        // What is drawn no longer matches the view asked for: the next render fetches again, even of the same view.
        drawnKey = '';
        const text = loadFailureText(error, state.mode);
        // Said where a person looks: on the canvas when it is empty (instead of what to do next), else over the
        // picture still drawn.
        if (graphView.cy.nodes().length === 0) showEmpty(text, { failed: true });
        else showError(text);
        announce(text);
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

  return { render, expand, marks, applyFiltersAndStatus, loadStatementFacts };
}
