/**
 * Everything that defines a view lives in the URL hash, so a copied link reopens the same picture:
 *
 *   #mode=neighborhood&focus=Actor:dmitry-peskov&depth=1&expand=Statement:…:s03&expand=Outlet:cnn@50
 *    &sel=Outlet:cnn&position=Position:sanctions&stance=opposes&outlet=Outlet:sputnik
 *    &since=2022-01-01&until=2022-01-31&hide=article,event
 *   #mode=paths&from=Outlet:cnn&to=Actor:nato&max=4&hubs=1
 *
 * `expand` repeats in expansion order; `@n` raises that node's neighbor cap above the default.
 */

export const DEFAULT_LIMIT = 25;
export const LIMIT_STEP = 25;
/** The API caps neighbors per expanded node at 100. */
export const MAX_LIMIT = 100;
export const DEFAULT_MAX_LENGTH = 4;
/** The API's default `maxDegree`: paths pass through no node with more relationships unless asked. */
export const HUB_DEGREE = 1000;
/** Node types the "hide" filter knows (the canvas's type keys). */
export const HIDEABLE_TYPES = ['actor', 'statement', 'position', 'outlet', 'article', 'event'];

/**
 * @typedef {{ id: string, limit: number }} Expansion
 * @typedef {import('./graph-filter.js').Filters} Filters
 * @typedef {{
 *   mode: 'neighborhood' | 'paths',
 *   focus: string | null, depth: number, limit: number,
 *   from: string | null, to: string | null, maxLength: number, throughHubs: boolean,
 *   expand: Expansion[], selected: string | null, filters: Filters,
 * }} ViewState
 */

/** @returns {ViewState} */
export function emptyState() {
  return {
    mode: 'neighborhood',
    focus: null,
    depth: 1,
    limit: DEFAULT_LIMIT,
    from: null,
    to: null,
    maxLength: DEFAULT_MAX_LENGTH,
    throughHubs: false,
    expand: [],
    selected: null,
    filters: noFilters(),
  };
}

/** @returns {Filters} */
export function noFilters() {
  return { position: null, stance: null, outlet: null, since: null, until: null, hide: [] };
}

/** A calendar day (YYYY-MM-DD) or null. @param {string | null} value */
function day(value) {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
}

/** @param {string | null | undefined} value @param {number} min @param {number} max @param {number} fallback */
function intIn(value, min, max, fallback) {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= min && n <= max ? n : fallback;
}

/** @param {string} hash @returns {ViewState} */
export function parseHash(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = emptyState();
  state.mode = params.get('mode') === 'paths' ? 'paths' : 'neighborhood';
  state.focus = params.get('focus') || null;
  state.depth = intIn(params.get('depth'), 1, 2, 1);
  state.limit = intIn(params.get('limit'), 1, MAX_LIMIT, DEFAULT_LIMIT);
  state.from = params.get('from') || null;
  state.to = params.get('to') || null;
  state.maxLength = intIn(params.get('max'), 1, 6, DEFAULT_MAX_LENGTH);
  state.throughHubs = params.get('hubs') === '1';
  const seen = new Set();
  for (const raw of params.getAll('expand')) {
    const match = /^(.+?)(?:@(\d+))?$/.exec(raw);
    if (!match || seen.has(match[1])) continue;
    seen.add(match[1]);
    state.expand.push({ id: match[1], limit: intIn(match[2], 1, MAX_LIMIT, DEFAULT_LIMIT) });
  }
  state.selected = params.get('sel') || null;
  state.filters = {
    position: params.get('position') || null,
    stance: params.get('stance')?.toLowerCase() || null,
    outlet: params.get('outlet') || null,
    since: day(params.get('since')),
    until: day(params.get('until')),
    hide: HIDEABLE_TYPES.filter((t) => (params.get('hide') ?? '').split(',').includes(t)),
  };
  return state;
}

// Ids are `Type:slug`; keeping ':', '@' and ',' readable makes links legible, and all are legal in a fragment.
const enc = (/** @type {string} */ value) =>
  encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%40/g, '@').replace(/%2C/gi, ',');

/** @param {ViewState} state @returns {string} */
export function formatHash(state) {
  const pairs = [['mode', state.mode]];
  if (state.mode === 'neighborhood') {
    if (state.focus) pairs.push(['focus', state.focus]);
    if (state.depth !== 1) pairs.push(['depth', String(state.depth)]);
    if (state.limit !== DEFAULT_LIMIT) pairs.push(['limit', String(state.limit)]);
  } else {
    if (state.from) pairs.push(['from', state.from]);
    if (state.to) pairs.push(['to', state.to]);
    if (state.maxLength !== DEFAULT_MAX_LENGTH) pairs.push(['max', String(state.maxLength)]);
    if (state.throughHubs) pairs.push(['hubs', '1']);
  }
  for (const x of state.expand) {
    pairs.push(['expand', x.limit === DEFAULT_LIMIT ? x.id : `${x.id}@${x.limit}`]);
  }
  if (state.selected) pairs.push(['sel', state.selected]);
  for (const name of /** @type {const} */ (['position', 'stance', 'outlet', 'since', 'until'])) {
    const value = state.filters[name];
    if (value) pairs.push([name, value]);
  }
  if (state.filters.hide.length) pairs.push(['hide', state.filters.hide.join(',')]);
  return `#${pairs.map(([k, v]) => `${k}=${enc(v)}`).join('&')}`;
}

/** The part of the state that needs a new query (filters and selection are applied to what is drawn). */
export function dataKey(/** @type {ViewState} */ state) {
  return state.mode === 'neighborhood'
    ? JSON.stringify(['n', state.focus, state.depth, state.limit, state.expand])
    : JSON.stringify(['p', state.from, state.to, state.maxLength, state.throughHubs, state.expand]);
}

/**
 * The server export's selection for a view: in the neighborhood mode its focus with the same depth and cap
 * (expansions are the explorer's own and are not part of it), and the statement filters the API shares with the
 * explorer. Node types hidden on the canvas are a way of looking and stay out.
 *
 * @param {ViewState} state
 * @param {'view' | 'all'} scope
 */
export function exportSelection(state, scope) {
  const params = new URLSearchParams();
  if (scope === 'view' && state.mode === 'neighborhood' && state.focus) {
    params.set('neighborhood', state.focus);
    params.set('depth', String(state.depth));
    params.set('limit', String(state.limit));
  }
  const { position, stance, outlet, since, until } = state.filters;
  if (position) params.set('position', position);
  if (stance) params.set('stance', stance);
  if (outlet) params.set('outlet', outlet);
  if (since) params.set('from', since);
  if (until) params.set('to', until);
  return params;
}
