import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ARRAY_DELIMITER_OPTION, CsvTable, type CsvValue } from '../graph/admin-csv.js';
import type { ArticleGraph, Edge, Props } from './bulk-graph.js';

/**
 * Writes the graph of a folder of annotated articles (bulk-graph.ts) as the CSV files of `neo4j-admin database
 * import full`: one file per label and relationship type (per end labels where a type joins several), each
 * column typed as the importer's parameters arrive in Neo4j (integral numbers as integers, the rest as floats).
 */

export type ArticleCsv = {
  nodes: string[];
  relationships: string[];
  arrayDelimiter: string;
  multilineFields: boolean;
  nodeCount: number;
  relationshipCount: number;
  bytes: number;
  ms: number;
};

type Column = { name: string; type?: 'long' | 'double' | 'boolean' | 'date' | 'string[]' };

const col = (name: string, type?: Column['type']): Column => (type ? { name, type } : { name });

/** A node file: its label, id property (`''`: an id the tool does not store) and property columns. */
type NodeFile = { file: string; label: string; id: string; columns: Column[]; rows: Iterable<Props> };

type EdgeFile = {
  file: string;
  type: string;
  from: string;
  to: string;
  columns: Column[];
  edges: Iterable<Edge>;
};

const STATEMENT_COLUMNS = (confidence: 'long' | 'double'): Column[] => [
  col('text'),
  col('quote'),
  col('speechAct'),
  col('negated', 'boolean'),
  col('conditional', 'boolean'),
  col('condition'),
  col('cue'),
  col('statedOn', 'date'),
  col('statedOnPrecision'),
  col('statedOnContext', 'boolean'),
  col('confidence', confidence),
  col('extractedBy'),
  col('needsReview', 'boolean'),
];

/** A statement's confidence travels as an integer when it is 0 or 1, as a float otherwise (executor.ts). */
const integral = (p: Props) => typeof p.confidence === 'number' && Number.isInteger(p.confidence);

function nodeFiles(g: ArticleGraph): NodeFile[] {
  const statements = [...g.statements.values()];
  return [
    {
      file: 'actors',
      label: 'Actor',
      id: 'id',
      columns: [col('name'), col('nameKey'), col('kind'), col('description')],
      rows: g.actors.values(),
    },
    {
      file: 'aliases',
      label: 'Alias',
      id: 'key',
      columns: [col('text')],
      rows: [...g.aliases].map(([k, text]) => ({ key: k, text })),
    },
    {
      file: 'outlets',
      label: 'Outlet',
      id: 'id',
      columns: [
        col('name'),
        col('nameKey'),
        col('kind'),
        col('country'),
        col('aliases', 'string[]'),
        col('aliasKeys', 'string[]'),
      ],
      rows: g.outlets.values(),
    },
    {
      file: 'positions',
      label: 'Position',
      id: 'id',
      columns: [col('name'), col('nameKey'), col('description')],
      rows: g.positions.values(),
    },
    {
      file: 'events',
      label: 'Event',
      id: 'id',
      columns: [
        col('name'),
        col('description'),
        col('date', 'date'),
        col('datePrecision'),
        col('dateContext', 'boolean'),
      ],
      rows: g.events.values(),
    },
    {
      file: 'articles',
      label: 'Article',
      id: 'id',
      columns: [
        col('title'),
        col('url'),
        col('text'),
        col('length', 'long'),
        col('publishedOn', 'date'),
        col('publishedOnPrecision'),
        col('publishedOnContext', 'boolean'),
        col('contextFields', 'string[]'),
        col('digest'),
      ],
      rows: g.articles.values(),
    },
    {
      file: 'statements',
      label: 'Statement',
      id: 'id',
      columns: STATEMENT_COLUMNS('double'),
      rows: statements.filter((s) => !integral(s)),
    },
    {
      file: 'statements-integral-confidence',
      label: 'Statement',
      id: 'id',
      columns: STATEMENT_COLUMNS('long'),
      rows: statements.filter(integral),
    },
    {
      file: 'evidence',
      label: 'Evidence',
      id: 'id',
      columns: [col('start', 'long'), col('end', 'long'), col('text')],
      rows: g.evidence.values(),
    },
    {
      file: 'position-counts',
      label: 'PositionCount',
      // An id column without a property name: the tool needs one per node file, and stores none.
      id: '',
      columns: [col('position'), col('speechAct'), col('statements', 'long')],
      rows: g.positionCounts.map((c) => ({ '': `${c.position} ${c.speechAct}`, ...c })),
    },
  ];
}

const listed = [col('articles', 'string[]')];

function edgeFiles(g: ArticleGraph): EdgeFile[] {
  const e = (
    file: string,
    type: string,
    from: string,
    to: string,
    columns: Column[],
    edges: Iterable<Edge>,
  ): EdgeFile => ({ file, type, from, to, columns, edges });
  return [
    e('has-alias', 'HAS_ALIAS', 'Actor', 'Alias', listed, g.hasAlias.values()),
    e(
      'affiliated-with',
      'AFFILIATED_WITH',
      'Actor',
      'Actor',
      [col('role'), col('sources', 'string[]')],
      g.affiliatedWith.values(),
    ),
    e(
      'participated-in',
      'PARTICIPATED_IN',
      'Actor',
      'Event',
      [col('role'), ...listed],
      g.participatedIn.values(),
    ),
    e('follows', 'FOLLOWS', 'Event', 'Event', listed, g.follows.values()),
    e('published-by', 'PUBLISHED_BY', 'Article', 'Outlet', [], g.publishedBy.values()),
    e('cites', 'CITES', 'Article', 'Outlet', [col('role')], g.cites.values()),
    e(
      'declares-actor',
      'DECLARES',
      'Article',
      'Actor',
      [col('seq', 'long'), col('name'), col('kind'), col('description')],
      g.declares.Actor.values(),
    ),
    e(
      'declares-outlet',
      'DECLARES',
      'Article',
      'Outlet',
      [col('seq', 'long'), col('name'), col('kind'), col('country'), col('aliases', 'string[]')],
      g.declares.Outlet.values(),
    ),
    e(
      'declares-position',
      'DECLARES',
      'Article',
      'Position',
      [col('seq', 'long'), col('name'), col('description')],
      g.declares.Position.values(),
    ),
    e(
      'declares-event',
      'DECLARES',
      'Article',
      'Event',
      [
        col('seq', 'long'),
        col('name'),
        col('description'),
        // The importer keeps the declared date as the annotation's text ("2025-03"), not as a date.
        col('date'),
        col('datePrecision'),
        col('dateContext', 'boolean'),
      ],
      g.declares.Event.values(),
    ),
    e('reports', 'REPORTS', 'Article', 'Statement', [], g.reports.values()),
    e('said', 'SAID', 'Actor', 'Statement', listed, g.said.values()),
    e('said-to', 'SAID_TO', 'Statement', 'Outlet', listed, g.saidTo.values()),
    e('cited-via', 'CITED_VIA', 'Statement', 'Outlet', [col('article')], g.citedVia.values()),
    e(
      'takes-position',
      'TAKES_POSITION',
      'Statement',
      'Position',
      [
        col('stance'),
        ...listed,
        col('speaker'),
        col('position'),
        col('statedOn', 'date'),
        col('statedOnPrecision'),
      ],
      g.takesPosition.values(),
    ),
    e('mentions', 'MENTIONS', 'Statement', 'Actor', [col('role'), ...listed], g.mentions.values()),
    e('concerns', 'CONCERNS', 'Statement', 'Event', listed, g.concerns.values()),
    e('statement-evidence', 'HAS_EVIDENCE', 'Statement', 'Evidence', [], g.statementEvidence.values()),
    e('event-evidence', 'HAS_EVIDENCE', 'Event', 'Evidence', [], g.eventEvidence.values()),
    e('in-article', 'IN_ARTICLE', 'Evidence', 'Article', [], g.inArticle.values()),
  ];
}

/** Rows between waits for the file stream, so that a large folder is written in bounded memory. */
const DRAIN_EVERY = 10_000;

const typed = (c: Column) => (c.type ? `${c.name}:${c.type}` : c.name);

/** A property value as its column takes it: null (no property), or the value itself. */
const value = (v: Props[string] | undefined): CsvValue => (v === undefined ? null : v);

/** Writes the graph into `dir` (emptied first) and returns the files in the order the import tool takes them. */
export async function writeArticleCsv(g: ArticleGraph, dir: string): Promise<ArticleCsv> {
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tables: CsvTable[] = [];
  const open = (name: string, header: string[]) => {
    const table = new CsvTable(path.join(dir, `${name}.csv`), header, { multiline: true, floats: true });
    tables.push(table);
    return table;
  };
  const nodes: string[] = [];
  let nodeCount = 0;
  for (const f of nodeFiles(g)) {
    const header = [`${f.id}:ID(${f.label})`, ':LABEL', ...f.columns.map(typed)];
    const table = open(`nodes-${f.file}`, header);
    for (const row of f.rows) {
      table.row([row[f.id] as string, f.label, ...f.columns.map((c) => value(row[c.name]))]);
      if (table.rows % DRAIN_EVERY === 0) await table.drain();
    }
    nodeCount += table.rows;
    nodes.push(table.file);
  }
  const relationships: string[] = [];
  let relationshipCount = 0;
  for (const f of edgeFiles(g)) {
    const header = [`:START_ID(${f.from})`, `:END_ID(${f.to})`, ':TYPE', ...f.columns.map(typed)];
    const table = open(`relationships-${f.file}`, header);
    for (const edge of f.edges) {
      table.row([edge.from, edge.to, f.type, ...f.columns.map((c) => value(edge.props[c.name]))]);
      if (table.rows % DRAIN_EVERY === 0) await table.drain();
    }
    relationshipCount += table.rows;
    relationships.push(table.file);
  }
  await Promise.all(tables.map((t) => t.close()));
  return {
    nodes,
    relationships,
    arrayDelimiter: ARRAY_DELIMITER_OPTION,
    multilineFields: true,
    nodeCount,
    relationshipCount,
    bytes: tables.reduce((n, t) => n + t.bytes, 0),
    ms: performance.now() - started,
  };
}
