import { truncate } from './dom.js';
import { $, $as, ui } from './page-elements.js';
import { createNameBook } from './path-end-names.js';
import { createSearchBox } from './search-box.js';

/**
 * @typedef {import('./view-state.js').ViewState} ViewState
 * @typedef {ReturnType<import('./view-history.js').createViewHistory>} ViewHistory
 */

/**
 * The three entity boxes (Entity, From, To) and the names they show: a drawn node's label, else the name the
 * API gives for an id the view names but does not draw (the ends of a paths link when no path joins them).
 *
 * @param {{
 *   view: ViewHistory,
 *   graphView: { element: (id: string) => { data: (key: string) => unknown } | null },
 *   render: () => unknown,
 *   focusOn: (changes: Partial<ViewState>) => void,
 * }} deps
 */
export function createEntityBoxes({ view, graphView, render, focusOn }) {
  const names = createNameBook();

  /** @param {string | null} id */
  const drawnLabel = (id) => (id ? graphView.element(id)?.data('label') : undefined);

  /** A drawn node's label, else the name the API gave for it, else the id. @param {string | null} id */
  const labelOf = (id) => (id ? String(drawnLabel(id) ?? names.get(id) ?? id) : '');

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

  /** Shows the names of the view's anchors in the search boxes (after a restore from the URL) and the title. */
  function syncBoxLabels() {
    const { mode, focus, from, to } = view.state;
    if (mode === 'neighborhood' && focus) boxes.focus.setValue(labelOf(focus));
    if (from) boxes.from.setValue(labelOf(from));
    if (to) boxes.to.setValue(labelOf(to));
    const subject =
      mode === 'neighborhood' ? labelOf(focus) : from && to ? `${labelOf(from)} → ${labelOf(to)}` : null;
    document.title = subject
      ? `${truncate(subject, 60)} · claimgraph explorer`
      : 'Graph explorer · claimgraph';
  }

  /**
   * Asks the API for the names of a paths view's ends that are not drawn. Resolves to the ids that name
   * nothing, or null when the names could not be asked (the ids stay in the boxes; the view's own error, if
   * any, says what failed).
   *
   * @returns {Promise<string[] | null>}
   */
  async function lookUpUndrawnEnds() {
    const { mode, from, to } = view.state;
    if (mode !== 'paths') return [];
    /** @type {string[]} */
    const ends = [];
    for (const id of [from, to]) if (id && drawnLabel(id) == null) ends.push(id);
    if (!ends.length) return [];
    try {
      await names.lookUp(ends);
    } catch {
      return null;
    }
    return ends.filter((id) => names.get(id) === null);
  }

  return { boxes, labelOf, setPathEnd, syncBoxLabels, lookUpUndrawnEnds };
}
