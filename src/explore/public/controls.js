import { ui } from './page-elements.js';

/**
 * @typedef {import('./view-state.js').ViewState} ViewState
 * @typedef {ReturnType<import('./view-history.js').createViewHistory>} ViewHistory
 */

/**
 * The top bar's own controls and the page's keys: mode, depth, max hops, swapping the path's ends, Fit, Copy link,
 * `/` to search and Escape to clear the selection. Each change is a state committed as a history step.
 *
 * @param {{
 *   view: ViewHistory,
 *   render: () => Promise<void>,
 *   select: (id: string | null) => void,
 *   fit: () => void,
 *   announce: (text: string) => void,
 *   labelOf: (id: string) => string,
 *   setFromBox: (label: string) => void,
 *   syncBoxLabels: () => void,
 * }} deps
 */
export function attachControls({ view, render, select, fit, announce, labelOf, setFromBox, syncBoxLabels }) {
  /** @param {(next: ViewState) => void} change */
  const step = (change) => {
    const next = view.draft();
    change(next);
    view.commit(next, { push: true });
    return render();
  };

  for (const input of ui.modeInputs) {
    input.addEventListener('change', () => {
      if (!input.checked) return;
      const focus = view.state.focus;
      step((next) => {
        next.mode = input.value === 'paths' ? 'paths' : 'neighborhood';
        next.expand = [];
        next.selected = null;
        if (next.mode === 'paths' && !next.from && focus) {
          next.from = focus;
          setFromBox(labelOf(focus));
        }
      });
    });
  }
  ui.depth.addEventListener('change', () =>
    step((next) => {
      next.depth = Number(ui.depth.value) === 2 ? 2 : 1;
      next.expand = [];
    }),
  );
  ui.maxLength.addEventListener('change', () =>
    step((next) => {
      next.maxLength = Number(ui.maxLength.value);
      next.expand = [];
    }),
  );
  ui.throughHubs.addEventListener('change', () =>
    step((next) => {
      next.throughHubs = ui.throughHubs.checked;
      next.expand = [];
    }),
  );
  ui.swap.addEventListener('click', () => {
    const { from, to } = view.state;
    const next = view.draft();
    [next.from, next.to] = [to, from];
    next.expand = [];
    view.commit(next, { push: true });
    syncBoxLabels();
    render().then(syncBoxLabels);
  });
  ui.fit.addEventListener('click', fit);
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
      document.getElementById(view.state.mode === 'paths' ? 'from-input' : 'search-input')?.focus();
    } else if (event.key === 'Escape' && !typing && view.state.selected) {
      select(null);
    }
  });
}
