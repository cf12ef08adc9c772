import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export type OperationLimits = {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
};

/**
 * Longest operation text taken, in UTF-16 code units. yoga keeps parsed documents and parse errors keyed by their
 * text in caches bounded by count, not size, and so does the statement planner (`CACHE_SIZE` in
 * src/schema/statement-parts.ts): a comment or a string literal costs no tokens, so without this every distinct
 * query as long as `MAX_BODY_BYTES` allows stayed in memory until the heap ran out.
 */
export const DEFAULT_MAX_QUERY_CHARS = 64 * 1024;

/** Generous for every query the examples and the explorer send, tight enough to stop abusive ones. */
export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 20_000,
};

// graphql-armor reports its rejections without a code; clients need one to act on. GraphQLError's
// extensions object is mutable, and armor hands each rejection to onReject before it is reported.
const tagRejection = (_context: unknown, error: GraphQLError): void => {
  (error.extensions as Record<string, unknown>).code = 'OPERATION_LIMIT';
};

/**
 * Limits checked during validation, so a rejected operation never reaches a resolver and runs no Cypher:
 * depth, aliases, directives, tokens and a static cost estimate (graphql-armor), plus, with
 * `blockSuggestions`, no "did you mean" hints that would leak the schema when introspection is off.
 */
export function useOperationLimits(
  limits: OperationLimits,
  blockSuggestions: boolean,
  maxQueryChars = DEFAULT_MAX_QUERY_CHARS,
): Plugin[] {
  const onReject = [tagRejection];
  const armor = EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, onReject },
    maxAliases: { n: limits.maxAliases, onReject },
    maxDirectives: { n: limits.maxDirectives, onReject },
    maxTokens: { n: limits.maxTokens, onReject },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, onReject },
    blockFieldSuggestion: { enabled: blockSuggestions },
  });
  return [useQueryLength(maxQueryChars), armor as Plugin];
}

/** Refuses an operation text over `maxChars` before it is parsed or cached; values belong in variables. */
function useQueryLength(maxChars: number): Plugin {
  return {
    onParams({ params }) {
      const query = params.query;
      if (typeof query === 'string' && query.length > maxChars) {
        throw new GraphQLError(
          `The operation text is ${query.length} characters, over the limit of ${maxChars}: send long values as variables.`,
          { extensions: { code: 'OPERATION_LIMIT', limit: maxChars } },
        );
      }
    },
  };
}
