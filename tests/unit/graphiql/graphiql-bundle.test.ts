import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreHistoryPlugin, syncOperationNameWithTab } from '../../../src/graphiql/bundle-patch.js';

const require = createRequire(import.meta.url);
const dist = path.join(path.dirname(require.resolve('@graphql-yoga/graphiql/package.json')), 'dist');

describe('the pinned GraphiQL bundle', () => {
  const bundle = readFileSync(path.join(dist, 'yoga-graphiql.umd.js'), 'utf8');

  it('gets GraphiQL history back next to the query builder', () => {
    const patched = restoreHistoryPlugin(bundle);
    expect(patched).not.toBe(bundle);
    const history = /const ([\w$]+)=\{title:"History"/.exec(bundle)?.[1];
    expect(patched).toMatch(new RegExp(`plugins:\\[[\\w$]+,\\${history}\\],schemaDescription`));
  });

  it("puts the tab's own operation name in the store when a tab is added, switched, moved or closed", () => {
    const patched = syncOperationNameWithTab(bundle);
    const synced = patched.match(
      /operationName:([\w$]+)\.tabs\[\1\.activeTabIndex\]\?\.operationName\?\?null\}\}\)/g,
    );
    expect(synced).toHaveLength(4);
    expect(syncOperationNameWithTab('changeTab(o){}')).toBe('changeTab(o){}');
  });

  it('leaves a bundle it does not recognise as it is', () => {
    expect(restoreHistoryPlugin('plugins:[r],schemaDescription:!0')).toBe('plugins:[r],schemaDescription:!0');
  });

  it('names no host the page would load anything from', () => {
    // The page's CSP (connect-src 'self') would block such loads; this says where they would come from.
    for (const file of ['graphiql.css', 'monacoeditorwork/editor.worker.bundle.js']) {
      const text = readFileSync(path.join(dist, file), 'utf8');
      expect(text, file).not.toMatch(/url\(\s*['"]?https?:/);
    }
  });
});
