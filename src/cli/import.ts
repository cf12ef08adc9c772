import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfigOrExit } from '../config.js';
import type { ImportStatus } from '../graph/article-store.js';
import { ArticleValidationError } from '../ingest/import.js';
import { createLogger } from '../log.js';
import { openRuntime } from '../runtime.js';

// --link-reports: a remark another article already carries becomes a further report of it (as text ingestion
// does), which is how hand annotations such as data/fixtures/analysis/ say "the same remark, re-reported".
const linkFurtherReports = process.argv.includes('--link-reports');
const files = process.argv.slice(2).filter((arg) => arg !== '--link-reports');
if (files.length === 0) {
  console.error(
    'Usage: npm run import -- [--link-reports] FILE.json|FILE.ndjson ...   (annotated-article documents;\n' +
      '       .ndjson: one per line, as `npm run export -- --format ndjson` writes them)',
  );
  process.exit(2);
}

const config = loadConfigOrExit();
const log = createLogger(config);
const runtime = await openRuntime(config, log);
const counts: Record<ImportStatus | 'rejected', number> = {
  created: 0,
  updated: 0,
  unchanged: 0,
  rejected: 0,
};
const started = Date.now();
try {
  // An NDJSON file holds one document per line (an export); anything else is one JSON document.
  const documents = files.flatMap((file) => {
    const name = path.relative(process.cwd(), file);
    if (!/\.(ndjson|jsonl)$/i.test(file)) return [{ label: name, read: () => readFileSync(file, 'utf8') }];
    return readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.trim() ? [{ label: `${name}:${i + 1}`, read: () => line }] : []));
  });
  for (const [i, document] of documents.entries()) {
    const label = `[${i + 1}/${documents.length}] ${document.label}`;
    let input: unknown;
    try {
      input = JSON.parse(document.read());
    } catch (error) {
      counts.rejected += 1;
      console.error(`${label}: rejected, not readable JSON: ${(error as Error).message}`);
      continue;
    }
    try {
      const outcome = await runtime.repos.ingest.importArticle(input, { linkFurtherReports });
      counts[outcome.status] += 1;
      console.log(`${label}: ${outcome.status} ${outcome.articleId} (${outcome.statements} statements)`);
    } catch (error) {
      if (!(error instanceof ArticleValidationError)) throw error;
      counts.rejected += 1;
      console.error(`${label}: rejected, nothing written:`);
      for (const issue of error.issues) console.error(`  ${issue.path} ${issue.message}`);
    }
  }
} finally {
  await runtime.close();
}
console.log(
  `\n${files.length} file(s) in ${((Date.now() - started) / 1000).toFixed(1)}s: ${counts.created} created, ` +
    `${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.rejected} rejected`,
);
process.exitCode = counts.rejected > 0 ? 1 : 0;
