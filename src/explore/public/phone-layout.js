/**
 * What changes on a narrow screen (the breakpoint is the one in explorer.css): the legend and the filters start
 * folded so the graph gets the height, and the details panel becomes a bottom sheet, up only while something is
 * selected.
 */
const NARROW = '(max-width: 640px)';

export function attachPhoneLayout() {
  const query = window.matchMedia(NARROW);
  const legend = /** @type {HTMLDetailsElement} */ (document.getElementById('legend'));
  const filters = /** @type {HTMLDetailsElement} */ (document.getElementById('filters-menu'));
  const fold = () => {
    legend.open = !query.matches;
    // On a wide screen the filters are always out (their summary is not even shown).
    filters.open = !query.matches;
  };
  fold();
  query.addEventListener('change', fold);
  return {
    /** Whether the screen is narrow (details as a bottom sheet). */
    narrow: () => query.matches,
    /** @param {boolean} open whether the details sheet is up (on a narrow screen) */
    sheet(open) {
      document.body.dataset.sheet = open ? 'open' : 'closed';
    },
  };
}
