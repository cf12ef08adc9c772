import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues, validateAnnotatedArticle } from '../../../src/ingest/validate.js';

/**
 * The real-news corpus (docs/annotation-format.md, "Annotation conventions"): every article's .txt is exactly its
 * annotation's article.text, every annotation validates, and sources.json lists exactly the articles present.
 */
const CORPUS = join(import.meta.dirname, '../../../data/corpus');
// Every split folder, so that a new batch is checked the day it lands.
const splits = existsSync(CORPUS)
  ? readdirSync(CORPUS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : [];

for (const split of splits) {
  const dir = join(CORPUS, split);
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith('.annotated.json'))
    .map((f) => f.slice(0, -'.annotated.json'.length));

  describe(`data/corpus/${split}`, () => {
    it.each(ids)('%s: the .txt is the article text and the annotation validates', (id) => {
      const doc = JSON.parse(readFileSync(join(dir, `${id}.annotated.json`), 'utf8'));
      const result = validateAnnotatedArticle(doc);
      expect(result.ok ? '' : formatIssues(result.errors)).toBe('');
      expect(doc.article.id).toBe(id);
      expect(readFileSync(join(dir, `${id}.txt`), 'utf8')).toBe(doc.article.text);
    });

    it('sources.json lists exactly the annotated articles, each once', () => {
      const sources: { id: string; url: string }[] = JSON.parse(
        readFileSync(join(dir, 'sources.json'), 'utf8'),
      );
      expect(sources.map((s) => s.id).sort()).toEqual([...ids].sort());
      const txts = readdirSync(dir).filter((f) => f.endsWith('.txt'));
      expect(txts.length).toBe(ids.length);
    });
  });
}
