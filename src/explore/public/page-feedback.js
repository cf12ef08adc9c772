import { ui } from './page-elements.js';

/** What the page tells people apart from the canvas: the live region, the busy state, the error and empty notes. */

let busy = 0;

/** @param {string} text */
export const announce = (text) => {
  ui.announcer.textContent = text;
};

/** `data-state` tells people (spinner) and tests (ready) when the canvas has settled. @param {number} delta */
export const setBusy = (delta) => {
  busy = Math.max(0, busy + delta);
  document.body.dataset.state = busy > 0 ? 'loading' : 'ready';
};

/** @param {string} message */
export const showError = (message) => {
  ui.error.textContent = message;
  ui.error.hidden = !message;
};

/** Whether an error is on show, so that a lesser note does not replace it. */
export const errorShown = () => !ui.error.hidden;

/** @param {string | null} text */
export function showEmpty(text) {
  ui.empty.hidden = !text;
  ui.emptyText.textContent = text ?? '';
}

/** @param {unknown} error */
export const messageOf = (error) => (error instanceof Error ? error.message : String(error));
