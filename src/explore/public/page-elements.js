/** The page's fixed elements, looked up once: a missing one is a broken page, said at once. */

/** @param {string} id @returns {HTMLElement} */
export const $ = (id) => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`explorer page lacks #${id}`);
  return el;
};

/**
 * @template {HTMLElement} T
 * @param {string} id
 * @param {new () => T} type
 * @returns {T}
 */
export const $as = (id, type) => {
  const el = $(id);
  if (!(el instanceof type)) throw new Error(`explorer page's #${id} is not a ${type.name}`);
  return el;
};

export const ui = {
  modeInputs: /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('input[name="mode"]')),
  neighborhoodControls: $('neighborhood-controls'),
  pathsControls: $('paths-controls'),
  depth: $as('depth-select', HTMLSelectElement),
  maxLength: $as('max-length-select', HTMLSelectElement),
  throughHubs: $as('through-hubs', HTMLInputElement),
  status: $('status'),
  graphiql: $as('graphiql-link', HTMLAnchorElement),
  copyLink: $('copy-link'),
  fit: $('fit-view'),
  swap: $('swap-ends'),
  empty: $('empty-state'),
  emptyText: $('empty-text'),
  error: $('error'),
  panel: $('panel'),
  announcer: $('announcer'),
  graph: $('graph'),
  tooltip: $('tooltip'),
};
