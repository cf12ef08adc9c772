// Starts yoga's GraphiQL bundle with claimgraph's examples, and with the operation a link brings.
//
// The URL contract (the explorer's "Open in GraphiQL" builds it): /graphql?query=…&variables=…&operationName=…,
// the same parameters as a GraphQL-over-HTTP GET, so one link both opens the playground and runs as an API call.

/** @typedef {{ title: string, endpoint: string, vendor: string, examples: { query: string }[] }} PlaygroundConfig */

const configElement = document.getElementById('playground-config');
/** @type {PlaygroundConfig} */
const config = JSON.parse(configElement?.textContent ?? '{}');

// Monaco starts its workers from these same-origin files (yoga's page fetches them from a CDN).
const workers = {
  editorWorkerService: `${config.vendor}/monacoeditorwork/editor.worker.bundle.js`,
  json: `${config.vendor}/monacoeditorwork/json.worker.bundle.js`,
  graphql: `${config.vendor}/monacoeditorwork/graphql.worker..bundle.js`,
};
// @ts-expect-error: Monaco reads this global when it creates a worker.
self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: (/** @type {string} */ _moduleId, /** @type {keyof typeof workers} */ label) =>
    workers[label] ?? workers.editorWorkerService,
};

/**
 * What GraphiQL opens with. GraphiQL keeps its tabs in localStorage and shows `query` in the editor; when the
 * stored tabs hold the same query and variables it switches to that tab, else it adds one. So the editor and the
 * active tab always agree: on a first visit the tabs are the examples and the editor shows the first one; a link
 * adds (or reopens) a tab with its query and variables.
 */
function initialState() {
  const params = new URLSearchParams(location.search);
  const tabs = config.examples.map((e) => ({ query: e.query, variables: '' }));
  const linked = params.get('query');
  if (!linked) {
    const first = tabs[0];
    return { defaultTabs: tabs, query: first?.query, variables: first?.variables ?? '' };
  }
  // operationName needs no handling: GraphiQL names the tab after the document's operation and runs it (with
  // several operations, the one under the cursor, or the one picked from the run button's menu).
  const variables = params.get('variables') ?? '';
  return { defaultTabs: [{ query: linked, variables }, ...tabs], query: linked, variables };
}

/** The request header that asks the server for the Cypher cost extension (src/plugins/cypher-explain.ts). */
const EXPLAIN_HEADER = 'x-claimgraph-explain';

/**
 * @typedef {{ name: string, ms: number, rows: number, dbHits?: number | null, error?: string, cypher: string }} CypherQuery
 * @typedef {{ totalMs: number, queryCount: number, queries: CypherQuery[] }} CypherCost
 */

/**
 * "Cypher cost": a switch (off, queries, queries with db hits) that adds the explain header to every request
 * GraphiQL sends to the endpoint, and a panel that lists what the server reports for the last operation, each
 * query a link to its Cypher text. yoga's GraphiQL calls `globalThis.fetch` at request time, so wrapping it here
 * is enough; the panel reads a copy of the answer, GraphiQL gets the answer itself untouched.
 */
function attachCypherCost() {
  const select = document.createElement('select');
  select.id = 'explain-mode';
  for (const [value, text] of [
    ['', 'off'],
    ['1', 'queries'],
    ['profile', 'queries + db hits'],
  ]) {
    select.append(new Option(text, value));
  }
  const label = document.createElement('label');
  label.className = 'explain-toggle';
  label.title = 'List the Cypher queries each operation runs (the server shows them in development mode)';
  label.append('Cypher cost ', select);
  const panel = document.createElement('section');
  panel.className = 'cypher-cost';
  panel.setAttribute('aria-label', 'Cypher run by the last operation');
  panel.setAttribute('aria-live', 'polite');
  panel.hidden = true;
  document.body.append(label, panel);

  /** @param {CypherCost | undefined} cost */
  const show = (cost) => {
    panel.replaceChildren();
    panel.hidden = false;
    const title = document.createElement('h2');
    if (!cost) {
      title.textContent =
        'The server reported no Cypher (the cost extension is on in development mode only).';
      panel.append(title);
      return;
    }
    title.textContent = `${cost.queryCount} Cypher ${cost.queryCount === 1 ? 'query' : 'queries'} · ${cost.totalMs} ms`;
    const list = document.createElement('ol');
    for (const q of cost.queries) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = q.cypher;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = q.name;
      link.title = 'Open the Cypher text of this query';
      // A query that failed (a timeout, say) has no plan to count db hits from: the panel says why instead.
      const hits = q.error
        ? ` · failed: ${q.error}`
        : typeof q.dbHits === 'number'
          ? ` · ${q.dbHits} db hits`
          : '';
      item.append(link, ` ${q.ms} ms · ${q.rows} ${q.rows === 1 ? 'row' : 'rows'}${hits}`);
      list.append(item);
    }
    panel.append(title, list);
  };

  const endpoint = new URL(config.endpoint, location.href).href;
  const plainFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input, init) => {
    const mode = select.value;
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!mode || `${url.origin}${url.pathname}` !== endpoint) return plainFetch(input, init);
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    headers.set(EXPLAIN_HEADER, mode);
    const response = await plainFetch(input, { ...init, headers });
    const body = init?.body;
    // The schema's introspection is GraphiQL's own business; the panel is about the operation run.
    const introspection = typeof body === 'string' && body.includes('IntrospectionQuery');
    if (!introspection && (response.headers.get('content-type') ?? '').includes('json')) {
      response
        .clone()
        .json()
        .then((/** @type {{ extensions?: { cypher?: CypherCost } }} */ result) =>
          show(result.extensions?.cypher),
        )
        .catch(() => {});
    }
    return response;
  };
  select.addEventListener('change', () => {
    if (!select.value) panel.hidden = true;
  });
}

attachCypherCost();

const root = document.getElementById('root');
// @ts-expect-error: the bundle defines YogaGraphiQL on the page.
YogaGraphiQL.renderYogaGraphiQL(root, {
  title: config.title,
  endpoint: config.endpoint,
  // API keys typed into the headers editor stay in memory, not in localStorage.
  shouldPersistHeaders: false,
  ...initialState(),
});
