import { GraphQLError } from 'graphql';
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { ApiKeys, UnauthenticatedError } from './auth.js';
import type { Context } from './builder.js';
import {
  ConflictError,
  DatabaseUnavailableError,
  InvalidInputError,
  NotFoundError,
  QueryTimeoutError,
} from './graph/errors.js';
import type { Executor } from './graph/executor.js';
import { createLoaders } from './graph/loaders.js';
import { schema } from './graphql-schema.js';
import type { Repositories } from './repositories.js';

export type AppDeps = {
  executor: Executor;
  repos: Repositories;
  /** Development shows unmasked messages of unexpected errors; production never does. */
  dev?: boolean;
  /** Keys that may call mutations; none means the API is read-only. */
  apiKeys?: readonly string[];
};

export type App = YogaServerInstance<Record<string, never>, Context>;

/** Errors a client can act on keep their message and get a code; everything else is masked. */
function clientError(error: unknown): GraphQLError | undefined {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const coded = (code: string, message: string, extra: Record<string, unknown> = {}) =>
    new GraphQLError(message, {
      ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
      extensions: { code, ...extra },
    });
  if (original instanceof UnauthenticatedError) return coded('UNAUTHENTICATED', original.message);
  if (original instanceof NotFoundError) return coded('NOT_FOUND', original.message);
  if (original instanceof ConflictError) return coded('CONFLICT', original.message);
  if (original instanceof InvalidInputError) {
    // Validation errors of annotated articles list every problem with its path.
    const issues = (original as { issues?: unknown }).issues;
    return coded('BAD_USER_INPUT', original.message, issues ? { issues } : {});
  }
  if (original instanceof DatabaseUnavailableError) {
    return coded('SERVICE_UNAVAILABLE', 'The database is unavailable; retry shortly.');
  }
  if (original instanceof QueryTimeoutError)
    return coded('TIMEOUT', 'The query took too long and was stopped.');
  return undefined;
}

/** Builds the HTTP app (GraphQL, GraphiQL, /health, /ready) without listening, so tests call `app.fetch`. */
export function createApp({ executor, repos, dev = false, apiKeys: keys = [] }: AppDeps): App {
  const apiKeys = new ApiKeys(keys);
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: { title: 'claimgraph' },
    context: ({ request }) => ({
      repos,
      loaders: createLoaders(repos),
      auth: { canWrite: apiKeys.allows(request.headers.get('authorization')) },
    }),
    maskedErrors: {
      maskError: (error, message, isDev) => {
        const known = clientError(error);
        if (known) return known;
        // Errors thrown as GraphQLError on purpose (validation, coded resolver errors) pass unchanged.
        if (error instanceof GraphQLError && !error.originalError) return error;
        if (error instanceof GraphQLError && error.originalError instanceof GraphQLError)
          return error.originalError;
        return new GraphQLError(isDev && dev ? String((error as Error)?.message ?? error) : message, {
          ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        });
      },
    },
    plugins: [useReadinessCheck({ endpoint: '/ready', check: () => executor.ping() })],
  });
}
