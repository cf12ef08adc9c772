import { requireRange } from './bounds.js';
import { InvalidInputError, NotFoundError } from './errors.js';
import type { QueryExecutor } from './executor.js';
import type { Plain } from './plain.js';
import { makeSnippet } from './search-text.js';

/** Node labels a graph view may show; Evidence and Alias are bookkeeping and never leave the data layer. */
export const NODE_TYPES = ['Actor', 'Statement', 'Position', 'Outlet', 'Article', 'Event'] as const;

/** Relationship types a graph view may follow (HAS_EVIDENCE, IN_ARTICLE, HAS_ALIAS and DECLARES are hidden). */
export const VISIBLE_RELATIONSHIP_TYPES = [
  'SAID',
  'SAID_TO',
  'CITED_VIA',
  'TAKES_POSITION',
  'MENTIONS',
  'CONCERNS',
  'REPORTS',
  'PUBLISHED_BY',
  'CITES',
  'AFFILIATED_WITH',
  'PARTICIPATED_IN',
  'FOLLOWS',
] as const;

export const NODE_LABEL_LENGTH = 80;
export const NEIGHBORHOOD_MAX_DEPTH = 3;
export const NEIGHBORHOOD_MAX_LIMIT = 100;
/**
 * A whole neighbourhood is capped too: depth 3 with 100 neighbours per node could otherwise reach a million
 * nodes, which no viewer can draw. Nodes past the cap are left out and counted in hiddenNeighbors.
 */
export const NEIGHBORHOOD_MAX_NODES = 500;
export const PATHS_MAX_LENGTH = 6;
export const PATHS_MAX_COUNT = 10;
/**
 * Paths pass through no node with more relationships than this (over the visible types) unless asked: a path
 * through a hub (the biggest actor, a position everyone speaks on) says little and makes the search read the
 * hub's every relationship. Either end may be a hub.
 */
export const PATHS_DEFAULT_MAX_DEGREE = 1000;
/** The largest cap a caller may give; to pass through every node, give none. */
export const PATHS_MAX_DEGREE_LIMIT = 1_000_000_000;
/**
 * How much dearer one entry of a date-index walk (the entry, its node, a check of its relationships) is than
 * one relationship read from a node: a neighborhood walks the index for a hub's newest neighbors when that
 * reads less (cypher/graph/expand-nodes).
 */
export const NEIGHBORHOOD_WALK_FACTOR = 4;
/**
 * Paths of one or two hops check each neighbor of the quieter end against the busier one (a few relationships
 * read per neighbor) unless the busier end has at most this many times the quieter one's relationships; then
 * both ends' neighbors are read and joined (cypher/graph/find-shortest-paths).
 */
export const PATHS_INTO_FACTOR = 8;

export type NodeType = (typeof NODE_TYPES)[number];
export type NodeKey = { type: string; id: string };

export type GraphNodeModel = {
  key: NodeKey;
  label: string;
  kind: string | null;
  hiddenNeighbors: number;
};

export type GraphEdgeModel = {
  id: string;
  type: string;
  source: NodeKey;
  target: NodeKey;
  properties: { [key: string]: Plain };
};

export type GraphModel = {
  nodes: GraphNodeModel[];
  edges: GraphEdgeModel[];
  /** For paths: the degree above which no node was passed through; null when any node could be. */
  hubDegreeCap?: number | null;
};

export type PathsOptions = {
  maxLength: number;
  /** Null passes through every node, hubs included. */
  maxDegree: number | null;
};

export type GraphViewOptions = {
  /** NEIGHBORHOOD_WALK_FACTOR unless given: tests force either way with 0 or a huge factor. */
  walkFactor?: number;
  /** PATHS_INTO_FACTOR unless given: tests force either way with 0 (check) or a huge factor (join). */
  intoFactor?: number;
};

export type NeighborhoodOptions = {
  depth: number;
  limit: number;
  /** Null follows every visible type. */
  relationshipTypes: readonly string[] | null;
  /**
   * Whether to read what a viewer draws (labels, kinds, degrees, the relationships among the nodes); without
   * it the graph holds the nodes' keys only, with their ids as labels and no edges.
   */
  drawable?: boolean;
};

type ExpandRow = { type: string; id: string; neighbors: NodeKey[] };
export type GraphEdgeRow = {
  type: string;
  source: string;
  target: string;
  /** The properties a client sees, as key-value pairs (the queries leave out what is not the graph's). */
  properties: [string, Plain][];
};
export type GraphNodeRow = {
  type: string;
  id: string;
  label: string | null;
  kind: string | null;
  degree: number;
};
type SubgraphRow = GraphNodeRow & { edges: Omit<GraphEdgeRow, 'source'>[] };
type PathsRow = { found: string[]; nodes: GraphNodeRow[]; edges: GraphEdgeRow[] };

/** `Type:id`, the same string as the node's global id, and how the graph queries identify nodes. */
export const nodeKeyString = (key: NodeKey): string => `${key.type}:${key.id}`;

function parseKeyString(key: string): NodeKey {
  const colon = key.indexOf(':');
  return { type: key.slice(0, colon), id: key.slice(colon + 1) };
}

/** Code-unit order: unlike localeCompare, the same on every machine, so edge ids never depend on the locale. */
const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the graph a viewer draws from node rows and edge rows: edges only between returned nodes, each once
 * with a readable unique id, and per node how many of its relationships (its degree over the types shown) are
 * not drawn.
 */
export function assembleGraph(
  nodeRows: readonly GraphNodeRow[],
  edgeRows: readonly GraphEdgeRow[],
): GraphModel {
  const present = new Set(nodeRows.map((n) => `${n.type}:${n.id}`));
  const seen = new Map<string, number>();
  const edges: GraphEdgeModel[] = [];
  const drawn = new Map<string, number>();
  const sorted = [...edgeRows].sort(
    (a, b) =>
      compareCodes(a.source, b.source) ||
      compareCodes(a.type, b.type) ||
      compareCodes(a.target, b.target) ||
      compareCodes(JSON.stringify(a.properties), JSON.stringify(b.properties)),
  );
  for (const edge of sorted) {
    if (!present.has(edge.source) || !present.has(edge.target)) continue;
    const base = `${edge.source}-[${edge.type}]->${edge.target}`;
    // Two relationships of one type between the same nodes (CITED_VIA per article) get distinct ids.
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    edges.push({
      id: n === 1 ? base : `${base}#${n}`,
      type: edge.type,
      source: parseKeyString(edge.source),
      target: parseKeyString(edge.target),
      properties: Object.fromEntries(edge.properties),
    });
    for (const end of new Set([edge.source, edge.target])) drawn.set(end, (drawn.get(end) ?? 0) + 1);
  }
  const nodes = nodeRows.map((row) => {
    const key = `${row.type}:${row.id}`;
    const label = row.label ?? row.id;
    return {
      key: { type: row.type, id: row.id },
      label: row.type === 'Statement' ? makeSnippet(label, [], NODE_LABEL_LENGTH).snippet : label,
      kind: row.kind,
      hiddenNeighbors: Math.max(0, row.degree - (drawn.get(key) ?? 0)),
    };
  });
  return { nodes, edges };
}

function requireNodeType(key: NodeKey): void {
  if (!(NODE_TYPES as readonly string[]).includes(key.type)) {
    throw new NotFoundError(
      `No node "${key.type ? nodeKeyString(key) : key.id}": give a global id of an ${NODE_TYPES.join(', ')} such as Actor:dmitry-peskov`,
    );
  }
}

function checkRelationshipTypes(types: readonly string[] | null): string[] {
  if (types === null) return [...VISIBLE_RELATIONSHIP_TYPES];
  const allowed: readonly string[] = VISIBLE_RELATIONSHIP_TYPES;
  const unknown = types.filter((t) => !allowed.includes(t));
  if (unknown.length > 0 || types.length === 0) {
    throw new InvalidInputError(
      `${unknown.length > 0 ? `Unknown relationship type(s) ${unknown.join(', ')}` : 'No relationship type given'}; ` +
        `allowed: ${allowed.join(', ')}`,
    );
  }
  return [...new Set(types)];
}

/**
 * The graph a viewer draws (cypher/graph/): a node's neighbourhood, breadth first, and the shortest paths
 * between two nodes. Input bounds are checked here, next to the queries whose cost they bound.
 */
export class GraphViewRepository {
  private readonly findShortestPathsQuery;
  private readonly walkFactor: number;
  private readonly intoFactor: number;

  constructor(
    private readonly executor: QueryExecutor,
    options: GraphViewOptions = {},
  ) {
    this.findShortestPathsQuery = executor.query<PathsRow>('graph/find-shortest-paths');
    this.walkFactor = options.walkFactor ?? NEIGHBORHOOD_WALK_FACTOR;
    this.intoFactor = options.intoFactor ?? PATHS_INTO_FACTOR;
  }

  /**
   * The neighbourhood of a node, breadth first: one expand-nodes query per level (so at most `depth`), then one
   * get-subgraph query for labels, degrees and the relationships among the nodes found.
   */
  async neighborhood(start: NodeKey, options: NeighborhoodOptions): Promise<GraphModel> {
    requireRange('depth', options.depth, 1, NEIGHBORHOOD_MAX_DEPTH);
    requireRange('limit', options.limit, 1, NEIGHBORHOOD_MAX_LIMIT);
    const types = checkRelationshipTypes(options.relationshipTypes);
    requireNodeType(start);

    const included = new Map<string, NodeKey>([[nodeKeyString(start), start]]);
    let frontier: NodeKey[] = [start];
    for (let level = 0; level < options.depth && frontier.length > 0; level += 1) {
      if (included.size >= NEIGHBORHOOD_MAX_NODES) break;
      const rows = await this.executor.query<ExpandRow>('graph/expand-nodes')({
        frontier,
        visited: [...included.keys()],
        types,
        limit: options.limit,
        walkFactor: this.walkFactor,
      });
      if (level === 0 && rows.length === 0) throw new NotFoundError(`No node "${nodeKeyString(start)}"`);
      const byKey = new Map(rows.map((r) => [`${r.type}:${r.id}`, r.neighbors]));
      const next: NodeKey[] = [];
      // Frontier order, not row order, decides which nodes make the overall cap: the result is reproducible.
      for (const node of frontier) {
        for (const neighbor of byKey.get(nodeKeyString(node)) ?? []) {
          const key = nodeKeyString(neighbor);
          if (included.has(key) || included.size >= NEIGHBORHOOD_MAX_NODES) continue;
          included.set(key, neighbor);
          next.push(neighbor);
        }
      }
      frontier = next;
    }

    const keys = [...included.values()];
    if (options.drawable === false) {
      return {
        nodes: keys.map((key) => ({ key, label: key.id, kind: null, hiddenNeighbors: 0 })),
        edges: [],
      };
    }
    const subgraph = await this.executor.query<SubgraphRow>('graph/get-subgraph')({
      keys,
      keyIds: keys.map(nodeKeyString),
      types,
    });
    const found = new Map(subgraph.map((row) => [`${row.type}:${row.id}`, row]));
    // Nodes in the order they were reached: the centre first, then level by level.
    const rows = [...included.keys()].flatMap((key) => found.get(key) ?? []);
    return assembleGraph(
      rows,
      rows.flatMap((row) => {
        const source = `${row.type}:${row.id}`;
        // A literal, not a spread: one per edge of a neighbourhood, and V8 builds spreads on a slow path.
        return row.edges.map((edge) => ({
          type: edge.type,
          source,
          target: edge.target,
          properties: edge.properties,
        }));
      }),
    );
  }

  /**
   * All shortest paths (at most PATHS_MAX_COUNT) up to `maxLength` hops as one graph, passing through no node
   * with more than `maxDegree` relationships (either end may have more); empty when none.
   */
  async paths(from: NodeKey, to: NodeKey, options: PathsOptions): Promise<GraphModel> {
    requireRange('maxLength', options.maxLength, 1, PATHS_MAX_LENGTH);
    if (options.maxDegree !== null) requireRange('maxDegree', options.maxDegree, 1, PATHS_MAX_DEGREE_LIMIT);
    requireNodeType(from);
    requireNodeType(to);
    const [row] = await this.findShortestPaths(from, to, options);
    const found = new Set(row?.found ?? []);
    for (const end of [from, to]) {
      if (!found.has(nodeKeyString(end))) throw new NotFoundError(`No node "${nodeKeyString(end)}"`);
    }
    return { ...assembleGraph(row?.nodes ?? [], row?.edges ?? []), hubDegreeCap: options.maxDegree };
  }

  async findShortestPaths(from: NodeKey, to: NodeKey, options: PathsOptions): Promise<PathsRow[]> {
    return this.findShortestPathsQuery({
      from,
      to,
      maxLength: options.maxLength,
      maxDegree: options.maxDegree,
      maxPaths: PATHS_MAX_COUNT,
      intoFactor: this.intoFactor,
    });
  }
}
