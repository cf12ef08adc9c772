import { expandOperation, graphql, graphsOf, STATEMENT_ADDED_SUBSCRIPTION, subscriptionUrl } from './api.js';
import { partInView } from './graph-data.js';
import { MAX_LIMIT } from './view-state.js';

/**
 * @typedef {import('./graph-view.js').GraphView} GraphView
 */

/**
 * "Follow live": while on, the page listens to `statementAdded` (GraphQL over Server-Sent Events, through the
 * browser's own EventSource) and every new statement that touches the picture grows into it, ringed; the
 * status line counts what came and what had no place in this view. The additions are not in the URL: they are
 * what arrived while watching, and a reload draws the view as the API now answers it.
 *
 * @param {{
 *   graphView: GraphView,
 *   marks: () => import('./types.js').Marks,
 *   busy: (delta: number) => void,
 *   settle: () => Promise<void>,
 *   status: (text: string | null) => void,
 *   announce: (text: string) => void,
 * }} page
 */
export function attachLiveFollow(page) {
  const button = /** @type {HTMLButtonElement} */ (document.getElementById('follow-live'));
  /** @type {EventSource | null} */
  let source = null;
  let shown = 0;
  let elsewhere = 0;
  /** Statements are drawn one after another, in the order the feed sent them. */
  let queue = Promise.resolve();

  const say = () => {
    if (!source) return page.status(null);
    const parts = [`following live: ${shown} new shown`];
    if (elsewhere) parts.push(`${elsewhere} elsewhere in the graph`);
    page.status(parts.join(', '));
  };

  /** @param {string} id */
  const arrive = async (id) => {
    if (page.graphView.element(id)) return;
    const op = expandOperation(id, MAX_LIMIT);
    page.busy(1);
    try {
      const data = /** @type {Record<string, unknown>} */ (await graphql(op.query, op.variables));
      const [around] = graphsOf(data);
      const part = around ? partInView(around, id, page.graphView.nodeIds()) : null;
      if (!source) return;
      if (!part) {
        elsewhere += 1;
        return;
      }
      await page.graphView.merge([part.graph], part.anchor, page.marks());
      page.graphView.arrived(id);
      await page.settle();
      shown += 1;
      page.announce(`New statement: ${page.graphView.element(id)?.data('label') ?? id}`);
    } finally {
      page.busy(-1);
      say();
    }
  };

  const stop = () => {
    source?.close();
    source = null;
    button.setAttribute('aria-pressed', 'false');
    button.textContent = 'Follow live';
    say();
  };

  const start = () => {
    shown = 0;
    elsewhere = 0;
    const feed = new EventSource(subscriptionUrl(STATEMENT_ADDED_SUBSCRIPTION));
    source = feed;
    button.setAttribute('aria-pressed', 'true');
    button.textContent = 'Following';
    feed.addEventListener('next', (event) => {
      /** @type {{ data?: { statementAdded?: { id: string } }, errors?: { message: string }[] }} */
      const result = JSON.parse(event.data);
      const id = result.data?.statementAdded?.id;
      if (result.errors?.length || !id) {
        page.announce(
          `The live feed stopped: ${result.errors?.map((e) => e.message).join(' ') ?? 'no data'}`,
        );
        stop();
        return;
      }
      queue = queue
        .then(() => arrive(id))
        .catch((error) => page.announce(`A new statement could not be drawn: ${error}`));
    });
    // The server ended the stream: nothing more will come on this connection.
    feed.addEventListener('complete', stop);
    say();
  };

  button.addEventListener('click', () => (source ? stop() : start()));
  return { stop };
}
