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
