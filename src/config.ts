import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The project root, so that paths work whatever the current directory is. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const port = (fallback: number) =>
  z.coerce
    .number({ message: 'expected a port number from 1 to 65535' })
    .int('expected a port number from 1 to 65535')
    .min(1, 'expected a port number from 1 to 65535')
    .max(65535, 'expected a port number from 1 to 65535')
    .default(fallback);

// Neo4j accepts sizes such as 512m or 2g; anything else would only fail later inside the JVM.
const memorySize = (fallback: string) =>
  z
    .string()
    .regex(/^\d+[kmg]$/i, 'expected a size such as 512m or 2g')
    .default(fallback);

const truthy = (v: string) => v === 'true' || v === '1' || v === 'yes';

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
    .default(fallback ? 'true' : 'false')
    .transform(truthy);

/** An API key with the name reviews record as their reviewer (the key itself is never stored or logged). */
export type NamedApiKey = { name: string; key: string };

const KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$/;

/**
 * `name:key` gives a key a name; a plain key (no colon, or a text before the first colon that is not a name)
 * is named by its place in the list, so that lists written before keys had names keep working.
 */
export function parseApiKeys(value: string): NamedApiKey[] {
  return value
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)
    .map((entry, i) => {
      const colon = entry.indexOf(':');
      const name = colon > 0 ? entry.slice(0, colon) : '';
      return KEY_NAME.test(name)
        ? { name, key: entry.slice(colon + 1).trim() }
        : { name: `key-${i + 1}`, key: entry };
    });
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(4000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['pretty', 'json']).optional(),

  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'expected a bolt:// or neo4j:// URI (optionally +s or +ssc)')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'Neo4j requires passwords of at least 8 characters').optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),

  NEO4J_VERSION: z
    .string()
    .regex(/^5\.\d+\.\d+$/, 'expected a Neo4j 5 version such as 5.26.30')
    .default('5.26.30'),
  NEO4J_BROWSER_VERSION: z.string().min(1).default('5.24.0'),
  NEO4J_DIR: z.string().min(1).default(path.join(projectRoot, '.neo4j')),
  NEO4J_BOLT_PORT: port(7687),
  NEO4J_HTTP_PORT: port(7474),
  NEO4J_HEAP_SIZE: memorySize('2g'),
  NEO4J_PAGECACHE_SIZE: memorySize('2g'),
  NEO4J_TX_TIMEOUT: z
    .string()
    .regex(/^\d+(ms|s|m)$/, 'expected a duration such as 30s')
    .default('60s'),
  NEO4J_START_TIMEOUT_MS: z.coerce.number().int().positive().default(180_000),
  JAVA_HOME: z.string().min(1).optional(),
  MAVEN_CMD: z.string().min(1).default('mvn'),

  SEED_ON_START: flag(true),
  SEED_ANALYSIS_FIXTURES: flag(false),
  GRAPHIQL: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
    .optional(),
  INTROSPECTION: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
    .optional(),
  READS_REQUIRE_KEY: flag(false),
  CORS_ORIGINS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .refine(
      (origins) => origins.every((o) => /^https?:\/\/[^/\s]+$/.test(o)),
      'expected origins like https://app.example.org',
    )
    .optional(),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(6 * 1024 * 1024),
  MAX_QUERY_CHARS: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024),
  // 0 turns the response cache off (the default: answers are always fresh from the database).
  RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(0).default(0),
  RESPONSE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).default(1000),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  EXTRACT_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
  EXTRACT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  EXTRACT_HEAP_MB: z.coerce.number().int().min(32).default(384),
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).default(10_000),
  SHUTDOWN_WRITE_DRAIN_MS: z.coerce.number().int().min(0).default(30_000),
  TRUSTED_DOCUMENTS: z.string().min(1).optional(),
  // Comma-separated `name:key` entries (or plain keys, named key-1, key-2… by position); a short key is a typo
  // or a guessable secret, so both are refused.
  CLAIMGRAPH_API_KEYS: z
    .string()
    .transform(parseApiKeys)
    .refine((keys) => keys.every((k) => k.key.length >= 16), 'every key must be at least 16 characters')
    .refine((keys) => new Set(keys.map((k) => k.name)).size === keys.length, 'key names must be unique')
    .optional(),
});

/** Rules across variables; checked on the raw values so that they are reported along with per-variable errors. */
function crossChecks(env: Record<string, string>): { key: string; message: string }[] {
  const problems: { key: string; message: string }[] = [];
  if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
    problems.push({
      key: 'NEO4J_PASSWORD',
      message: 'is required when NEO4J_URI points at an existing server',
    });
  }
  if ((env.NEO4J_BOLT_PORT ?? '7687') === (env.NEO4J_HTTP_PORT ?? '7474')) {
    problems.push({ key: 'NEO4J_HTTP_PORT', message: 'must differ from NEO4J_BOLT_PORT' });
  }
  return problems;
}

export type Neo4jConnection = {
  uri: string;
  user: string;
  password: string;
  database: string;
};

export type LocalNeo4jSettings = {
  version: string;
  browserVersion: string;
  /** Root of the git-ignored folder holding the cached classpath and instance folders. */
  dir: string;
  /** Name of the instance folder under `dir/instances`. */
  instance: string;
  boltPort: number;
  httpPort: number;
  heapSize: string;
  pageCacheSize: string;
  txTimeout: string;
  startTimeoutMs: number;
  password: string;
  javaHome: string | undefined;
  mavenCmd: string;
};

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Readable lines for people, or JSON lines for log collectors (the default in production). */
  logFormat: 'pretty' | 'json';
  /** Set when NEO4J_URI is given: the server is someone else's and claimgraph starts nothing. */
  external: Neo4jConnection | undefined;
  local: LocalNeo4jSettings;
  database: string;
  seedOnStart: boolean;
  /** Also load the fictional analysis fixtures (data/fixtures/analysis) into an empty graph. */
  seedAnalysisFixtures: boolean;
  /** Keys that may call mutations, with their names; empty means the API is read-only. */
  apiKeys: NamedApiKey[];
  http: {
    graphiql: boolean;
    introspection: boolean;
    readsRequireKey: boolean;
    corsOrigins: string[];
    maxBodyBytes: number;
    /** Longest GraphQL operation text taken: parsed documents are cached by their text. */
    maxQueryChars: number;
    /** yoga's response cache (src/plugins/response-cache.ts); undefined when off. */
    responseCache: { ttlMs: number; maxEntries: number } | undefined;
  };
  /** A manifest of trusted documents (hash -> operation); when set, only those run without an API key. */
  trustedDocumentsFile: string | undefined;
  /** Per-transaction timeout of every Cypher call made for a request. */
  queryTimeoutMs: number;
  /** Text extraction off the main thread: workers, time budget per text, heap per worker. */
  extraction: { workers: number; timeoutMs: number; heapMb: number };
  /** How long a shutdown lets accepted reads, and requests that may write, finish. */
  drain: { readMs: number; writeMs: number };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The password of the project's own local server; it listens on loopback only. */
const LOCAL_DEFAULT_PASSWORD = 'claimgraph-local';

/**
 * Parses and validates the environment once. Every problem is reported at once, so a person fixes a broken
 * deployment in one go rather than one variable per restart.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings come from `FOO= npm start`; they mean "unset", not "invalid".
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
    ),
  );
  const parsed = envSchema.safeParse(cleaned);
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ key: i.path.join('.'), message: i.message }))),
    ...crossChecks(cleaned),
  ];
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(
      problems.map(({ key, message }) => {
        const value = cleaned[key];
        const shown = value === undefined || /PASSWORD|KEY|SECRET/.test(key) ? '' : ` (got "${value}")`;
        return `${key}: ${message}${shown}`;
      }),
    );
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (e.NODE_ENV === 'production' ? 'json' : 'pretty'),
    external: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD ?? '', database: e.NEO4J_DATABASE }
      : undefined,
    local: {
      version: e.NEO4J_VERSION,
      browserVersion: e.NEO4J_BROWSER_VERSION,
      dir: path.resolve(e.NEO4J_DIR),
      instance: 'dev',
      boltPort: e.NEO4J_BOLT_PORT,
      httpPort: e.NEO4J_HTTP_PORT,
      heapSize: e.NEO4J_HEAP_SIZE,
      pageCacheSize: e.NEO4J_PAGECACHE_SIZE,
      txTimeout: e.NEO4J_TX_TIMEOUT,
      startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
      password: e.NEO4J_PASSWORD ?? LOCAL_DEFAULT_PASSWORD,
      javaHome: e.JAVA_HOME,
      mavenCmd: e.MAVEN_CMD,
    },
    database: e.NEO4J_DATABASE,
    seedOnStart: e.SEED_ON_START,
    seedAnalysisFixtures: e.SEED_ANALYSIS_FIXTURES,
    apiKeys: e.CLAIMGRAPH_API_KEYS ?? [],
    http: {
      // Production turns the schema-revealing tools off unless asked for explicitly.
      graphiql: e.GRAPHIQL ? truthy(e.GRAPHIQL) : e.NODE_ENV !== 'production',
      introspection: e.INTROSPECTION ? truthy(e.INTROSPECTION) : e.NODE_ENV !== 'production',
      readsRequireKey: e.READS_REQUIRE_KEY,
      corsOrigins: e.CORS_ORIGINS ?? [],
      maxBodyBytes: e.MAX_BODY_BYTES,
      maxQueryChars: e.MAX_QUERY_CHARS,
      responseCache:
        e.RESPONSE_CACHE_TTL_MS > 0
          ? { ttlMs: e.RESPONSE_CACHE_TTL_MS, maxEntries: e.RESPONSE_CACHE_MAX_ENTRIES }
          : undefined,
    },
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    extraction: { workers: e.EXTRACT_WORKERS, timeoutMs: e.EXTRACT_TIMEOUT_MS, heapMb: e.EXTRACT_HEAP_MB },
    drain: {
      readMs: e.SHUTDOWN_DRAIN_MS,
      writeMs: Math.max(e.SHUTDOWN_WRITE_DRAIN_MS, e.SHUTDOWN_DRAIN_MS),
    },
    trustedDocumentsFile: e.TRUSTED_DOCUMENTS ? path.resolve(e.TRUSTED_DOCUMENTS) : undefined,
  };
}

/** For entry points: the configuration, or every problem on stderr and exit status 1. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
