import neo4j from 'neo4j-driver';

/** What leaves the data layer: JSON-like values only. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/**
 * Converts driver values to plain TypeScript: integers to numbers (refusing ones a double cannot hold),
 * temporal values to ISO strings, graph entities to plain objects.
 */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return toSafeNumber(value.toString());
  if (neo4j.isInt(value)) return toSafeNumber(value.toString());
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (neo4j.isNode(value)) {
    return { elementId: value.elementId, labels: value.labels, properties: toPlain(value.properties) };
  }
  if (neo4j.isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      properties: toPlain(value.properties),
    };
  }
  if (neo4j.isPath(value)) {
    return {
      segments: value.segments.map((s) => ({
        start: toPlain(s.start),
        rel: toPlain(s.relationship),
        end: toPlain(s.end),
      })),
    };
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, Plain> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  throw new TypeError(`Cannot convert a ${typeof value} from Neo4j`);
}

function toSafeNumber(digits: string): number {
  const n = Number(digits);
  if (!Number.isSafeInteger(n))
    throw new RangeError(`Integer ${digits} from Neo4j does not fit a JavaScript number`);
  return n;
}
