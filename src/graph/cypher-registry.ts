import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';

export const CYPHER_DIR = path.join(projectRoot, 'cypher');

export class UnknownQueryError extends Error {
  override name = 'UnknownQueryError';
}

/**
 * What a query file declares in its header comment: the parameters it takes (every `$name` the header
 * mentions) and the columns of its rows (the names listed after `Columns:`). The header is the one place
 * both are written; the executor holds calls to it and a test holds the file's body to it.
 */
export type QueryContract = { params: readonly string[]; columns: readonly string[] };

/** A call that breaks its query's contract: a bug in the code that runs the query, or in the header. */
export class ContractError extends Error {
  override name = 'ContractError';
}

const differ = (a: readonly string[], b: readonly string[]) =>
  a.length !== b.length || [...a].sort().some((x, i) => x !== [...b].sort()[i]);

/** Fails unless `params` has exactly the parameters the header of `name` declares. */
export function checkParams(name: string, contract: QueryContract, params: Record<string, unknown>): void {
  const given = Object.keys(params);
  if (differ(given, contract.params)) {
    throw new ContractError(
      `cypher/${name}.cypher declares the parameters [${contract.params.join(', ')}] but was given [${given.sort().join(', ')}]`,
    );
  }
}

/** Fails unless a row of `name` has exactly the columns its header declares. */
export function checkColumns(name: string, contract: QueryContract, columns: readonly string[]): void {
  if (differ(columns, contract.columns)) {
    throw new ContractError(
      `cypher/${name}.cypher declares the columns [${contract.columns.join(', ')}] but returned [${columns.join(', ')}]`,
    );
  }
}

/** The leading `//` lines of a file, without the slashes, as one line of prose. */
function headerOf(text: string): string {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*\/\/(.*)$/.exec(line);
    if (!match) break;
    lines.push((match[1] as string).trim());
  }
  return lines.join(' ');
}

/**
 * The names of a `Columns:` list: top-level items separated by commas, each named by its first word (what
 * follows in parentheses, brackets or braces describes it). The list ends at a sentence end or a semicolon.
 */
function parseColumns(list: string): string[] {
  const columns: string[] = [];
  let depth = 0;
  let item = '';
  const close = () => {
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(item.trim());
    if (name) columns.push(name[0]);
    item = '';
  };
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as string;
    if ('([{'.includes(c)) depth += 1;
    else if (')]}'.includes(c)) depth -= 1;
    else if (depth === 0 && (c === ';' || (c === '.' && /\s|$/.test(list[i + 1] ?? '')))) break;
    else if (depth === 0 && c === ',') {
      close();
      continue;
    }
    if (depth === 0 && !')]}'.includes(c)) item += c;
  }
  close();
  return columns;
}

/** The contract a file's header declares; null when the header has no `Columns:` (schema files, test fixtures). */
export function parseContract(text: string): QueryContract | null {
  const header = headerOf(text);
  const columns = /\bColumns(?:\s*\([^)]*\))?:(.*)$/.exec(header);
  if (!columns) return null;
  const params = new Set([...header.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string));
  const list = columns[1] as string;
  return { params: [...params].sort(), columns: /^\s*none\b/.test(list) ? [] : parseColumns(list) };
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
  private readonly contracts: Map<string, QueryContract | null>;

  constructor(files: CypherFile[] = loadCypherFiles()) {
    this.queries = new Map(files.map((f) => [f.name, compactCypher(f.text)]));
    this.contracts = new Map(files.map((f) => [f.name, parseContract(f.text)]));
  }

  /** The parameters and columns the file's header declares; null when it declares none. */
  contract(name: string): QueryContract | null {
    this.get(name);
    return this.contracts.get(name) ?? null;
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
