import { claimPanel } from './details.js';
import { h } from './dom.js';
import { drawnNodeLink } from './panel-parts.js';

/** @typedef {import('./panel-parts.js').PanelActions} PanelActions */

/**
 * The paths view's panel while nothing is selected: every shortest path as a chain of steps.
 *
 * @param {HTMLElement} panel
 * @param {import('./types.js').PathStep[][]} paths
 * @param {PanelActions} actions
 * @param {string | null} [note] what the search left out (hubs), shown under the paths
 */
export function showPaths(panel, paths, actions, note = null) {
  claimPanel();
  const hops = paths[0] ? paths[0].length - 1 : 0;
  const title = h('h2', {
    class: 'panel-title',
    text:
      paths.length === 1
        ? `1 shortest path, ${hops} hops`
        : `${paths.length} shortest paths, ${hops} hops each`,
  });
  const list = h(
    'ol',
    { class: 'path-list' },
    ...paths.map((steps) =>
      h(
        'li',
        {},
        h(
          'ol',
          { class: 'path-steps' },
          ...steps.map(({ edges, node }) =>
            h(
              'li',
              {},
              edges
                ? h(
                    'span',
                    { class: 'path-edge' },
                    ...edges.map((edge, i) =>
                      h('span', {
                        class: edge.data('stance') ? `stance-chip stance-${edge.data('stance')}` : '',
                        text: `${i ? ' · ' : ''}${edge.data('label')}`,
                      }),
                    ),
                  )
                : null,
              h('span', { class: 'path-node' }, ...drawnNodeLink(node, actions, 80)),
            ),
          ),
        ),
      ),
    ),
  );
  panel.replaceChildren(
    h('div', { class: 'panel-kicker' }, h('span', { class: 'type-badge type-edge', text: 'Paths' })),
    title,
    list,
    ...(note ? [h('p', { class: 'muted small hub-note', text: note })] : []),
    h('p', { class: 'muted small', text: 'Click a step for its details; double-click a node to expand it.' }),
  );
  panel.hidden = false;
}

/** The empty panel: what to do, shown while nothing is selected. */
export function showHelp(/** @type {HTMLElement} */ panel) {
  claimPanel();
  panel.replaceChildren(
    h('h2', { class: 'panel-title', text: 'Explore the graph' }),
    h(
      'ul',
      { class: 'help-list' },
      h('li', { text: 'Search for an actor, statement, position, outlet, article or event, and pick it.' }),
      h('li', { text: 'Click a node or edge for details; hover for a summary.' }),
      h('li', { text: 'Double-click a node to expand it; “+n more” shows what is not drawn yet.' }),
      h('li', { text: 'Switch to Paths to see how two entities are connected.' }),
      h('li', { text: 'Filters hide statements by position, stance or outlet; the URL keeps the view.' }),
    ),
  );
  panel.hidden = false;
}
