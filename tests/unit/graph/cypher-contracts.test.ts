import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import {
  CYPHER_DIR,
  CypherRegistry,
  checkColumns,
  checkParams,
  loadCypherFiles,
  parseContract,
} from '../../../src/graph/cypher-registry.js';

const registry = new CypherRegistry();
const queryFiles = loadCypherFiles().filter((f) => !f.name.startsWith('schema/'));

/** Every `$name` the query itself uses (comments are dropped by the registry; string literals hold none). */
const bodyParams = (name: string) =>
  [...new Set([...registry.get(name).matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * The query names the code under `dirs` writes as string literals (`'<folder>/<verb-noun>'`), without the labels of
 * transactions (the literal after `'read', ` or `'write', `), which name a unit of work rather than a file.
 */
function namedIn(...dirs: string[]): Map<string, string> {
  const folders = readdirSync(CYPHER_DIR).join('|');
  const name = `'((?:${folders})/[a-z]+(?:-[a-z]+)*)'`;
  const names = new Map<string, string>();
  const labels = new Set<string>();
  const files = dirs.flatMap((dir) => sourceFiles(path.join(projectRoot, dir)));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [, label] of text.matchAll(new RegExp(`'(?:read|write)',\\s*${name}`, 'g'))) {
      labels.add(label as string);
    }
    for (const [, query] of text.matchAll(new RegExp(name, 'g'))) {
      names.set(query as string, path.relative(projectRoot, file));
    }
  }
  for (const label of labels) if (!registry.names().includes(label)) names.delete(label);
  return names;
}

describe('query contracts', () => {
  it('reads the parameters and column names a header declares', () => {
    const header = [
      '// Why it exists, with $limit in the prose.',
      '// $requests: [{key, filter: {speaker, outlet}}], $limit. Columns (one row): key, totalCount (null',
      '// unless asked for), affiliations: [{role, actorId}], actor {id, name}; most first.',
      'MATCH (n) RETURN 1',
    ].join('\n');
    expect(parseContract(header)).toEqual({
      params: ['limit', 'requests'],
      columns: ['key', 'totalCount', 'affiliations', 'actor'],
    });
    expect(parseContract('// No parameters. Columns: count.\nRETURN 1 AS count')).toEqual({
      params: [],
      columns: ['count'],
    });
    expect(parseContract('// Columns: none (a procedure).\nCALL db.awaitIndexes(1)')?.columns).toEqual([]);
    // Only the leading comment is the header.
    expect(parseContract('RETURN $x AS y\n// Columns: y.')).toBeNull();
  });

  it('every query file declares its parameters and columns', () => {
    expect(queryFiles.length).toBeGreaterThan(50);
    const missing = queryFiles.filter((f) => parseContract(f.text) === null).map((f) => f.name);
    expect(missing).toEqual([]);
    for (const file of queryFiles) {
      expect(registry.contract(file.name)?.columns.length, file.name).toBeGreaterThanOrEqual(
        file.name === 'bench/await-indexes' ? 0 : 1,
      );
    }
  });

  it("every header's parameters are exactly those its query uses", () => {
    for (const file of queryFiles) {
      expect(registry.contract(file.name)?.params, file.name).toEqual(bodyParams(file.name));
    }
  });

  it('every query name the code runs has a file, and every query file is run by the code', () => {
    const unknown = [...namedIn('src')].filter(([name]) => !registry.names().includes(name));
    expect(unknown, 'names without a file (name, where)').toEqual([]);
    // A diagnostic query only the tests run (system/list-transactions) counts as used.
    const named = namedIn('src', 'tests/integration');
    const unused = queryFiles.map((f) => f.name).filter((name) => !named.has(name));
    expect(unused, 'files no code names').toEqual([]);
  });

  it('holds a call to its contract: the parameters given and the columns returned', () => {
    const contract = registry.contract('actor/find-actors-by-name');
    if (!contract) throw new Error('actor/find-actors-by-name declares no contract');
    expect(() => checkParams('actor/find-actors-by-name', contract, { key: 'x' })).not.toThrow();
    expect(() => checkParams('actor/find-actors-by-name', contract, { key: 'x', limit: 3 })).toThrow(
      'cypher/actor/find-actors-by-name.cypher declares the parameters [key] but was given [key, limit]',
    );
    expect(() => checkParams('actor/find-actors-by-name', contract, {})).toThrow(/was given \[\]/);
    expect(() => checkColumns('actor/find-actors-by-name', contract, ['id'])).not.toThrow();
    expect(() => checkColumns('actor/find-actors-by-name', contract, ['id', 'name'])).toThrow(
      'declares the columns [id] but returned [id, name]',
    );
  });
});
