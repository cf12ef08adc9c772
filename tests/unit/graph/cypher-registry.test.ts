import { describe, expect, it } from 'vitest';
import {
  CypherRegistry,
  compactCypher,
  loadCypherFiles,
  splitStatements,
} from '../../../src/graph/cypher-registry.js';

describe('cypher registry', () => {
  it('names files by their path under cypher/', () => {
    const names = loadCypherFiles().map((f) => f.name);
    expect(names).toContain('system/ping');
    expect(names).toContain('schema/constraints');
    for (const name of names) expect(name).toMatch(/^[a-z]+\/[a-z]+(-[a-z]+)*$/);
  });

  it('fails on an unknown name, listing the known ones', () => {
    const registry = new CypherRegistry([{ name: 'a/find-a', text: 'RETURN 1' }]);
    expect(() => registry.get('a/find-b')).toThrow('No Cypher file cypher/a/find-b.cypher (known: a/find-a)');
  });

  it('splits schema files at line-ending semicolons and drops comments', () => {
    expect(splitStatements('// why\nCREATE A;\nCREATE B ;\n\n// tail\n')).toEqual(['CREATE A', 'CREATE B']);
    expect(splitStatements("RETURN 'a;b' AS x")).toEqual(["RETURN 'a;b' AS x"]);
  });

  it('compacts what it sends: comments and blanks out, strings and line numbers kept', () => {
    const text =
      '// why\nMATCH  (a {url: \'http://x  y\'})   // trailing\n    WHERE a.n = "it\'s // \\" x"\n  RETURN `odd  name` ;\n';
    expect(compactCypher(text)).toBe(
      '\nMATCH (a {url: \'http://x  y\'})\nWHERE a.n = "it\'s // \\" x"\nRETURN `odd  name` ;',
    );
  });

  it('sends every committed file compacted, still split where its semicolons end lines', () => {
    const registry = new CypherRegistry();
    for (const file of loadCypherFiles()) {
      const sent = registry.get(file.name);
      expect(sent.split('\n').length).toBeLessThanOrEqual(file.text.split('\n').length);
      expect(sent).not.toMatch(/^\s*\/\//m);
      expect(splitStatements(sent).length).toBe(splitStatements(file.text).length);
    }
  });
});
