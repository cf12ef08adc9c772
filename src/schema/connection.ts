import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import { InvalidInputError } from '../graph/errors.js';
import type { Page, PageRequest } from '../graph/page.js';

export const DEFAULT_PAGE_SIZE = 20;

type ConnectionArgs = {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
};

/**
 * The fields selected under `fields` (a resolver's info.fieldNodes, or fields found by an earlier call), by
 * name, through inline fragments and fragment spreads: what an operation asks of a result before resolving it.
 */
export function selectedFields(
  fields: readonly FieldNode[],
  info: GraphQLResolveInfo,
): Map<string, FieldNode[]> {
  const selected = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        selected.set(selection.name.value, [...(selected.get(selection.name.value) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const field of fields) visit(field.selectionSet);
  return selected;
}

/**
 * The page request of a connection field. `totalCount` is only computed when the operation selects it, so a
 * plain page never pays for counting the whole list.
 */
export function pageRequest(args: ConnectionArgs, info: GraphQLResolveInfo): PageRequest {
  if (args.last != null || args.before != null) {
    throw new InvalidInputError('Lists page forward only: use "first" and "after", not "last" or "before"');
  }
  return {
    first: args.first ?? DEFAULT_PAGE_SIZE,
    after: args.after ?? null,
    withCount: selectedFields(info.fieldNodes, info).has('totalCount'),
  };
}

export type ConnectionResult = {
  edges: { cursor: string; node: string }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number | null;
};

/** A Relay connection whose nodes are ids, resolved by the node type's loader in one batch. */
export function toConnection(page: Page): ConnectionResult {
  return {
    edges: page.ids.map((id, i) => ({ cursor: page.cursors[i] ?? '', node: id })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors[page.cursors.length - 1] ?? null,
    },
    totalCount: page.totalCount,
  };
}

/** The `totalCount` field every connection carries: computed only when selected (see pageRequest). */
export const totalCountField = {
  description: 'How many items the whole filtered list holds (computed only when selected).',
  resolve: (connection: object): number => (connection as { totalCount?: number | null }).totalCount ?? 0,
};
