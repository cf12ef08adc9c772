/** Both patches, in the order the server applies them to the pinned bundle. */
export function patchBundle(bundle: string): string {
  return syncOperationNameWithTab(restoreHistoryPlugin(bundle));
}

/**
 * yoga's GraphiQL renders `<GraphiQL plugins={[explorer]}>`, which replaces GraphiQL's default plugin list and
 * so drops the history panel (packages/graphiql/src/YogaGraphiQL.tsx upstream). This puts GraphiQL's own history
 * plugin back next to the explorer in the prebuilt (minified) bundle. Both patterns occur once in the pinned
 * version; if a future version changes them the bundle is served as it is (a unit test says so first).
 */
export function restoreHistoryPlugin(bundle: string): string {
  const history = /(?:const|let|var) ([\w$]+)=\{title:"History",icon:[\w$]+,content:[\w$]+\}/.exec(bundle);
  const plugins = /plugins:\[([\w$]+)\],schemaDescription:!0/g;
  const uses = [...bundle.matchAll(plugins)];
  if (!history || uses.length !== 1) return bundle;
  return bundle.replace(
    plugins,
    (_all, explorer: string) => `plugins:[${explorer},${history[1]}],schemaDescription:!0`,
  );
}

/**
 * GraphiQL keeps the operation to run in its store and refreshes it from the editor only after a 100 ms debounce.
 * Switching, adding, moving or closing a tab swaps the editor's text at once but leaves the store with the
 * previous tab's operation name, so Run (or Ctrl+Enter) pressed right after a tab switch sent the new tab's
 * query with the old tab's name, and the fetcher failed with "Cannot infer operation <old name>". Each tab
 * already carries its own operation name; these four actions now put it in the store with the tab.
 */
export function syncOperationNameWithTab(bundle: string): string {
  const tabActions = /([\w$]+)\(([\w$]+)\.tabs\[\2\.activeTabIndex\]\),([\w$]+)\?\.\(\2\),\2\}\)/g;
  if ([...bundle.matchAll(tabActions)].length !== 4) return bundle;
  return bundle.replace(
    tabActions,
    (_all, show: string, state: string, notify: string) =>
      `${show}(${state}.tabs[${state}.activeTabIndex]),${notify}?.(${state}),` +
      `{...${state},operationName:${state}.tabs[${state}.activeTabIndex]?.operationName??null}})`,
  );
}
