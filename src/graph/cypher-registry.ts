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

/** The named queries, read once at start-up; asking for a name that has no file fails at once. */
export class CypherRegistry {
  private readonly queries: Map<string, string>;

  constructor(files: CypherFile[] = loadCypherFiles()) {
    this.queries = new Map(files.map((f) => [f.name, f.text]));
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
