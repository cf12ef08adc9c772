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

const root = document.getElementById('root');
// @ts-expect-error: the bundle defines YogaGraphiQL on the page.
YogaGraphiQL.renderYogaGraphiQL(root, {
  title: config.title,
  endpoint: config.endpoint,
  // API keys typed into the headers editor stay in memory, not in localStorage.
  shouldPersistHeaders: false,
  ...initialState(),
});
