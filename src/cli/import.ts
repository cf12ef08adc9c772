import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfigOrExit } from '../config.js';
import { ArticleValidationError, type ImportStatus } from '../ingest/article-store.js';
import { createLogger } from '../log.js';
import { openRuntime } from '../runtime.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run import -- FILE.json [FILE.json ...]   (annotated-article documents)');
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
  for (const [i, file] of files.entries()) {
    const label = `[${i + 1}/${files.length}] ${path.relative(process.cwd(), file)}`;
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      counts.rejected += 1;
      console.error(`${label}: rejected, not readable JSON: ${(error as Error).message}`);
      continue;
    }
    try {
      const outcome = await runtime.repos.ingest.importArticle(input);
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
