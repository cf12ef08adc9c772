import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../../src/graph/cypher-registry.js';

/**
 * export/page-entities keeps an entity when a statement of the export points at it, so it tests each such
 * statement against the export's filter; export/page-statements tests the statements it writes. Cypher has no
 * way for two queries to share a predicate (no includes, no user functions without a plugin), so the filter is
 * written in both: this holds the two copies to the same text, line by line, whatever their indentation.
 */
function filterBlock(name: string): string[] {
  const lines = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8').split('\n');
  const start = lines.findIndex((l) => /^\s*WITH s, \$filter AS f$/.test(l));
  const end = lines.findIndex((l, i) => i > start && /ELSE COUNT .* >= 2 END\)$/.test(l));
  if (start < 0 || end < 0) throw new Error(`cypher/${name}.cypher has no statement filter block`);
  const indent = /^\s*/.exec(lines[start] as string)?.[0].length ?? 0;
  return lines.slice(start, end + 1).map((l) => l.slice(Math.min(indent, /^\s*/.exec(l)?.[0].length ?? 0)));
}

describe('the export queries’ statement filter', () => {
  it('is the same text in export/page-statements and export/page-entities', () => {
    const statements = filterBlock('export/page-statements');
    expect(statements.length).toBeGreaterThan(10);
    expect(filterBlock('export/page-entities')).toEqual(statements);
  });
});
