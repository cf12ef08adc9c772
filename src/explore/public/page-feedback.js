import { ApiError, UnreachableError } from './api.js';
import { ui } from './page-elements.js';

/**
 * What the page tells people apart from the canvas: the live region, the busy state, the error and empty notes,
 * and what a failed load means in plain words.
 */

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

/** Whether an error is on show (in the banner or on the empty canvas), so that a lesser note does not replace it. */
export const errorShown = () =>
  !ui.error.hidden || (!ui.empty.hidden && ui.empty.classList.contains('load-failed'));

/**
 * The note on an empty canvas: what to do, what was not found, or what failed.
 *
 * @param {string | null} text
 * @param {{ failed?: boolean }} [options] a failure is set apart from a note on what to do
 */
export function showEmpty(text, { failed = false } = {}) {
  ui.empty.hidden = !text;
  ui.empty.classList.toggle('load-failed', Boolean(text) && failed);
  ui.emptyText.textContent = text ?? '';
}

/** Takes a failure off the empty canvas while the next picture loads; other notes stay until replaced. */
export function clearFailure() {
  if (ui.empty.classList.contains('load-failed')) showEmpty(null);
}

/** @param {unknown} error */
export const messageOf = (error) => (error instanceof Error ? error.message : String(error));

/** @param {string} text */
const sentence = (text) => {
  const trimmed = text.trim();
  const lowered = trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
  return /[.!?]$/.test(lowered) ? lowered : `${lowered}.`;
};

/**
 * What a person is told when the graph a view asks for cannot be loaded: what could not be drawn, why in plain
 * words, and what to do about it, by the kind of failure (the API's error code, or no answer at all).
 *
 * @param {unknown} error
 * @param {'neighborhood' | 'paths'} mode
 */
export function loadFailureText(error, mode) {
  const what = mode === 'paths' ? 'The paths could not be drawn' : 'The neighborhood could not be drawn';
  if (error instanceof UnreachableError) {
    return `${what}: the server cannot be reached. Check your connection, then try again.`;
  }
  const code = error instanceof ApiError ? error.code : undefined;
  const reason = sentence(messageOf(error));
  switch (code) {
    case 'NOT_FOUND': {
      // The API names the missing node by its global id; said as the explorer says it elsewhere.
      const missing = /^No node "([^"]+)"/.exec(messageOf(error))?.[1];
      const why = missing ? `nothing in the graph has the id ${missing}.` : reason;
      return `${what}: ${why} Check the link, or pick the entity again.`;
    }
    case 'TIMEOUT':
      return mode === 'paths'
        ? `${what}: the search took too long and the server stopped it. Try fewer hops, or leave Through hubs off.`
        : `${what}: it took too long and the server stopped it. Try a smaller depth.`;
    case 'SERVICE_UNAVAILABLE':
      return `${what}: the server is busy or cannot reach its database. Try again in a moment.`;
    default:
      return `${what}: ${reason}`;
  }
}
