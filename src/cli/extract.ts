import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config.js';
import { ExtractionError } from '../extract/errors.js';
import { type ArticleMeta, extractArticle } from '../extract/index.js';
import type { AnnotatedArticle } from '../ingest/format.js';
import { ArticleValidationError } from '../ingest/import.js';
import { ingestArticleText } from '../ingest/ingest-text.js';
import { createLogger } from '../log.js';
import { openRuntime } from '../runtime.js';
import { importFolder } from './extract-folder.js';

const USAGE = `Usage: npm run extract -- ARTICLE.txt [--title T] [--url U] [--publisher P] [--published-on YYYY-MM-DD]
                                   [--id ID] [--json OUT.json] [--import]
       npm run extract -- DIR --import [--workers N]   (every DIR/*.txt, extracted in parallel workers)`;

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        url: { type: 'string' },
        publisher: { type: 'string' },
        'published-on': { type: 'string' },
        id: { type: 'string' },
        json: { type: 'string' },
        import: { type: 'boolean', default: false },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const cut = (s: string, width: number) => (s.length > width ? `${s.slice(0, width - 1)}…` : s);

/** One line per statement: who, through which cue, to and via which outlets, on which positions, what. */
function printTable(doc: AnnotatedArticle): void {
  const name = (id: string | null) =>
    id === null ? '(article)' : (doc.actors.find((a) => a.id === id)?.name ?? id);
  const rows = doc.statements.map((s) => [
    s.id.slice(s.id.lastIndexOf(':') + 1),
    s.confidence === undefined ? '' : `${s.confidence.toFixed(2)}${s.review ? ' ?' : ''}`,
    name(s.speaker),
    s.cue ?? '',
    s.originalMedium ?? '',
    s.citedVia.join(', '),
    s.positions.map((p) => `${p.position} (${p.stance})`).join(', '),
    `${s.negated ? '[not] ' : ''}${s.conditional ? '[if] ' : ''}${s.text}`,
  ]);
  const header = ['id', 'conf', 'speaker', 'cue', 'medium', 'cited via', 'positions (stance)', 'statement'];
  const limits = [4, 6, 24, 18, 12, 18, 44, 70];
  const widths = header.map((h, i) =>
    Math.min(limits[i] ?? 20, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))),
  );
  const line = (cells: string[]) =>
    cells.map((c, i) => cut(c, widths[i] ?? 20).padEnd(widths[i] ?? 20)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

function report(doc: AnnotatedArticle): void {
  console.log(
    `${doc.article.id}: ${doc.statements.length} statements, ${doc.actors.length} actors, ${doc.outlets.length} outlets\n`,
  );
  printTable(doc);
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify(doc, null, 2)}\n`);
    console.log(`\nWrote ${values.json}`);
  }
}

/** With --import: extract against the actors and outlets the graph already holds, then import. */
async function extractAndImport(text: string, meta: ArticleMeta): Promise<void> {
  const config = loadConfigOrExit();
  const runtime = await openRuntime(config, createLogger(config));
  try {
    const { outcome, document } = await ingestArticleText(runtime.repos, text, meta);
    report(document);
    console.log(
      `\nImported: ${outcome.status} ${outcome.articleId} (${outcome.statements} statements, ` +
        `${outcome.furtherReports} further reports of statements already in the graph)`,
    );
  } catch (error) {
    if (error instanceof ExtractionError) {
      console.error(`${file}: ${error.message}`);
    } else if (error instanceof ArticleValidationError) {
      console.error('Rejected by the importer, nothing written:');
      for (const issue of error.issues) console.error(`  ${issue.path} ${issue.message}`);
    } else {
      throw error;
    }
    process.exitCode = 1;
  } finally {
    await runtime.close();
  }
}

const { values, positionals } = parse();
const file = positionals[0];
if (values.help || file === undefined || positionals.length > 1) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}
if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
  if (!values.import) {
    console.error(`${file} is a folder: add --import to ingest its .txt files.\n${USAGE}`);
    process.exit(2);
  }
  await importFolder(file, values.workers);
  process.exit();
}
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(1);
}
const meta: ArticleMeta = {
  ...(values.title ? { title: values.title } : {}),
  ...(values.url ? { url: values.url } : {}),
  ...(values.publisher ? { publisher: values.publisher } : {}),
  ...(values['published-on'] ? { publishedOn: values['published-on'] } : {}),
  ...(values.id ? { id: values.id } : {}),
};
if (values.import) {
  await extractAndImport(text, meta);
} else {
  try {
    report(extractArticle(text, meta));
  } catch (error) {
    if (!(error instanceof ExtractionError)) throw error;
    console.error(`${file}: ${error.message}`);
    process.exitCode = 1;
  }
}
