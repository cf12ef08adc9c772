import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.js';
import {
  NEIGHBORHOOD_MAX_DEPTH,
  NEIGHBORHOOD_MAX_LIMIT,
  NEIGHBORHOOD_MAX_NODES,
  type NodeKey,
  PATHS_DEFAULT_MAX_DEGREE,
  PATHS_MAX_COUNT,
  PATHS_MAX_DEGREE_LIMIT,
  PATHS_MAX_LENGTH,
  VISIBLE_RELATIONSHIP_TYPES,
} from '../graph/graph-views.js';
import { encodeGlobalId } from '../ids.js';
import { selectedFields } from './connection.js';
import { GraphEdgeRef, GraphNodeRef, GraphRef } from './refs.js';

GraphNodeRef.implement({
  description: 'A node of a graph view, with what a graph viewer draws.',
  fields: (t) => ({
    id: t.id({
      description: 'Global id (`Actor:dmitry-peskov`), usable with `node(id:)` and as the viewer element id.',
      resolve: (n) => encodeGlobalId(n.key.type, n.key.id),
    }),
    type: t.string({
      description: 'Actor, Statement, Position, Outlet, Article or Event.',
      resolve: (n) => n.key.type,
    }),
    label: t.exposeString('label', {
      description:
        'What to show: the name of an actor, outlet, position or event, the title of an article, a ' +
        "statement's text shortened to about 80 characters.",
    }),
    kind: t.exposeString('kind', {
      nullable: true,
      description:
        'The actor kind or outlet kind in lowercase (`person`, `state_media`); null for other types.',
    }),
    hiddenNeighbors: t.exposeInt('hiddenNeighbors', {
      description:
        'How many relationships of this node (over the relationship types asked for) this graph does not draw, ' +
        'cut by the per-node cap or leading beyond the depth: expanding the node would show them.',
    }),
  }),
});

GraphEdgeRef.implement({
  description: 'A relationship of a graph view, directed as stored.',
  fields: (t) => ({
    id: t.exposeID('id', {
      description:
        'Stable id made of its ends and type (`Actor:x-[SAID]->Statement:y`), unique in the graph.',
    }),
    type: t.exposeString('type', { description: 'Relationship type (SAID, CITED_VIA, TAKES_POSITION…).' }),
    source: t.id({
      description: 'Global id of the start node; always among the nodes of the graph.',
      resolve: (e) => encodeGlobalId(e.source.type, e.source.id),
    }),
    target: t.id({
      description: 'Global id of the end node; always among the nodes of the graph.',
      resolve: (e) => encodeGlobalId(e.target.type, e.target.id),
    }),
    properties: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'Properties of the relationship as an object (`stance`, `role`, `article`, `sources`); null when it has none.',
      resolve: (e) => (Object.keys(e.properties).length > 0 ? e.properties : null),
    }),
  }),
});

GraphRef.implement({
  description:
    'Nodes and relationships ready for a graph viewer such as Cytoscape.js: no duplicates, and both ends of ' +
    'every edge are among the nodes.',
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRef], description: 'The nodes.', resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdgeRef], description: 'The relationships.', resolve: (g) => g.edges }),
    hubDegreeCap: t.int({
      nullable: true,
      description:
        'For `paths`: the paths found pass through no node with more relationships than this (a hub, such as ' +
        'an actor quoted everywhere or a position everyone speaks on), so a path as short or shorter through a ' +
        'hub may exist and is not shown; ask again with `maxDegree: null` to pass through hubs. Null when ' +
        'every node could be passed through, and for neighborhoods.',
      resolve: (g) => g.hubDegreeCap ?? null,
    }),
  }),
});

const KEY_FIELDS = new Set(['id', 'type', '__typename']);

/**
 * Whether a graph field's selection shows more than the nodes' ids and types: only then are labels, degrees
 * and edges worth reading (a client that wants the node set of a neighborhood skips that query).
 */
function wantsDrawable(info: GraphQLResolveInfo): boolean {
  const top = selectedFields(info.fieldNodes, info);
  if ([...top.keys()].some((name) => name !== 'nodes' && name !== '__typename')) return true;
  const nodes = selectedFields(top.get('nodes') ?? [], info);
  return [...nodes.keys()].some((name) => !KEY_FIELDS.has(name));
}

/** A node key from a global id that plugin-relay has decoded (BAD_USER_INPUT for anything else, src/ids.ts). */
const nodeKey = ({ typename, id }: { typename: string; id: string }): NodeKey => ({ type: typename, id });

builder.queryField('neighborhood', (t) =>
  t.field({
    type: GraphRef,
    description:
      'The neighborhood of a node for a graph viewer, breadth first: from each node at most `limit` neighbors ' +
      'not yet in the graph, newest first (statements by the date they were made, articles by publication ' +
      'date, events by date, from the latest; then the undated ones: actors, outlets, positions and undated ' +
      'statements; ties by type and id), so that a hub shows its latest statements without reading all of ' +
      `them; at most ${NEIGHBORHOOD_MAX_NODES} nodes in all. The relationships among the ` +
      "nodes found are all included. A selection of nothing but the nodes' `id` and `type` skips reading " +
      'labels, degrees and edges. NOT_FOUND when there is no such node; BAD_USER_INPUT when `id` is not a ' +
      'global id or an argument is out of bounds.',
    args: {
      id: t.arg.globalID({
        required: true,
        description: 'Global id of the centre node (`Actor:dmitry-peskov`).',
      }),
      depth: t.arg.int({
        defaultValue: 1,
        description: `How many hops to expand (1–${NEIGHBORHOOD_MAX_DEPTH}, default 1).`,
      }),
      limit: t.arg.int({
        defaultValue: 25,
        description: `At most this many new neighbors per expanded node (1–${NEIGHBORHOOD_MAX_LIMIT}, default 25).`,
      }),
      relationshipTypes: t.arg.stringList({
        description: `Follow only these relationship types (default all: ${VISIBLE_RELATIONSHIP_TYPES.join(', ')}).`,
      }),
    },
    resolve: (_root, args, ctx, info) =>
      ctx.repos.graphViews.neighborhood(nodeKey(args.id), {
        depth: args.depth ?? 1,
        limit: args.limit ?? 25,
        relationshipTypes: args.relationshipTypes ?? null,
        drawable: wantsDrawable(info),
      }),
  }),
);

builder.queryField('paths', (t) =>
  t.field({
    type: GraphRef,
    description:
      'All shortest paths between two nodes over the visible relationship types in either direction, as one ' +
      `graph (at most ${PATHS_MAX_COUNT} paths). By default paths do not pass through hubs, nodes with more ` +
      `than ${PATHS_DEFAULT_MAX_DEGREE} relationships (either end may be one): see \`maxDegree\`, and ` +
      "the graph's `hubDegreeCap`. Empty when the nodes are not connected within `maxLength`; " +
      'NOT_FOUND when either node does not exist; BAD_USER_INPUT for ids that are not global ids or ' +
      'arguments out of bounds.',
    args: {
      from: t.arg.globalID({ required: true, description: 'Global id of one end (`Outlet:cnn`).' }),
      to: t.arg.globalID({ required: true, description: 'Global id of the other end (`Actor:nato`).' }),
      maxLength: t.arg.int({
        defaultValue: 4,
        description: `Longest path to accept, in relationships (1–${PATHS_MAX_LENGTH}, default 4).`,
      }),
      maxDegree: t.arg.int({
        defaultValue: PATHS_DEFAULT_MAX_DEGREE,
        description:
          'Pass through no node with more relationships than this over the visible types (a hub); either end ' +
          `may have more (1–${PATHS_MAX_DEGREE_LIMIT}, default ${PATHS_DEFAULT_MAX_DEGREE}). \`null\` passes ` +
          'through every node, which on a large graph can read a hub whole.',
      }),
    },
    resolve: (_root, args, ctx) =>
      ctx.repos.graphViews.paths(nodeKey(args.from), nodeKey(args.to), {
        maxLength: args.maxLength ?? 4,
        // An explicit null lifts the cap; an absent argument gets its default from the schema.
        maxDegree: args.maxDegree === undefined ? PATHS_DEFAULT_MAX_DEGREE : args.maxDegree,
      }),
  }),
);
