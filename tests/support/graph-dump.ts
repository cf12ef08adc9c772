import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { expect } from 'vitest';

/**
 * A whole graph as sorted lines of text, so that two databases can be compared exhaustively: every node with its
 * labels and every property (typed: an integer, a float and a string of the same digits differ), every
 * relationship with its type, properties and both ends in full. It knows nothing of claimgraph's model.
 */
export type GraphDump = { nodes: string[]; relationships: string[] };

/**
 * Properties that hold the time of the load: compared by type only, since two loads never share it. `label` names
 * a node label or a relationship type.
 */
export type Volatile = { label: string; property: string }[];

function typed(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (typeof value === 'number') return `float:${value}`;
  if (typeof value === 'boolean') return `bool:${value}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(typed).join(',')}]`;
  if (neo4j.isDate(value)) return `date:${value.toString()}`;
  if (neo4j.isDateTime(value)) return `datetime:${value.toString()}`;
  if (neo4j.isLocalDateTime(value)) return `localdatetime:${value.toString()}`;
  if (neo4j.isTime(value)) return `time:${value.toString()}`;
  if (neo4j.isLocalTime(value)) return `localtime:${value.toString()}`;
  if (neo4j.isDuration(value)) return `duration:${value.toString()}`;
  if (neo4j.isPoint(value)) return `point:${value.toString()}`;
  throw new Error(`A property value of unknown type: ${String(value)}`);
}

function properties(props: Record<string, unknown>, volatile: Set<string>, labels: string[]): string {
  const entries = Object.keys(props)
    .sort()
    .map((key) => {
      const value = typed(props[key]);
      const isVolatile = labels.some((label) => volatile.has(`${label}.${key}`));
      return `${key}=${isVolatile ? value.replace(/:.*/s, ':*') : value}`;
    });
  return `{${entries.join(', ')}}`;
}

/** Long node lines (an article's text) are shortened in relationship ends, with a hash of the whole. */
function short(line: string): string {
  if (line.length <= 160) return line;
  return `${line.slice(0, 120)}…#${createHash('sha256').update(line).digest('hex').slice(0, 16)}`;
}

export async function dumpGraph(driver: Driver, volatile: Volatile = []): Promise<GraphDump> {
  const volatileKeys = new Set(volatile.map((v) => `${v.label}.${v.property}`));
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const byId = new Map<string, string>();
    const nodes: string[] = [];
    const nodeResult = await session.run(
      'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props',
    );
    for (const record of nodeResult.records) {
      const labels = [...(record.get('labels') as string[])].sort();
      const line = `(:${labels.join(':')} ${properties(record.get('props'), volatileKeys, labels)})`;
      byId.set(record.get('id'), short(line));
      nodes.push(line);
    }
    const relationships: string[] = [];
    const relResult = await session.run(
      'MATCH (a)-[r]->(b) RETURN elementId(a) AS from, type(r) AS type, properties(r) AS props, elementId(b) AS to',
    );
    for (const record of relResult.records) {
      const props = properties(record.get('props'), volatileKeys, [record.get('type')]);
      relationships.push(
        `${byId.get(record.get('from'))}-[:${record.get('type')} ${props}]->${byId.get(record.get('to'))}`,
      );
    }
    return { nodes: nodes.sort(), relationships: relationships.sort() };
  } finally {
    await session.close();
  }
}

/** The lines only one side has (as multisets: a duplicate line counts), up to `limit` of each. */
export function dumpDifference(expected: string[], actual: string[], limit = 5) {
  const counts = new Map<string, number>();
  for (const line of expected) counts.set(line, (counts.get(line) ?? 0) + 1);
  const extra: string[] = [];
  for (const line of actual) {
    const n = counts.get(line) ?? 0;
    if (n > 0) counts.set(line, n - 1);
    else extra.push(line);
  }
  const missing = [...counts].flatMap(([line, n]) => Array<string>(n).fill(line));
  return {
    missing: missing.slice(0, limit),
    extra: extra.slice(0, limit),
    missingCount: missing.length,
    extraCount: extra.length,
  };
}

/** Indexes and constraints, as SHOW reports them (names, kinds, what they cover, and their state). */
export async function dumpSchema(driver: Driver): Promise<{ indexes: string[]; constraints: string[] }> {
  const { records: indexes } = await driver.executeQuery(
    'SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state, owningConstraint ' +
      'RETURN name, type, entityType, labelsOrTypes, properties, state, owningConstraint',
  );
  const { records: constraints } = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties ' +
      'RETURN name, type, entityType, labelsOrTypes, properties',
  );
  return {
    indexes: indexes.map((r) => JSON.stringify(r.toObject())).sort(),
    constraints: constraints.map((r) => JSON.stringify(r.toObject())).sort(),
  };
}

/**
 * Two stores hold the same graph and schema, every index online. Soft, so that one run shows the differences of
 * nodes, relationships and schema at once.
 */
export function expectSameStore(
  expected: { graph: GraphDump; schema: { indexes: string[]; constraints: string[] } },
  actual: { graph: GraphDump; schema: { indexes: string[]; constraints: string[] } },
): void {
  const none = { missing: [], extra: [], missingCount: 0, extraCount: 0 };
  expect.soft(dumpDifference(expected.graph.nodes, actual.graph.nodes)).toEqual(none);
  expect.soft(dumpDifference(expected.graph.relationships, actual.graph.relationships)).toEqual(none);
  expect.soft(actual.schema).toEqual(expected.schema);
  expect(actual.schema.indexes.every((line) => line.includes('"state":"ONLINE"'))).toBe(true);
}
