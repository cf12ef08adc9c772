import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config.js';
import type { ImportStatus } from '../graph/article-store.js';
import { ArticleValidationError } from '../ingest/import.js';
import { DocumentsRejectedError, documentSources } from '../ingest/read-documents.js';
import { createLogger } from '../log.js';
import { LocalNeo4j } from '../neo4j/local-server.js';
import { openRuntime } from '../runtime.js';
import { BulkImportRefusedError, bulkLoadArticles } from './import-bulk.js';

const usage =
  'Usage: npm run import -- [--link-reports] FOLDER|FILE.json|FILE.ndjson ...\n' +
  '       npm run import -- --bulk [--overwrite] [--link-reports] FOLDER|FILE ...\n' +
  '  Annotated-article documents: files as named; in a FOLDER its *.annotated.json, *.ndjson and *.jsonl files\n' +
  '  (.ndjson: one document per line, as `npm run export -- --format ndjson` writes them).\n' +
  '  --link-reports  a remark another article already carries becomes a further report of it\n' +
  '  --bulk          a first load by neo4j-admin import into the project`s own Neo4j (stopped, empty): every\n' +
  '                  document is validated first, then the store is built from CSV; the same graph as\n' +
  '                  importing them one by one in this order\n' +
  '  --overwrite     with --bulk: replace a database that holds data';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'link-reports': { type: 'boolean', default: false },
    bulk: { type: 'boolean', default: false },
    overwrite: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help || positionals.length === 0) {
  (values.help ? console.log : console.error)(usage);
  process.exit(values.help ? 0 : 2);
}
if (values.overwrite && !values.bulk) {
  console.error(`--overwrite only goes with --bulk.\n${usage}`);
  process.exit(2);
}
// --link-reports: a remark another article already carries becomes a further report of it (as text ingestion
// does), which is how hand annotations such as data/fixtures/analysis/ say "the same remark, re-reported".
const linkFurtherReports = values['link-reports'];
const config = loadConfigOrExit();
const sources = documentSources(positionals);

if (values.bulk) await bulkImport();
else await transactionalImport();

async function bulkImport(): Promise<void> {
  try {
    if (config.external) {
      throw new BulkImportRefusedError(
        'EXTERNAL_DATABASE',
        `--bulk writes the store files of the project's own Neo4j; NEO4J_URI names another server ` +
          `(${config.external.uri}). Import into it without --bulk.`,
      );
    }
    const server = new LocalNeo4j(config.local, (line) => console.log(`[neo4j] ${line}`));
    const result = await bulkLoadArticles(server, sources, {
      overwrite: values.overwrite,
      linkFurtherReports,
      log: (line) => console.log(line),
    });
    console.log(
      `\n${result.articles} articles, ${result.statements} statements (${result.furtherReports} further reports): ` +
        `${result.nodes} nodes and ${result.relationships} relationships loaded in ` +
        `${(result.ms / 1000).toFixed(1)}s. Neo4j is stopped again; \`npm start\` serves the new store.`,
    );
  } catch (error) {
    if (error instanceof DocumentsRejectedError || error instanceof BulkImportRefusedError) {
      console.error(`error ${error.code}: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

async function transactionalImport(): Promise<void> {
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
    for (const [i, document] of sources.entries()) {
      const label = `[${i + 1}/${sources.length}] ${document.label}`;
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
    `\n${sources.length} document(s) in ${((Date.now() - started) / 1000).toFixed(1)}s: ${counts.created} created, ` +
      `${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.rejected} rejected`,
  );
  process.exitCode = counts.rejected > 0 ? 1 : 0;
}
