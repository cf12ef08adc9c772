import { InvalidInputError, NotFoundError } from './errors.js';
import type { Executor } from './executor.js';
import type { Plain } from './plain.js';
import {
  ALL_STATEMENT_PARTS,
  type StatementModel,
  type StatementParts,
  type StatementRepository,
} from './statement.js';

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

export const SEARCH_MAX_FIRST = 50;
/** Longer input is refused rather than sent: Lucene caps the clauses of a query. */
export const SEARCH_MAX_QUERY_LENGTH = 500;
export const SNIPPET_LENGTH = 200;
export const NODE_LABEL_LENGTH = 80;
export const NEIGHBORHOOD_MAX_DEPTH = 3;
export const NEIGHBORHOOD_MAX_LIMIT = 100;
/**
 * A whole neighborhood is capped too: depth 3 with 100 neighbors per node could otherwise reach a million
 * nodes, which no viewer can draw. Nodes past the cap are left out and counted in hiddenNeighbors.
 */
export const NEIGHBORHOOD_MAX_NODES = 500;
export const PATHS_MAX_LENGTH = 6;
export const PATHS_MAX_COUNT = 10;
/** Bounds the rows of one matrix or coverage query. */
export const ANALYSIS_MAX_IDS = 100;

export type NodeType = (typeof NODE_TYPES)[number];
export type NodeKey = { type: string; id: string };

/** Half-open `[start, end)` offsets, in UTF-16 code units like JavaScript strings. */
export type TextRange = { start: number; end: number };

export type SearchHitModel = {
  type: 'Actor' | 'Statement';
  id: string;
  /** A statement hit's statement, loaded with the search. */
  statement?: StatementModel;
  /** The Lucene score divided by the best score of the same index for this query: 1 is the best of its kind. */
  score: number;
  snippet: string;
  highlights: TextRange[];
};

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

export type GraphModel = { nodes: GraphNodeModel[]; edges: GraphEdgeModel[] };

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

export type StanceCellModel = { actorId: string; positionId: string; stance: string; statementIds: string[] };

export type OutletCoverageModel = {
  outletId: string;
  actorId: string;
  statementCount: number;
  originalMediumCount: number;
  citedViaCount: number;
};

type ActorHitRow = { id: string; matched: string; score: number };
type StatementHitRow = { id: string; text: string; quote: string | null; score: number };
type ExpandRow = { type: string; id: string; neighbors: NodeKey[] };
export type GraphEdgeRow = {
  type: string;
  source: string;
  target: string;
  properties: { [key: string]: Plain };
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

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const SEARCHABLE = /[\p{L}\p{N}]/u;

/**
 * Turns any user input into a Lucene query that matches its words: every special character is escaped, and the
 * operator words AND, OR and NOT (operators only in capitals) are lowercased, so they are searched as words
 * instead of making "NATO AND" a syntax error. Null when nothing searchable is left (only punctuation).
 */
export function toLuceneQuery(input: string): string | null {
  if (!SEARCHABLE.test(input)) return null;
  return input
    .replace(LUCENE_SPECIAL, (c) => `\\${c}`)
    .replace(/\b(AND|OR|NOT)\b/g, (word) => word.toLowerCase())
    .trim();
}

/** The words of a query as Lucene's standard analyzer sees them, lowercased and without repeats. */
export function queryTerms(input: string): string[] {
  return [...new Set((input.match(/[\p{L}\p{N}]+/gu) ?? []).map((t) => t.toLowerCase()))];
}

function termPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const alternatives = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Where the terms occur in `text` as whole words, ignoring case. */
export function findHighlights(text: string, terms: readonly string[]): TextRange[] {
  const pattern = termPattern(terms);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * `text` shortened to at most `max` characters around the first occurrence of a term (or from the start), cut
 * at spaces where possible and marked with an ellipsis where cut, with the terms' ranges in the result.
 */
export function makeSnippet(
  text: string,
  terms: readonly string[],
  max = SNIPPET_LENGTH,
): { snippet: string; highlights: TextRange[] } {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return { snippet: clean, highlights: findHighlights(clean, terms) };
  const first = findHighlights(clean, terms)[0];
  const anchor = first?.start ?? 0;
  const anchorEnd = first?.end ?? 0;
  // Room for an ellipsis at each end; a quarter of the window goes before the match, as context.
  const budget = max - 2;
  let end = Math.min(clean.length, Math.max(0, anchor - Math.floor(budget / 4)) + budget);
  let start = Math.max(0, end - budget);
  if (start > 0 && clean[start - 1] !== ' ') {
    const space = clean.indexOf(' ', start);
    if (space !== -1 && space < anchor) start = space + 1;
  }
  if (end < clean.length && clean[end] !== ' ') {
    const space = clean.lastIndexOf(' ', end);
    if (space > Math.max(start, anchorEnd)) end = space;
  }
  // Never split a surrogate pair at either cut.
  if (start > 0 && isLowSurrogate(clean.charCodeAt(start))) start += 1;
  if (end < clean.length && isLowSurrogate(clean.charCodeAt(end))) end -= 1;
  const snippet = `${start > 0 ? '…' : ''}${clean.slice(start, end).trim()}${end < clean.length ? '…' : ''}`;
  return { snippet, highlights: findHighlights(snippet, terms) };
}

/**
 * Merges the hits of the two full-text indexes. Lucene scores of different indexes are not comparable (they
 * depend on each index's term statistics and field lengths), so each list is divided by its own best score:
 * the best actor and the best statement both score 1, and the rest keep their proportion to them. On equal
 * scores actors come first (a name match is the more specific answer), then each index's own order.
 */
export function mergeHits<T extends { score: number }>(lists: readonly (readonly T[])[], first: number): T[] {
  const normalised = lists.flatMap((list) => {
    const best = Math.max(...list.map((h) => h.score));
    return list.map((h) => ({ ...h, score: best > 0 ? h.score / best : 0 }));
  });
  // Array.prototype.sort is stable, which keeps the list order on ties.
  return normalised.sort((a, b) => b.score - a.score).slice(0, first);
}

/** A statement hit shows the field with the most query terms: its quote when the words were the speaker's. */
export function statementSnippet(
  text: string,
  quote: string | null,
  terms: readonly string[],
): { snippet: string; highlights: TextRange[] } {
  const matched = (s: string) =>
    new Set(findHighlights(s, terms).map((r) => s.slice(r.start, r.end).toLowerCase()));
  const source = quote && matched(quote).size > matched(text).size ? quote : text;
  return makeSnippet(source, terms);
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
      properties: edge.properties,
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

function requireRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidInputError(`${name} must be an integer from ${min} to ${max} (got ${value})`);
  }
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

/** Distinct ids, at most ANALYSIS_MAX_IDS of them. */
export function checkIds(name: string, ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length > ANALYSIS_MAX_IDS) {
    throw new InvalidInputError(`${name} takes at most ${ANALYSIS_MAX_IDS} ids (got ${unique.length})`);
  }
  return unique;
}

/**
 * Exploring the graph rather than reading records: full-text search, neighborhoods and paths for a graph
 * viewer, and derived analyses (who takes which stance, which outlets carry whom). Input bounds are checked
 * here, next to the queries whose cost they bound.
 */
export class ExploreRepository {
  private readonly findShortestPathsQuery;
  private readonly getStanceMatrixQuery;
  private readonly getOutletCoverageQuery;

  constructor(
    private readonly executor: Executor,
    private readonly statements: StatementRepository,
  ) {
    this.findShortestPathsQuery = executor.query<PathsRow>('graph/find-shortest-paths');
    this.getStanceMatrixQuery = executor.query<StanceCellModel>('analysis/get-stance-matrix');
    this.getOutletCoverageQuery = executor.query<OutletCoverageModel>('analysis/get-outlet-coverage');
  }

  /**
   * Actors and statements matching `query`, best first; see mergeHits for how the two rankings combine. The
   * statements hit are loaded right away (only the relations `parts` names), so showing them costs no more.
   */
  async search(
    query: string,
    first: number,
    parts: StatementParts = ALL_STATEMENT_PARTS,
    kinds: readonly SearchHitModel['type'][] = ['Actor', 'Statement'],
  ): Promise<SearchHitModel[]> {
    requireRange('first', first, 1, SEARCH_MAX_FIRST);
    if (query.length > SEARCH_MAX_QUERY_LENGTH) {
      throw new InvalidInputError(`query must be at most ${SEARCH_MAX_QUERY_LENGTH} characters`);
    }
    const lucene = toLuceneQuery(query);
    if (lucene === null) return [];
    const terms = queryTerms(query);
    if (kinds.length === 0) throw new InvalidInputError('kinds must name at least one kind to search');
    const [actors, statements] = await Promise.all([
      kinds.includes('Actor')
        ? this.executor.query<ActorHitRow>('search/search-actors')({
            query: lucene,
            first,
            candidates: first * 5,
          })
        : [],
      kinds.includes('Statement')
        ? this.executor.query<StatementHitRow>('search/search-statements')({ query: lucene, first })
        : [],
    ]);
    const models = await this.statements.getStatementMap(
      statements.map((s) => s.id),
      parts,
    );
    return mergeHits<SearchHitModel>(
      [
        actors.map((a) => ({
          type: 'Actor' as const,
          id: a.id,
          score: a.score,
          ...makeSnippet(a.matched, terms),
        })),
        statements.map((s) => ({
          type: 'Statement' as const,
          id: s.id,
          ...(models.has(s.id) ? { statement: models.get(s.id) } : {}),
          score: s.score,
          ...statementSnippet(s.text, s.quote, terms),
        })),
      ],
      first,
    );
  }

  /**
   * The neighborhood of a node, breadth first: one expand-nodes query per level (so at most `depth`), then one
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
      rows.flatMap((row) => row.edges.map((edge) => ({ ...edge, source: `${row.type}:${row.id}` }))),
    );
  }

  /** All shortest paths (at most PATHS_MAX_COUNT) up to `maxLength` hops as one graph; empty when none. */
  async paths(from: NodeKey, to: NodeKey, maxLength: number): Promise<GraphModel> {
    requireRange('maxLength', maxLength, 1, PATHS_MAX_LENGTH);
    requireNodeType(from);
    requireNodeType(to);
    const [row] = await this.findShortestPaths(from, to, maxLength);
    const found = new Set(row?.found ?? []);
    for (const end of [from, to]) {
      if (!found.has(nodeKeyString(end))) throw new NotFoundError(`No node "${nodeKeyString(end)}"`);
    }
    return assembleGraph(row?.nodes ?? [], row?.edges ?? []);
  }

  async findShortestPaths(from: NodeKey, to: NodeKey, maxLength: number): Promise<PathsRow[]> {
    return this.findShortestPathsQuery({ from, to, maxLength, maxPaths: PATHS_MAX_COUNT });
  }

  /**
   * Cells of the stance matrix in the order of `actorIds`, then position id and stance. `positionIds` null
   * means every position.
   */
  async getStanceMatrix(
    actorIds: readonly string[],
    positionIds: readonly string[] | null,
    includeAffiliates: boolean,
  ): Promise<StanceCellModel[]> {
    if (actorIds.length === 0 || positionIds?.length === 0) return [];
    const rows = await this.getStanceMatrixQuery({
      actorIds: [...actorIds],
      positionIds: positionIds ? [...positionIds] : null,
      includeAffiliates,
    });
    const order = new Map(actorIds.map((id, i) => [id, i]));
    // The query sorts within an actor; stable sorting keeps that order.
    return rows.sort((a, b) => (order.get(a.actorId) ?? 0) - (order.get(b.actorId) ?? 0));
  }

  /** Outlet–actor pairs with how many of the actor's statements the outlet carries; null filters mean all. */
  async getOutletCoverage(
    outletIds: readonly string[] | null,
    actorIds: readonly string[] | null,
  ): Promise<OutletCoverageModel[]> {
    return this.getOutletCoverageQuery({
      outletIds: outletIds ? [...outletIds] : null,
      actorIds: actorIds ? [...actorIds] : null,
    });
  }
}
