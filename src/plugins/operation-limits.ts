import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export type OperationLimits = {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
};

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
export function useOperationLimits(limits: OperationLimits, blockSuggestions: boolean): Plugin[] {
  const onReject = [tagRejection];
  const armor = EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, onReject },
    maxAliases: { n: limits.maxAliases, onReject },
    maxDirectives: { n: limits.maxDirectives, onReject },
    maxTokens: { n: limits.maxTokens, onReject },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, onReject },
    blockFieldSuggestion: { enabled: blockSuggestions },
  });
  return [armor as Plugin];
}
