import { GraphQLError, type GraphQLField, getNullableType, isListType } from 'graphql';

/**
 * What a read may cost, counting list sizes: each field costs 1, and what is selected under a list counts
 * once per item the list can hold (`first`, `limit`, the ids asked for; 10 for other lists). Static limits
 * (depth, aliases, tokens) let 15 aliases of 100 × 100 nested statements through; this does not. The explorer's
 * and the examples' heaviest operations cost under a tenth of the limit (tests/unit/plugins/query-cost.test.ts).
 */
export const MAX_QUERY_COST = 50_000;

const DEFAULT_PAGE = 20;
const OTHER_LISTS = 10;

const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : undefined;

export function fieldCost<Ctx>(
  args: Record<string, unknown>,
  _ctx: Ctx,
  field: GraphQLField<unknown, Ctx>,
): { field: number; multiplier: number } {
  // A page's items are counted on the connection field (its `first`), not again on its edges.
  if (field.name === 'edges') return { field: 1, multiplier: 1 };
  if (field.args.some((arg) => arg.name === 'first')) {
    return { field: 1, multiplier: count(args.first) ?? DEFAULT_PAGE };
  }
  // Objects with lists inside (a graph view) are bounded by their own caps; only lists multiply.
  if (!isListType(getNullableType(field.type))) return { field: 1, multiplier: 1 };
  const limit = count(args.limit) ?? (Array.isArray(args.ids) ? args.ids.length : undefined);
  return { field: 1, multiplier: limit ?? OTHER_LISTS };
}

export function costError(
  kind: string,
  result: { complexity: number; maxComplexity?: number },
): GraphQLError {
  const over = kind === 'complexity' ? `costs ${result.complexity}` : `is over the ${kind} limit`;
  return new GraphQLError(
    `The operation ${over}; the limit is ${result.maxComplexity ?? MAX_QUERY_COST}. Ask for fewer or smaller pages.`,
    { extensions: { code: 'OPERATION_LIMIT' } },
  );
}
