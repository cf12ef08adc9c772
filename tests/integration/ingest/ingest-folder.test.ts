import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import { type FolderProgress, ingestFolder } from '../../../src/ingest/ingest-folder.js';
import { connectTestGraph } from '../../support/graph.js';

const graph = connectTestGraph();
const dir = mkdtempSync(path.join(tmpdir(), 'claimgraph-folder-'));
const tag = randomUUID().slice(0, 8);
const ids = [`folder-${tag}-a`, `folder-${tag}-b`];
// Gold articles no other test file ingests, so that no other test's statements link to these.
const gold = (name: string) => path.join(projectRoot, 'data', 'gold', `${name}.txt`);

beforeAll(async () => {
  await graph.executor.applySchema();
  copyFileSync(gold('dw-scholz-nord-stream'), path.join(dir, `${ids[0]}.txt`));
  copyFileSync(gold('tass-lavrov-finland'), path.join(dir, `${ids[1]}.txt`));
  writeFileSync(path.join(dir, `folder-${tag}-empty.txt`), '   \n');
  writeFileSync(path.join(dir, 'notes.md'), 'not a text file of the folder');
});
afterAll(async () => {
  for (const id of ids) await graph.repos.ingest.deleteArticleCascade(id);
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingesting a folder of text files', () => {
  it('extracts every .txt in parallel workers, imports each, reports progress and the file that failed', async () => {
    const progress: FolderProgress[] = [];
    const outcomes = await ingestFolder(graph.repos, dir, {
      workers: 2,
      onProgress: (p) => progress.push(p),
    });
    expect(outcomes.map((o) => path.basename(o.file))).toEqual([
      `${ids[0]}.txt`,
      `${ids[1]}.txt`,
      `folder-${tag}-empty.txt`,
    ]);
    const [a, b, empty] = outcomes;
    expect(a).toMatchObject({ ok: true, status: 'created', articleId: ids[0] });
    expect(b).toMatchObject({ ok: true, status: 'created', articleId: ids[1] });
    expect(empty?.ok).toBe(false);
    expect(progress.map((p) => [p.done, p.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(progress[2]?.failed).toBe(1);
    const stored = await graph.repos.articles.getArticlesByIds(ids);
    expect(stored.map((x) => x?.id)).toEqual(ids);
    expect(a?.ok && a.statements).toBeGreaterThan(0);

    const again = await ingestFolder(graph.repos, dir, { workers: 1 });
    expect(again.filter((o) => o.ok).map((o) => o.ok && o.status)).toEqual(['unchanged', 'unchanged']);
    // Two worker threads each load the language model before the first text: slow on a loaded machine.
  }, 240_000);
});
