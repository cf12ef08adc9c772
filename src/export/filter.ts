import { InvalidInputError } from '../graph/errors.js';
import type { ExportFilter } from '../graph/export.js';
import type { GraphViewRepository } from '../graph/graph-views.js';
import { SPEECH_ACTS, STANCES } from '../ingest/format.js';

/** What an export covers: a statement filter, optionally within the neighborhood of a node. */
export type ExportSelection = {
  filter: ExportFilter;
  neighborhood: { id: string; depth: number; limit: number } | null;
};

/** Filter keys and the node type whose global ids they take (null: not an id). */
const ID_KEYS = {
  speaker: 'Actor',
  outlet: 'Outlet',
  position: 'Position',
  mentions: 'Actor',
  article: 'Article',
  event: 'Event',
} as const;
const BOOLEAN_KEYS = ['negated', 'conditional', 'singleSource'] as const;
const DATE_KEYS = ['from', 'to'] as const;
const NEIGHBORHOOD_KEYS = ['neighborhood', 'depth', 'limit'] as const;

export const SELECTION_KEYS = [
  ...Object.keys(ID_KEYS),
  'stance',
  'speechAct',
  ...DATE_KEYS,
  ...BOOLEAN_KEYS,
  'textContains',
  ...NEIGHBORHOOD_KEYS,
] as const;

const isDate = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

function integer(key: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InvalidInputError(`${key} must be an integer from ${min} to ${max} (got "${value}")`);
  }
  return n;
}

/**
 * Reads an export selection from `key=value` pairs (the CLI's `--filter` and the download URL's query string):
 * the fields of `statements(filter:)` under the same names, and `neighborhood` (a global id) with `depth` and
 * `limit` as `neighborhood(...)` takes them. Every problem is BAD_USER_INPUT naming the key.
 */
export function parseSelection(pairs: Iterable<[string, string]>): ExportSelection {
  const filter: ExportFilter = {};
  let neighborhood: ExportSelection['neighborhood'] = null;
  let depth = 1;
  let limit = 25;
  for (const [key, raw] of pairs) {
    const value = raw.trim();
    if (key in ID_KEYS) {
      const type = ID_KEYS[key as keyof typeof ID_KEYS];
      if (!value) throw new InvalidInputError(`${key} must not be empty`);
      filter[key as keyof typeof ID_KEYS] = value.startsWith(`${type}:`)
        ? value.slice(type.length + 1)
        : value;
    } else if (key === 'stance') {
      const stance = value.toLowerCase();
      if (!(STANCES as readonly string[]).includes(stance)) {
        throw new InvalidInputError(`stance must be one of ${STANCES.join(', ')} (got "${value}")`);
      }
      filter.stance = stance;
    } else if (key === 'speechAct') {
      const act = value.toLowerCase();
      if (!(SPEECH_ACTS as readonly string[]).includes(act)) {
        throw new InvalidInputError(`speechAct must be one of ${SPEECH_ACTS.join(', ')} (got "${value}")`);
      }
      filter.speechAct = act;
    } else if ((DATE_KEYS as readonly string[]).includes(key)) {
      if (!isDate(value)) throw new InvalidInputError(`${key} must be a date YYYY-MM-DD (got "${value}")`);
      filter[key as 'from' | 'to'] = value;
    } else if ((BOOLEAN_KEYS as readonly string[]).includes(key)) {
      if (value !== 'true' && value !== 'false') {
        throw new InvalidInputError(`${key} must be true or false (got "${value}")`);
      }
      filter[key as (typeof BOOLEAN_KEYS)[number]] = value === 'true';
    } else if (key === 'textContains') {
      filter.textContains = value;
    } else if (key === 'neighborhood') {
      if (!/^[A-Z][a-z]+:.+/.test(value)) {
        throw new InvalidInputError(
          `neighborhood must be a global id such as Actor:dmitry-peskov (got "${value}")`,
        );
      }
      neighborhood = { id: value, depth, limit };
    } else if (key === 'depth') {
      depth = integer(key, value, 1, 3);
    } else if (key === 'limit') {
      limit = integer(key, value, 1, 100);
    } else {
      throw new InvalidInputError(`"${key}" is not an export filter (known: ${SELECTION_KEYS.join(', ')})`);
    }
  }
  if (neighborhood) neighborhood = { ...neighborhood, depth, limit };
  return { filter, neighborhood };
}

/** Whether the selection is the whole graph (no filter, no neighborhood). */
export function isWholeGraph(selection: ExportSelection): boolean {
  return selection.neighborhood === null && Object.values(selection.filter).every((v) => v == null);
}

/** The filter to walk with: a neighborhood becomes the set of its statements. */
export async function resolveSelection(
  selection: ExportSelection,
  explore: Pick<GraphViewRepository, 'neighborhood'>,
): Promise<ExportFilter> {
  if (!selection.neighborhood) return selection.filter;
  const { id, depth, limit } = selection.neighborhood;
  const colon = id.indexOf(':');
  const graph = await explore.neighborhood(
    { type: id.slice(0, colon), id: id.slice(colon + 1) },
    { depth, limit, relationshipTypes: null, drawable: false },
  );
  const ids = graph.nodes.filter((n) => n.key.type === 'Statement').map((n) => n.key.id);
  return { ...selection.filter, ids };
}
