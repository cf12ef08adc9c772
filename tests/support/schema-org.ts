import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * schema.org's vocabulary as Google's schema-dts package encodes it (generated from schema.org's own release
 * files): which types exist and which properties each has, with inheritance. Read from node_modules, never from
 * the web.
 */
export type SchemaOrgVocabulary = {
  hasType(type: string): boolean;
  /** Whether `property` is defined on `type` or one of its ancestors. */
  hasProperty(type: string, property: string): boolean;
};

export function loadSchemaOrgVocabulary(): SchemaOrgVocabulary {
  const require = createRequire(import.meta.url);
  const text = readFileSync(require.resolve('schema-dts/dist/schema.d.ts'), 'utf8');
  const bases = new Map<string, { parents: string[]; properties: Set<string> }>();
  for (const match of text.matchAll(/^interface (\w+)Base extends ([^{]+)\{([\s\S]*?)^\}/gm)) {
    const [, name = '', parents = '', body = ''] = match;
    bases.set(name, {
      parents: parents
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p.endsWith('Base'))
        .map((p) => p.slice(0, -'Base'.length)),
      properties: new Set([...body.matchAll(/^ {4}"([\w-]+)"\??:/gm)].map((m) => m[1] ?? '')),
    });
  }
  const types = new Map<string, string>();
  for (const match of text.matchAll(
    /^export interface (\w+)Leaf extends (\w+)Base \{\s*"@type": "(\w+)";/gm,
  )) {
    types.set(match[3] ?? '', match[2] ?? '');
  }
  const has = (base: string, property: string, seen = new Set<string>()): boolean => {
    if (seen.has(base)) return false;
    seen.add(base);
    const entry = bases.get(base);
    if (!entry) return false;
    return entry.properties.has(property) || entry.parents.some((p) => has(p, property, seen));
  };
  if (types.size < 500 || !types.has('Claim')) throw new Error('schema-dts did not parse as expected');
  return {
    hasType: (type) => types.has(type),
    hasProperty: (type, property) => {
      const base = types.get(type);
      return base !== undefined && has(base, property);
    },
  };
}

/**
 * Every problem of a JSON-LD document against the vocabulary: unknown types, and properties that none of a
 * node's types has. Nodes without a type (references by `@id`) and JSON-LD keywords are not checked.
 */
export function schemaOrgProblems(document: unknown, vocabulary: SchemaOrgVocabulary): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, where: string) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(v, `${where}[${i}]`);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    const raw = node['@type'];
    const types = raw === undefined ? [] : Array.isArray(raw) ? (raw as string[]) : [raw as string];
    for (const type of types) if (!vocabulary.hasType(type)) problems.push(`${where}: no type ${type}`);
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('@')) {
        if (key === '@graph') visit(child, `${where}.@graph`);
        continue;
      }
      if (types.length > 0 && !types.some((t) => vocabulary.hasProperty(t, key))) {
        problems.push(`${where}: ${types.join('/')} has no property ${key}`);
      }
      visit(child, `${where}.${key}`);
    }
  };
  visit(document, '$');
  return problems;
}
