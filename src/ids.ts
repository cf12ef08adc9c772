import { InvalidInputError } from './graph/errors.js';

/**
 * Global ids read as `<Type>:<id>` (`Actor:dmitry-peskov`): stable, debuggable, and still opaque to clients that
 * treat them as strings. Domain ids may contain colons (`<article-id>:s03`), so only the first one separates.
 * plugin-relay encodes and decodes every id through these two functions (src/builder.ts).
 */
export const NODE_TYPES = ['Actor', 'Statement', 'Position', 'Outlet', 'Article', 'Event'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

const isNodeType = (name: string): name is NodeType => (NODE_TYPES as readonly string[]).includes(name);

export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return `${typename}:${id}`;
}

/** BAD_USER_INPUT for anything that is not `<Type>:<id>` with a node type. */
export function decodeGlobalId(globalId: string): { typename: NodeType; id: string } {
  const colon = globalId.indexOf(':');
  const typename = colon > 0 ? globalId.slice(0, colon) : '';
  const id = globalId.slice(colon + 1);
  if (!isNodeType(typename) || id === '') {
    throw new InvalidInputError(
      `"${globalId.slice(0, 80)}" is not a global id: expected <Type>:<id> with Type one of ${NODE_TYPES.join(', ')}`,
    );
  }
  return { typename, id };
}

/**
 * The domain id behind an argument that takes either form: a domain id (`dmitry-peskov`) as it is, or a global
 * id of the expected type (`Actor:dmitry-peskov`) without its prefix. plugin-relay's `t.arg.globalID` cannot
 * take the first form (its decoder does not know the type expected), which the API has accepted from the start.
 */
export function domainId(typename: NodeType, id: string | number): string {
  const value = String(id);
  return value.startsWith(`${typename}:`) ? value.slice(typename.length + 1) : value;
}
