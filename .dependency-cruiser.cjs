/**
 * The import boundaries of src/ (docs: /work/shared/architecture.md, README "Layout"), checked by
 * `npm run lint`. Every import between two parts of src/ must match an `allowed` entry; whatever matches none is
 * an error ("not-in-allowed"). The directions of the data path come first; after them, each import that breaks
 * a direction today is allowed by an entry of its own, naming the exact file and target and why it is there,
 * so that it stays visible and cannot spread to other files. Remove an exception when its import goes.
 */

/** Files every part may import: the parsed config, the logger, the API-key model. */
const SHARED = '^src/(config|log|auth)\\.ts$';

/** The parts of src/, as path patterns. */
const CLI = '^src/cli/';
const BENCH = '^src/bench/';
const MAIN = '^src/(main|http-drain)\\.ts$';
const RUNTIME = '^src/(runtime|repositories)\\.ts$';
const APP = '^src/(app|graphiql-examples)\\.ts$|^src/graphiql/';
const SCHEMA = '^src/schema/|^src/(builder|graphql-schema|print-sdl|ids)\\.ts$';
const PLUGINS = '^src/plugins/';
const EXPLORE = '^src/explore/';
const EXPORT = '^src/export/';
const GRAPH = '^src/graph/';
const INGEST = '^src/ingest/';
const FORMAT = '^src/ingest/format\\.ts$';
const EXTRACT = '^src/extract/';
const NEO4J = '^src/neo4j/';

const either = (...patterns) => patterns.join('|');

/** One direction: `from` may import `to`. */
const may = (from, to, comment, extra = {}) => ({
  comment,
  from: { path: from },
  to: { path: to, ...extra },
});

/** A known exception: exactly this file may import exactly this target. */
const exception = (file, target, comment) => ({
  comment: `EXCEPTION: ${comment}`,
  from: { path: `^${file.replace(/\./g, '\\.')}$` },
  to: { path: `^${target.replace(/\./g, '\\.')}$` },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No import cycles, across folders or within one (schema type files share refs through schema/refs.ts).',
      from: {},
      to: { circular: true },
    },
  ],
  allowed: [
    // Packages and Node's own modules.
    { comment: 'npm packages and node: modules', from: {}, to: { pathNot: '^src/' } },

    // Within one part, and the shared files.
    may('^src/([^/]+)/', '^src/$1/', 'within one folder'),
    may('^src/', SHARED, 'config, logger and API keys are shared by all'),
    may('^src/log\\.ts$', '^src/config\\.ts$', 'the logger reads its level from the config'),

    // The directions of the data path (architecture.md).
    may(CLI, '^src/', 'cli -> everything: thin commands over the rest'),
    may(BENCH, either(APP, RUNTIME, GRAPH, INGEST), 'bench -> app, runtime, graph, ingest'),
    may(MAIN, either(MAIN, APP, RUNTIME, NEO4J), 'main -> app, runtime, neo4j'),
    may(
      RUNTIME,
      either(RUNTIME, GRAPH, NEO4J, INGEST),
      'runtime -> graph, neo4j, ingest (it composes the repositories)',
    ),
    may(APP, either(APP, SCHEMA, PLUGINS, EXPLORE, GRAPH), 'app -> schema, plugins, explore, graph'),
    may(SCHEMA, either(SCHEMA, GRAPH, FORMAT), 'schema -> graph, ingest/format'),
    may(PLUGINS, either(GRAPH, EXPORT), 'plugins -> graph, export (the export download)'),
    may(EXPLORE, '^src/plugins/static-files\\.ts$', 'the explorer is served as static files'),
    may(EXPORT, either(GRAPH, FORMAT), 'export -> graph, ingest/format'),
    may(INGEST, either(GRAPH, EXTRACT), 'ingest -> graph, extract, ingest/format'),
    may(EXTRACT, FORMAT, 'extract -> ingest/format, types only', { dependencyTypes: ['type-only'] }),
    // graph -> graph only (the "within one folder" entry).

    // Known exceptions, each exact.
    exception(
      'src/graph/article-store.ts',
      'src/ingest/format.ts',
      'the article store writes and reads back the annotated-article format (types, NULLABLE_FIELDS); the format is the contract of every layer',
    ),
    exception(
      'src/graph/actor.ts',
      'src/ingest/format.ts',
      'the actor repository upserts the format`s ActorInput (one shape of an actor to write, docs/model.md glossary); a type-only import',
    ),
    exception(
      'src/extract/assemble.ts',
      'src/ingest/format.ts',
      'the extractor fills in FORMAT and checks ids and MAX_STATEMENTS with the format`s own values',
    ),
    exception(
      'src/extract/assemble.ts',
      'src/ingest/validate.ts',
      'the extractor validates its own output (and gets the format`s defaults filled in) before it hands it out',
    ),
    exception(
      'src/extract/lexicon.ts',
      'src/ingest/format.ts',
      'the lexicon`s zod schema takes its kinds, speech acts and stances from the format`s value lists',
    ),
    exception(
      'src/extract/gold.ts',
      'src/ingest/validate.ts',
      'gold annotations are validated when loaded for evaluation',
    ),
    exception(
      'src/bench/bench-neo4j.ts',
      'src/neo4j/local-server.ts',
      'the benchmark starts a Neo4j of its own',
    ),
    exception(
      'src/bench/probe-server.ts',
      'src/neo4j/local-server.ts',
      'the probe starts a Neo4j of its own',
    ),
    exception(
      'src/main.ts',
      'src/graph/errors.ts',
      'main retries a seed that ran into the query timeout (QueryTimeoutError)',
    ),
    exception(
      'src/main.ts',
      'src/ingest/extract-pool.ts',
      'main owns the extraction worker pool and closes it on shutdown',
    ),
    exception('src/main.ts', 'src/ingest/seed.ts', 'main seeds an empty graph at start'),
    exception(
      'src/main.ts',
      'src/plugins/trusted-documents.ts',
      'main loads the trusted-documents manifest named in the config',
    ),
    exception(
      'src/app.ts',
      'src/repositories.ts',
      'createApp takes the repositories (type only) for the request context',
    ),
    exception(
      'src/app.ts',
      'src/ingest/extract-pool.ts',
      'createApp builds a default extraction pool when none is given',
    ),
    exception(
      'src/builder.ts',
      'src/repositories.ts',
      'the Pothos Context holds the repositories (type only)',
    ),
    exception(
      'src/builder.ts',
      'src/ingest/ingest-text.ts',
      'the Pothos Context holds the extraction function (type only)',
    ),
    exception(
      'src/builder.ts',
      'src/plugins/query-cost.ts',
      'the complexity plugin takes the cost model from the query-cost plugin',
    ),
    exception(
      'src/builder.ts',
      'src/plugins/text-budget.ts',
      'the Pothos Context holds the text ledger (type only)',
    ),
    exception(
      'src/schema/article.ts',
      'src/ingest/ingest-text.ts',
      'the ingestArticleText mutation runs text ingestion (orchestration) itself',
    ),
    exception(
      'src/plugins/error-masking.ts',
      'src/extract/errors.ts',
      'maps ExtractionError to its GraphQL code',
    ),
    exception(
      'src/plugins/error-masking.ts',
      'src/ingest/extract-pool.ts',
      'maps the pool`s busy and timeout errors to their GraphQL codes',
    ),
    exception(
      'src/plugins/error-masking.ts',
      'src/ingest/import-feed.ts',
      'maps the live feed`s errors to their GraphQL codes',
    ),
  ],
  allowedSeverity: 'error',
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
