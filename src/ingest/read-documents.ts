import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AnnotatedArticle } from './format.js';
import { type ValidationIssue, validateAnnotatedArticle } from './validate.js';

/**
 * The documents named on an import's command line: files as given, and in a folder its annotated articles
 * (`*.annotated.json`, and `*.ndjson`/`*.jsonl` exports of one document per line), by name, not its
 * subfolders. A folder's other JSON files (a corpus's `sources.json`) are not documents.
 */

export type DocumentSource = { label: string; read: () => string };

const FOLDER_FILE = /\.(annotated\.json|ndjson|jsonl)$/i;
const LINES_FILE = /\.(ndjson|jsonl)$/i;

export function documentSources(inputs: readonly string[], cwd = process.cwd()): DocumentSource[] {
  const files = inputs.flatMap((input) => {
    if (!statSync(input, { throwIfNoEntry: false })?.isDirectory()) return [input];
    return readdirSync(input, { withFileTypes: true })
      .filter((e) => e.isFile() && FOLDER_FILE.test(e.name))
      .map((e) => path.join(input, e.name))
      .sort();
  });
  return files.flatMap((file) => {
    const name = path.relative(cwd, file);
    if (!LINES_FILE.test(file)) return [{ label: name, read: () => readFileSync(file, 'utf8') }];
    return readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.trim() ? [{ label: `${name}:${i + 1}`, read: () => line }] : []));
  });
}

/** What is wrong with one document: where (file or file:line, then the path inside it) and what. */
export type DocumentProblem = { label: string; code: DocumentProblemCode; issues: ValidationIssue[] };

export type DocumentProblemCode = 'UNREADABLE_DOCUMENT' | 'INVALID_DOCUMENT' | 'DUPLICATE_ARTICLE';

/** Some document of a bulk load is unusable: nothing was written. Every problem is listed, not the first. */
export class DocumentsRejectedError extends Error {
  readonly code = 'INVALID_DOCUMENTS';
  constructor(readonly problems: DocumentProblem[]) {
    super(
      `${problems.length} document(s) rejected, nothing written:\n` +
        problems
          .map((p) => `${p.label}: ${p.code}\n${p.issues.map((i) => `  ${i.path} ${i.message}`).join('\n')}`)
          .join('\n'),
    );
    this.name = 'DocumentsRejectedError';
  }
}

export type ValidDocument = { label: string; doc: AnnotatedArticle };

/**
 * Reads and validates every document before anything is written, with the importer's own validation; throws
 * DocumentsRejectedError listing each unreadable or invalid document (and each article given twice: a second
 * one would be a re-import, which a first load does not do) with the place of every problem.
 */
export function readValidDocuments(sources: readonly DocumentSource[]): ValidDocument[] {
  const problems: DocumentProblem[] = [];
  const valid: ValidDocument[] = [];
  const firstSeen = new Map<string, string>();
  for (const source of sources) {
    let input: unknown;
    try {
      input = JSON.parse(source.read());
    } catch (error) {
      problems.push({
        label: source.label,
        code: 'UNREADABLE_DOCUMENT',
        issues: [{ path: 'document', message: `is not readable JSON: ${(error as Error).message}` }],
      });
      continue;
    }
    const result = validateAnnotatedArticle(input);
    if (!result.ok) {
      problems.push({ label: source.label, code: 'INVALID_DOCUMENT', issues: result.errors });
      continue;
    }
    const id = result.value.article.id;
    const earlier = firstSeen.get(id);
    if (earlier !== undefined) {
      problems.push({
        label: source.label,
        code: 'DUPLICATE_ARTICLE',
        issues: [{ path: 'article.id', message: `"${id}" is also the article of ${earlier}` }],
      });
      continue;
    }
    firstSeen.set(id, source.label);
    valid.push({ label: source.label, doc: result.value });
  }
  if (problems.length > 0) throw new DocumentsRejectedError(problems);
  return valid;
}
