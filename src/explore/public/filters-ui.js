import { h, word } from './dom.js';
import { STANCES } from './graph-style.js';
import { HIDEABLE_TYPES } from './view-state.js';

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * Rebuilds a <select>'s options, keeping the chosen value even when it is not in the current picture.
 *
 * @param {HTMLSelectElement} select
 * @param {string} allLabel
 * @param {{ value: string, label: string }[]} options
 * @param {string | null} chosen
 */
function fillSelect(select, allLabel, options, chosen) {
  const values = new Set(options.map((o) => o.value));
  const list = [{ value: '', label: allLabel }, ...options];
  if (chosen && !values.has(chosen)) list.push({ value: chosen, label: `${chosen} (not drawn)` });
  select.replaceChildren(...list.map((o) => h('option', { value: o.value, text: o.label })));
  select.value = chosen ?? '';
}

/**
 * The filter controls of the toolbar: position, stance and outlet menus, the date range and the node types
 * shown. They only report changes; the explorer owns the state and redraws.
 *
 * @param {(name: string, value: string | string[] | null) => void} onChange
 */
export function createFilterControls(onChange) {
  const position = /** @type {HTMLSelectElement} */ ($('filter-position'));
  const stance = /** @type {HTMLSelectElement} */ ($('filter-stance'));
  const outlet = /** @type {HTMLSelectElement} */ ($('filter-outlet'));
  const since = /** @type {HTMLInputElement} */ ($('filter-since'));
  const until = /** @type {HTMLInputElement} */ ($('filter-until'));
  const clear = /** @type {HTMLButtonElement} */ ($('clear-filters'));
  const typeBoxes = /** @type {NodeListOf<HTMLInputElement>} */ (
    document.querySelectorAll('input[name="show-type"]')
  );
  const typesCount = $('types-count');
  const filterCount = $('filter-count');

  position.addEventListener('change', () => onChange('position', position.value || null));
  stance.addEventListener('change', () => onChange('stance', stance.value || null));
  outlet.addEventListener('change', () => onChange('outlet', outlet.value || null));
  since.addEventListener('change', () => onChange('since', since.value || null));
  until.addEventListener('change', () => onChange('until', until.value || null));
  for (const box of typeBoxes) {
    box.addEventListener('change', () =>
      onChange(
        'hide',
        [...typeBoxes].filter((b) => !b.checked).map((b) => b.value),
      ),
    );
  }
  clear.addEventListener('click', () => onChange('clear', null));

  return {
    /**
     * Shows the filters and offers what the drawn graph holds.
     *
     * @param {{ positions: { id: string, label: string }[], outlets: { id: string, label: string }[], stances: string[] }} facets
     * @param {import('./graph-filter.js').Filters} filters
     */
    show(facets, filters) {
      fillSelect(
        position,
        'All positions',
        facets.positions.map((p) => ({ value: p.id, label: p.label })),
        filters.position,
      );
      const stances = [...new Set([...STANCES.filter((s) => facets.stances.includes(s)), ...facets.stances])];
      fillSelect(
        stance,
        'All stances',
        stances.map((s) => ({ value: s, label: word(s) })),
        filters.stance,
      );
      fillSelect(
        outlet,
        'All outlets',
        facets.outlets.map((o) => ({ value: o.id, label: o.label })),
        filters.outlet,
      );
      since.value = filters.since ?? '';
      until.value = filters.until ?? '';
      since.max = filters.until ?? '';
      until.min = filters.since ?? '';
      for (const box of typeBoxes) box.checked = !filters.hide.includes(box.value);
      const shown = HIDEABLE_TYPES.length - filters.hide.length;
      typesCount.textContent = shown === HIDEABLE_TYPES.length ? '' : `${shown}/${HIDEABLE_TYPES.length}`;
      const active =
        [filters.position, filters.stance, filters.outlet, filters.since, filters.until].filter(Boolean)
          .length + (filters.hide.length ? 1 : 0);
      clear.disabled = active === 0;
      filterCount.textContent = String(active);
      filterCount.hidden = active === 0;
    },
  };
}
