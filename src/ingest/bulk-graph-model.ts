/**
 * The in-memory graph of a bulk load of annotated articles (bulk-graph.ts builds it, bulk-csv.ts writes it):
 * nodes by id and relationships by the key their MERGE matches on, each with its properties as stored.
 */

export type Key = string;
export const key = (...parts: string[]): Key => parts.join('\u0000');

export type Props = Record<string, string | number | boolean | null | readonly string[]>;

/** One relationship: its ends by id and its properties. */
export type Edge = { from: string; to: string; props: Props };

export type DeclaredLabel = 'Actor' | 'Outlet' | 'Position' | 'Event';

export type ArticleGraph = {
  actors: Map<string, Props>;
  aliases: Map<Key, string>;
  outlets: Map<string, Props>;
  positions: Map<string, Props>;
  events: Map<string, Props>;
  articles: Map<string, Props>;
  statements: Map<string, Props>;
  evidence: Map<string, Props>;
  /** Per position and speech act, statements taking it (cypher/statement/apply-position-tallies). */
  positionCounts: { position: string; speechAct: string; statements: number }[];
  hasAlias: Map<Key, Edge>;
  affiliatedWith: Map<Key, Edge>;
  participatedIn: Map<Key, Edge>;
  follows: Map<Key, Edge>;
  publishedBy: Map<Key, Edge>;
  cites: Map<Key, Edge>;
  declares: Record<DeclaredLabel, Map<Key, Edge>>;
  reports: Map<Key, Edge>;
  said: Map<Key, Edge>;
  saidTo: Map<Key, Edge>;
  citedVia: Map<Key, Edge>;
  takesPosition: Map<Key, Edge>;
  mentions: Map<Key, Edge>;
  concerns: Map<Key, Edge>;
  /** HAS_EVIDENCE from a statement or from an event. */
  statementEvidence: Map<Key, Edge>;
  eventEvidence: Map<Key, Edge>;
  inArticle: Map<Key, Edge>;
  furtherReports: number;
  /** Lookups for further reports: the statements each actor said, the stance edges of each statement. */
  saidBy: Map<string, string[]>;
  stancesOf: Map<string, Edge[]>;
};

export function emptyArticleGraph(): ArticleGraph {
  return {
    actors: new Map(),
    aliases: new Map(),
    outlets: new Map(),
    positions: new Map(),
    events: new Map(),
    articles: new Map(),
    statements: new Map(),
    evidence: new Map(),
    positionCounts: [],
    hasAlias: new Map(),
    affiliatedWith: new Map(),
    participatedIn: new Map(),
    follows: new Map(),
    publishedBy: new Map(),
    cites: new Map(),
    declares: { Actor: new Map(), Outlet: new Map(), Position: new Map(), Event: new Map() },
    reports: new Map(),
    said: new Map(),
    saidTo: new Map(),
    citedVia: new Map(),
    takesPosition: new Map(),
    mentions: new Map(),
    concerns: new Map(),
    statementEvidence: new Map(),
    eventEvidence: new Map(),
    inArticle: new Map(),
    furtherReports: 0,
    saidBy: new Map(),
    stancesOf: new Map(),
  };
}
