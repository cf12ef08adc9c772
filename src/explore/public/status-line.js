/**
 * The status line under the canvas: what is shown, what the filters hide, what is undated, which edge labels
 * found no room, whether labels wait for a closer zoom, and what the live feed brought.
 *
 * @param {HTMLElement} element
 * @param {{ isEmpty: () => boolean, labelsHidden: () => boolean }} view
 */
export function createStatusLine(element, view) {
  /** @type {import('./types.js').FilterCounts | null} what the last filtering counted */
  let counts = null;
  /** @type {string | null} */
  let live = null;

  const show = () => {
    if (!counts || view.isEmpty()) {
      element.textContent = live ?? '';
      return;
    }
    const hidden = counts.totalNodes - counts.shownNodes;
    const parts = [`${counts.shownNodes} nodes · ${counts.shownEdges} edges`];
    if (hidden > 0) parts.push(`${hidden} hidden by filters`);
    if (counts.undated > 0) parts.push(`${counts.undated} undated kept`);
    if ((counts.unlabelled ?? 0) > 0) parts.push(`${counts.unlabelled} edge labels left off (no room)`);
    if (view.labelsHidden()) parts.push('zoom in to read labels');
    if (live) parts.push(live);
    element.textContent = parts.join(' · ');
  };

  return {
    show,
    /** @param {import('./types.js').FilterCounts} next */
    counted(next) {
      counts = next;
      show();
    },
    /** @param {string | null} text what the live feed says, or nothing when not following */
    live(text) {
      live = text;
      show();
    },
  };
}
