// The shapes the explorer's modules pass each other, for `tsc -p src/explore/public` (the page itself never
// loads this file: the browser runs the .js modules as they are, and this is only read by the type checker).

import type * as Cy from 'cytoscape';

export type Core = Cy.Core;
export type NodeSingular = Cy.NodeSingular;
export type EdgeSingular = Cy.EdgeSingular;
export type ElementSingular = Cy.SingularElementReturnValue;
export type Collection = Cy.Collection;
export type NodeCollection = Cy.NodeCollection;
export type EdgeCollection = Cy.EdgeCollection;
export type ElementDefinition = Cy.ElementDefinition;

/** A node of the API's `Graph` type (neighborhood, paths). */
export type ApiNode = {
  id: string;
  type: string;
  label: string;
  kind?: string | null;
  hiddenNeighbors?: number | null;
};

/** An edge of the API's `Graph` type. */
export type ApiEdge = {
  id: string;
  type: string;
  source: string;
  target: string;
  properties?: Record<string, unknown> | null;
};

export type ApiGraph = { nodes: ApiNode[]; edges: ApiEdge[] };

/** An entity as the API names it in lists and links. */
export type EntityRef = {
  id: string;
  name?: string | null;
  title?: string | null;
  text?: string | null;
  url?: string | null;
};

export type FuzzyDate = { value: string; precision?: string | null; context?: boolean | null };

export type StatementPosition = { stance: string; position: EntityRef | null };

export type Evidence = {
  start: number;
  end: number;
  excerpt: string;
  article: EntityRef & { text?: string | null };
};

/** What the canvas and the exports know of a drawn statement (STATEMENT_FACTS_QUERY). */
export type StatementFacts = {
  __typename: 'Statement';
  id: string;
  text: string;
  quote?: string | null;
  speechAct?: string | null;
  statedOn?: FuzzyDate | null;
  speaker?: EntityRef | null;
  positions?: StatementPosition[] | null;
  originalMedium?: EntityRef | null;
  citedVia?: EntityRef[] | null;
  evidence?: Evidence[] | null;
};

/** The side panel's answer for one node (DETAILS_QUERY): one shape per type, told apart by __typename. */
export type StatementDetails = StatementFacts & {
  cue?: string | null;
  negated?: boolean | null;
  conditional?: boolean | null;
  condition?: string | null;
  corroboration?: number | null;
  speaker?: (EntityRef & { actorKind?: string | null }) | null;
};
export type ActorDetails = {
  __typename: 'Actor';
  id: string;
  name: string;
  actorKind?: string | null;
  description?: string | null;
  aliases?: string[] | null;
  positions?:
    | {
        stance: string;
        statementCount: number;
        position: EntityRef | null;
        statements?: EntityRef[] | null;
      }[]
    | null;
};
export type PositionDetails = {
  __typename: 'Position';
  id: string;
  name: string;
  description?: string | null;
  stances?: { stance: string; statementCount: number; actor: EntityRef | null }[] | null;
};
export type OutletDetails = {
  __typename: 'Outlet';
  id: string;
  name: string;
  outletKind?: string | null;
  country?: string | null;
  aliases?: string[] | null;
};
export type ArticleDetails = {
  __typename: 'Article';
  id: string;
  title: string;
  url?: string | null;
  text?: string | null;
  publishedOn?: FuzzyDate | null;
  publisher?: EntityRef | null;
};
export type EventDetails = {
  __typename: 'Event';
  id: string;
  name: string;
  description?: string | null;
  date?: FuzzyDate | null;
  participants?: { role?: string | null; actor: EntityRef | null }[] | null;
};
export type NodeDetails =
  | StatementDetails
  | ActorDetails
  | PositionDetails
  | OutletDetails
  | ArticleDetails
  | EventDetails;

/** A search result (the API's `search` and the name lookups, merged by `searchHits`). */
export type SearchHit = {
  score: number;
  snippet: string;
  highlights: { start: number; end: number }[];
  node: { __typename: string; id: string } & Record<string, string | undefined>;
};

/** One step of a path in the paths panel: the edges taken to reach the node (none for the start). */
export type PathStep = { edges: EdgeCollection | null; node: NodeSingular };

/** What the filters counted, for the status line. */
export type FilterCounts = {
  shownNodes: number;
  totalNodes: number;
  shownEdges: number;
  totalEdges: number;
  undated: number;
  unlabelled?: number;
};

/** Which nodes get the focus, path-end and expanded rings. */
export type Marks = { focus?: string[]; endpoints?: (string | null)[]; expanded?: string[] };

declare global {
  /** Cytoscape.js, loaded by its own <script> from node_modules before the modules run. */
  var cytoscape: typeof import('cytoscape');
  interface Window {
    /** A handle for the browser console and the end-to-end tests. */
    claimgraphExplorer: { cy: Core; state: () => import('./view-state.js').ViewState };
  }
}
