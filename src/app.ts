import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga, type Plugin, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import pino from 'pino';
import { ApiKeys } from './auth.js';
import type { Context } from './builder.js';
import type { NamedApiKey } from './config.js';
import { useExplorer } from './explore/plugin.js';
import type { Executor } from './graph/executor.js';
import { usePlayground } from './graphiql/plugin.js';
import { loadExamples } from './graphiql-examples.js';
import { schema } from './graphql-schema.js';
import { ExtractPool } from './ingest/extract-pool.js';
import type { Logger } from './log.js';
import { useBookmarks } from './plugins/bookmarks.js';
import { useCsrfPrevention } from './plugins/csrf.js';
import { useCypherExplain } from './plugins/cypher-explain.js';
import { maskError } from './plugins/error-masking.js';
import { useExportDownload } from './plugins/export-download.js';
import {
  DEFAULT_LIMITS,
  DEFAULT_MAX_QUERY_CHARS,
  type OperationLimits,
  useOperationLimits,
} from './plugins/operation-limits.js';
import { useRequestLog } from './plugins/request-log.js';
import { type ResponseCacheOptions, useCachedResponses } from './plugins/response-cache.js';
import { TextBudget, type TextLedger, useTextBudget } from './plugins/text-budget.js';
import { type TrustedDocuments, useTrustedDocuments } from './plugins/trusted-documents.js';
import type { Repositories } from './repositories.js';
import { statementShapeOf } from './schema/statement-parts.js';

/** How the HTTP surface behaves; main.ts derives it from the configuration (NODE_ENV=production hardens it). */
export type AppOptions = {
  /** Show the message of unexpected errors (never in production). */
  revealErrors: boolean;
  graphiql: boolean;
  introspection: boolean;
  /** Keys that may call mutations (plain keys are named key-1, key-2…); none means the API is read-only. */
  apiKeys: readonly (string | NamedApiKey)[];
  /** Whether reads need a key too (they are public by default). */
  readsRequireKey: boolean;
  /** Origins allowed by CORS; empty means same-origin only. */
  corsOrigins: readonly string[];
  maxBodyBytes: number;
  /** Longest operation text taken (OPERATION_LIMIT beyond), checked before it is parsed. */
  maxQueryChars: number;
  limits: OperationLimits;
  /** When set, only these operations run (sent by hash), except for requests with an API key. */
  trustedDocuments: TrustedDocuments | undefined;
  logger: Logger;
  /** The query-cost extension and /cypher/<name> (src/plugins/cypher-explain.ts): development only. */
  explainQueries: boolean;
  /** yoga's response cache, off when undefined (src/plugins/response-cache.ts). */
  responseCache: ResponseCacheOptions | undefined;
};

export type AppDeps = {
  /** Asked whether the database answers (/ready) and told of commits (the response cache). */
  executor: Pick<Executor, 'ping' | 'onCommit'>;
  repos: Repositories;
  /** Where ingestArticleText extracts; by default a pool of the app's own, started on first use. */
  extractPool?: ExtractPool;
  /** The article-text budget shared by every request; by default one of the app's own. */
  textBudget?: TextBudget;
  /** Plugins run before all others, so that they see every stage (the per-request profile, `bench:request`). */
  instrumentation?: Plugin[];
} & Partial<AppOptions>;

export type App = YogaServerInstance<Record<string, never>, Context>;

const silentLogger = pino({ level: 'silent' });

const GRAPHQL_ENDPOINT = '/graphql';

/** Builds the HTTP app (GraphQL, GraphiQL, /health, /ready, /explore) without listening; tests call `app.fetch`. */
export function createApp({
  executor,
  repos,
  extractPool,
  textBudget,
  instrumentation = [],
  ...given
}: AppDeps): App {
  const options: AppOptions = {
    revealErrors: false,
    graphiql: true,
    introspection: true,
    apiKeys: [],
    readsRequireKey: false,
    corsOrigins: [],
    maxBodyBytes: 6 * 1024 * 1024,
    maxQueryChars: DEFAULT_MAX_QUERY_CHARS,
    limits: DEFAULT_LIMITS,
    trustedDocuments: undefined,
    logger: silentLogger,
    explainQueries: false,
    responseCache: undefined,
    ...given,
  };
  const apiKeys = new ApiKeys(options.apiKeys);
  const pool = extractPool ?? new ExtractPool();
  const extract = Object.assign(pool.extract.bind(pool), { check: pool.check.bind(pool) });
  const budget = textBudget ?? new TextBudget();
  const ledgers = new WeakMap<Request, TextLedger>();
  const plugins: Plugin[] = [
    ...instrumentation,
    useRequestLog(options.logger),
    useTextBudget(budget, ledgers),
    useReadinessCheck({ endpoint: '/ready', check: () => executor.ping() }),
    // Browsers may not POST a cross-site GraphQL request without a preflight: stops CSRF on cookie-less APIs too.
    useCsrfPrevention(['x-graphql-yoga-csrf', 'authorization']),
    ...useOperationLimits(options.limits, !options.introspection, options.maxQueryChars),
    useBookmarks(),
    useExplorer(),
    useExportDownload({
      source: repos,
      apiKeys,
      readsRequireKey: options.readsRequireKey,
      logger: options.logger,
    }),
  ];
  if (options.graphiql) {
    const examples = loadExamples().map((e) => ({ query: e.query }));
    plugins.push(usePlayground({ title: 'claimgraph', endpoint: GRAPHQL_ENDPOINT, examples }));
  }
  if (options.trustedDocuments) {
    const documents = options.trustedDocuments;
    plugins.push(
      useTrustedDocuments(documents, (request) => apiKeys.allows(request.headers.get('authorization'))),
    );
  }
  if (!options.introspection || options.readsRequireKey) {
    // With READS_REQUIRE_KEY the schema is no one's business but the key holders' (scope-auth guards the fields).
    const keyed = (request: Request) => apiKeys.allows(request.headers.get('authorization'));
    plugins.push(
      useDisableIntrospection({ isDisabled: (request) => !options.introspection || !keyed(request) }),
    );
  }
  if (options.explainQueries) plugins.push(useCypherExplain());
  if (options.responseCache) {
    plugins.push(
      useCachedResponses(options.responseCache, {
        onCommit: (listener) => executor.onCommit(listener),
        scope: (request) => (apiKeys.allows(request.headers.get('authorization')) ? 'writer' : 'reader'),
      }),
    );
  }

  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: '/health',
    landingPage: false,
    maxRequestBodySize: options.maxBodyBytes,
    cors: options.corsOrigins.length > 0 ? { origin: [...options.corsOrigins], credentials: false } : false,
    logging: options.logger,
    // GraphiQL is served by usePlayground from local files; yoga's own page loads it from a CDN.
    graphiql: false,
    context: ({ request, params }) => {
      const keyName = apiKeys.nameOf(request.headers.get('authorization'));
      const canWrite = keyName !== null;
      const statements = statementShapeOf(schema, params.query, params.operationName);
      return {
        repos,
        auth: { canWrite, canRead: canWrite || !options.readsRequireKey, keyName },
        statementParts: statements.parts,
        statementKeysOnly: statements.keysOnly,
        extract,
        textLedger: ledgers.get(request) ?? budget.ledger(),
        signal: request.signal,
      };
    },
    maskedErrors: { maskError: maskError(!options.introspection), isDev: options.revealErrors },
    plugins,
  });
}
