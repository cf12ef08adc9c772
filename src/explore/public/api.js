/** The GraphQL side of the explorer: every query it sends is built here, so the page can show them too. */

const ENDPOINT =
  document.querySelector('meta[name="claimgraph-endpoint"]')?.getAttribute('content') || '/graphql';

export class ApiError extends Error {
  /** The GraphQL error code (UNAUTHENTICATED, BAD_USER_INPUT…), when the server gave one. */
  /** @type {string | undefined} */
  code;
}

/** No answer at all: the network or the server is down, as opposed to an answer that is an error. */
export class UnreachableError extends ApiError {}

/**
 * @typedef {import('./types.js').ApiGraph} ApiGraph
 * @typedef {import('./types.js').SearchHit} SearchHit
 * @typedef {{ search?: SearchHit[] } & Record<string, { edges: { node: SearchHit['node'] }[] } | undefined>} SearchData
 * @typedef {{ query: string, variables: Record<string, unknown> }} Operation
 */

/**
 * One GraphQL request; the caller says what shape its `data` has (it is unknown until then).
 *
 * @param {string} query
 * @param {Record<string, unknown>} variables
 * @param {AbortSignal} [signal]
 * @param {Record<string, string>} [headers] e.g. the Authorization of a write
 * @returns {Promise<unknown>}
 */
export async function graphql(query, variables, signal, headers = {}) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new UnreachableError('The server cannot be reached.');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The server answered ${response.status} without a GraphQL result.`);
  }
  if (body.errors?.length) {
    const error = new ApiError(
      body.errors.map((/** @type {{ message: string }} */ e) => e.message).join(' '),
    );
    error.code = body.errors[0]?.extensions?.code;
    throw error;
  }
  if (!body.data) throw new ApiError(`The server answered ${response.status} without data.`);
  return body.data;
}

const GRAPH_FIELDS = `fragment GraphFields on Graph {
  nodes { id type label kind hiddenNeighbors }
  edges { id type source target properties }
}`;

/**
 * The API's `search` covers actors and statements; outlets, positions, events and articles are found by name
 * through their lists, in the same request, so any entity can be picked.
 */
export const SEARCH_QUERY = `query Search($query: String!, $first: Int, $others: Int) {
  search(query: $query, first: $first) {
    score
    snippet
    highlights { start end }
    node {
      __typename
      id
      ... on Actor { name actorKind: kind }
      ... on Statement { text }
    }
  }
  outlets(first: $others, filter: { nameContains: $query }) {
    edges { node { __typename id name outletKind: kind } }
  }
  positions(first: $others, filter: { nameContains: $query }) {
    edges { node { __typename id name } }
  }
  events(first: $others, filter: { nameContains: $query }) {
    edges { node { __typename id name } }
  }
  articles(first: $others, filter: { titleContains: $query }) {
    edges { node { __typename id title } }
  }
}`;

const TYPE_ORDER = ['Actor', 'Outlet', 'Position', 'Event', 'Article', 'Statement'];

/**
 * Every case-insensitive occurrence of the query in a name, as highlight ranges.
 *
 * @param {string} text
 * @param {string} query
 */
function occurrences(text, query) {
  /** @type {{ start: number, end: number }[]} */
  const ranges = [];
  const hay = text.toLowerCase();
  const needle = query.toLowerCase();
  if (!needle) return ranges;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
    ranges.push({ start: at, end: at + needle.length });
  }
  return ranges;
}

/**
 * One ranked list from the search and the name lookups: entities before statements (people search for
 * who and what first), then by score (exact names first), then by type.
 *
 * @param {SearchData} data
 * @param {string} query
 * @returns {SearchHit[]}
 */
export function searchHits(data, query) {
  /** @type {SearchHit[]} */
  const hits = [...(data.search ?? [])];
  const q = query.trim().toLowerCase();
  for (const list of [data.outlets, data.positions, data.events, data.articles]) {
    for (const { node } of list?.edges ?? []) {
      const name = node.name ?? node.title ?? node.id;
      const lower = name.toLowerCase();
      const score = lower === q ? 1 : lower.startsWith(q) ? 0.95 : 0.8;
      hits.push({ score, snippet: name, highlights: occurrences(name, q), node });
    }
  }
  const rank = (/** @type {SearchHit} */ hit) => [
    hit.node.__typename === 'Statement' ? 1 : 0,
    -hit.score,
    TYPE_ORDER.indexOf(hit.node.__typename),
  ];
  return hits.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

/** @typedef {{ id: string, limit: number }} Expansion */

/**
 * One operation for the whole view: the focus's neighborhood plus every expanded node's, as aliased fields, so
 * that "Open in GraphiQL" reproduces exactly what is drawn.
 *
 * @param {{ focus: string, depth: number, limit: number, expand: Expansion[] }} view
 */
export function neighborhoodOperation({ focus, depth, limit, expand }) {
  return withExpansions(
    'Explore',
    ['$focus: ID!', '$depth: Int', '$limit: Int'],
    ['  focus: neighborhood(id: $focus, depth: $depth, limit: $limit) { ...GraphFields }'],
    { focus, depth, limit },
    expand,
  );
}

/**
 * Without `throughHubs` the API's own hub cap applies (`maxDegree` left out); with it, `maxDegree: null`.
 *
 * @param {{ from: string, to: string, maxLength: number, throughHubs: boolean, expand: Expansion[] }} view
 */
export function pathsOperation({ from, to, maxLength, throughHubs, expand }) {
  return withExpansions(
    'ExplorePaths',
    ['$from: ID!', '$to: ID!', '$maxLength: Int', ...(throughHubs ? ['$maxDegree: Int'] : [])],
    [
      `  paths(from: $from, to: $to, maxLength: $maxLength${throughHubs ? ', maxDegree: $maxDegree' : ''}) { ...GraphFields }`,
    ],
    throughHubs ? { from, to, maxLength, maxDegree: null } : { from, to, maxLength },
    expand,
  );
}

/**
 * Adds one aliased neighborhood field per expanded node to an operation.
 *
 * @param {string} name
 * @param {string[]} params
 * @param {string[]} fields
 * @param {Record<string, unknown>} variables
 * @param {Expansion[]} expand
 */
function withExpansions(name, params, fields, variables, expand) {
  expand.forEach((x, i) => {
    params.push(`$expand${i}: ID!`, `$limit${i}: Int`);
    fields.push(`  expand${i}: neighborhood(id: $expand${i}, limit: $limit${i}) { ...GraphFields }`);
    variables[`expand${i}`] = x.id;
    variables[`limit${i}`] = x.limit;
  });
  return {
    query: `query ${name}(${params.join(', ')}) {\n${fields.join('\n')}\n}\n\n${GRAPH_FIELDS}`,
    variables,
  };
}

/** @param {string} id @param {number} limit */
export function expandOperation(id, limit) {
  return {
    query: `query Expand($id: ID!, $limit: Int) {\n  expand0: neighborhood(id: $id, limit: $limit) { ...GraphFields }\n}\n\n${GRAPH_FIELDS}`,
    variables: { id, limit },
  };
}

export const DETAILS_QUERY = `query Details($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Statement {
      text
      quote
      speechAct
      cue
      negated
      conditional
      condition
      corroboration
      statedOn { value precision context }
      speaker { id name actorKind: kind }
      originalMedium { id name }
      citedVia { id name }
      positions { stance position { id name } }
      evidence { start end excerpt article { id title url text } }
    }
    ... on Actor {
      name
      actorKind: kind
      description
      aliases
      positions {
        stance
        statementCount
        position { id name }
        statements { id text }
      }
    }
    ... on Position {
      name
      description
      stances { stance statementCount actor { id name } }
    }
    ... on Outlet { name outletKind: kind country aliases }
    ... on Article {
      title
      url
      text
      publishedOn { value precision context }
      publisher { id name }
    }
    ... on Event {
      name
      description
      date { value precision context }
      participants { role actor { id name } }
    }
  }
}`;

/**
 * Every graph in a result, whatever its alias.
 *
 * @param {Record<string, unknown>} data
 * @returns {ApiGraph[]}
 */
export function graphsOf(data) {
  return /** @type {ApiGraph[]} */ (
    Object.values(data).filter(
      (g) => g && typeof g === 'object' && 'nodes' in g && Array.isArray(g.nodes) && 'edges' in g,
    )
  );
}

/**
 * GraphiQL opens a tab with this query, its variables and operation name (src/graphiql/public/boot.js); the
 * parameters are those of a GraphQL-over-HTTP GET, so the same URL also runs as an API call.
 */
export function graphiqlUrl(/** @type {Operation} */ { query, variables }) {
  const params = new URLSearchParams({ query, variables: JSON.stringify(variables, null, 2) });
  const operationName = /^\s*(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/m.exec(query)?.[1];
  if (operationName) params.set('operationName', operationName);
  return `${ENDPOINT}?${params}`;
}

/** What the canvas and the exports need to know of each drawn statement (who, when, stance, through whom, on what evidence). */
export const STATEMENT_FACTS_QUERY = `query StatementFacts($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Statement {
      text
      quote
      speechAct
      statedOn { value precision context }
      speaker { id name }
      positions { stance position { id name } }
      originalMedium { id name }
      citedVia { id name }
      evidence { start end excerpt article { id title url } }
    }
  }
}`;

/** The live feed of statements as imports commit (src/schema/subscription.ts). */
export const STATEMENT_ADDED_SUBSCRIPTION = 'subscription FollowStatements { statementAdded { id } }';

/**
 * A subscription's URL for the browser's EventSource: yoga answers a GET that accepts text/event-stream with
 * GraphQL over Server-Sent Events (one `next` event per result, `complete` at the end).
 *
 * @param {string} query
 */
export function subscriptionUrl(query) {
  return `${ENDPOINT}?${new URLSearchParams({ query })}`;
}
