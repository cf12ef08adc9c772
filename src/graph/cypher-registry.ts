import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';

export const CYPHER_DIR = path.join(projectRoot, 'cypher');

export class UnknownQueryError extends Error {
  override name = 'UnknownQueryError';
}

export type CypherFile = {
  /** `<domain>/<verb-noun>`, the file's path under cypher/ without the extension. */
  name: string;
  text: string;
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.name.endsWith('.cypher') ? [full] : [];
  });
}

/** Every `.cypher` file under `dir`, by name. */
export function loadCypherFiles(dir = CYPHER_DIR): CypherFile[] {
  return walk(dir)
    .map((file) => ({
      name: path
        .relative(dir, file)
        .replace(/\\/g, '/')
        .replace(/\.cypher$/, ''),
      text: readFileSync(file, 'utf8'),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Splits a file into statements at semicolons that end a line. Schema files hold several DDL statements, and
 * each must run in its own transaction; query files hold exactly one.
 */
export function splitStatements(text: string): string[] {
  return text
    .split(/;[ \t]*(?:\r?\n|$)/)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter(Boolean);
}

/**
 * The text of a query as it is sent: comments dropped, indentation and runs of blanks squeezed, outside string
 * literals and backquoted names. Every line stays (a comment line becomes an empty one), so semicolons still end
 * their lines and Neo4j's line numbers in errors are those of the file. Why bother: the driver writes a query in
 * 1,400-byte chunks, one socket write each, and with the explanations our files carry a query took up to four
 * writes per run; on a loaded machine those writes were a quarter of the server's CPU.
 */
export function compactCypher(text: string): string {
  let out = '';
  let quote: string | null = null;
  let blank = false;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      out += c;
      if (c === '\\' && quote !== '`' && i + 1 < text.length) out += text[++i];
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') continue;
      // A blank is only written before the next character, so no line ends in one.
      out += '\n';
      blank = false;
      lineStart = true;
      continue;
    }
    if (c === ' ' || c === '\t') {
      blank = !lineStart;
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    lineStart = false;
    if (c === "'" || c === '"' || c === '`') quote = c;
    out += c;
  }
  return out.replace(/\s+$/, '');
}

/** The named queries, read once at start-up; asking for a name that has no file fails at once. */
export class CypherRegistry {
  private readonly queries: Map<string, string>;

  constructor(files: CypherFile[] = loadCypherFiles()) {
    this.queries = new Map(files.map((f) => [f.name, compactCypher(f.text)]));
  }

  get(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined) {
      throw new UnknownQueryError(
        `No Cypher file cypher/${name}.cypher (known: ${[...this.queries.keys()].join(', ')})`,
      );
    }
    return text;
  }

  names(prefix = ''): string[] {
    return [...this.queries.keys()].filter((n) => n.startsWith(prefix));
  }
}
