import { formatHash, parseHash } from './view-state.js';

/** @typedef {import('./view-state.js').ViewState} ViewState */

/**
 * The view's state and the browser history: every change a person makes is a history entry of its own (so Back
 * undoes it), corrections the page makes itself replace the entry; Back, Forward and an edited URL come back as
 * a new state.
 *
 * @param {(state: ViewState) => void} onNavigate called when the URL changed from outside the page
 */
export function createViewHistory(onNavigate) {
  let state = parseHash(location.hash);
  /** The hash last drawn, so that our own URL updates are not mistaken for navigation. */
  let lastAppliedHash = location.hash;

  // Our own pushState calls fire neither event.
  const fromUrl = () => {
    if (location.hash === lastAppliedHash) return;
    lastAppliedHash = location.hash;
    state = parseHash(location.hash);
    onNavigate(state);
  };
  window.addEventListener('popstate', fromUrl);
  window.addEventListener('hashchange', fromUrl);

  return {
    /** The current state (do not change it: commit a changed copy). */
    get state() {
      return state;
    },

    /** A copy of the state to change and commit. */
    draft() {
      return structuredClone(state);
    },

    /** @param {ViewState} next @param {{ push: boolean }} how */
    commit(next, { push }) {
      state = next;
      const hash = formatHash(next);
      if (hash !== location.hash) history[push ? 'pushState' : 'replaceState'](null, '', hash);
      lastAppliedHash = location.hash;
    },
  };
}
