import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ARRAY_DELIMITER_OPTION, CsvTable } from '../graph/admin-csv.js';
import type { Corpus, CorpusArticle, CorpusEntities } from '../graph/bulk-load.js';

/**
 * Writes a corpus as the CSV files of `neo4j-admin database import full`: the same labels, relationships and
 * properties that the transactional loader (src/graph/bulk-load.ts, cypher/bulk/*.cypher) writes, including
 * what its Cypher derives (lowercased name keys, an article's length, the outlets an article cites, shared
 * alias nodes) and the completion marker. Articles are generated and written one at a time.
 */

export type CorpusCsv = {
  /** Node files, then relationship files; each starts with its header and names its label or type per row. */
  nodes: string[];
  relationships: string[];
  arrayDelimiter: string;
  articles: number;
  statements: number;
  bytes: number;
  ms: number;
};

export type CorpusCsvProgress = {
  articles: number;
  statements: number;
  totalStatements: number;
  bytes: number;
  elapsedMs: number;
};

export type CorpusCsvOptions = {
  /** Name of the completion marker (`(:BenchCorpus {name})`), as the transactional loader writes it. */
  marker: string;
  /** When the marker says the load completed; now by default. */
  completedAt?: Date;
  onProgress?: (progress: CorpusCsvProgress) => void;
};

const NODE_HEADERS = {
  outlets: [
    'id:ID(Outlet)',
    ':LABEL',
    'name',
    'nameKey',
    'kind',
    'country',
    'aliases:string[]',
    'aliasKeys:string[]',
  ],
  positions: ['id:ID(Position)', ':LABEL', 'name', 'nameKey', 'description'],
  actors: ['id:ID(Actor)', ':LABEL', 'name', 'nameKey', 'kind', 'description'],
  aliases: ['key:ID(Alias)', ':LABEL', 'text'],
  events: [
    'id:ID(Event)',
    ':LABEL',
    'name',
    'description',
    'date:date',
    'datePrecision',
    'dateContext:boolean',
  ],
  articles: [
    'id:ID(Article)',
    ':LABEL',
    'title',
    'url',
    'text',
    'length:long',
    'publishedOn:date',
    'publishedOnPrecision',
    'publishedOnContext:boolean',
    'contextFields:string[]',
  ],
  statements: [
    'id:ID(Statement)',
    ':LABEL',
    'text',
    'quote',
    'speechAct',
    'negated:boolean',
    'conditional:boolean',
    'condition',
    'cue',
    'statedOn:date',
    'statedOnPrecision',
    'statedOnContext:boolean',
  ],
  evidence: ['id:ID(Evidence)', ':LABEL', 'start:long', 'end:long', 'text'],
  marker: ['name:ID(BenchCorpus)', ':LABEL', 'seed:long', 'statements:long', 'completedAt:datetime'],
} as const;

const ends = (from: string, to: string) => [`:START_ID(${from})`, `:END_ID(${to})`, ':TYPE'];

const RELATIONSHIP_HEADERS = {
  hasAlias: ends('Actor', 'Alias'),
  affiliatedWith: [...ends('Actor', 'Actor'), 'role', 'sources:string[]'],
  participatedIn: [...ends('Actor', 'Event'), 'role'],
  follows: ends('Event', 'Event'),
  publishedBy: ends('Article', 'Outlet'),
  cites: [...ends('Article', 'Outlet'), 'role'],
  reports: ends('Article', 'Statement'),
  said: [...ends('Actor', 'Statement'), 'articles:string[]'],
  saidTo: [...ends('Statement', 'Outlet'), 'articles:string[]'],
  citedVia: [...ends('Statement', 'Outlet'), 'article'],
  takesPosition: [
    ...ends('Statement', 'Position'),
    'stance',
    'articles:string[]',
    'speaker',
    'position',
    'statedOn:date',
    'statedOnPrecision',
  ],
  mentions: [...ends('Statement', 'Actor'), 'role', 'articles:string[]'],
  concerns: [...ends('Statement', 'Event'), 'articles:string[]'],
  hasEvidence: ends('Statement', 'Evidence'),
  inArticle: ends('Evidence', 'Article'),
} as const;

type Tables<H> = { [K in keyof H]: CsvTable };

function openTables<H extends Record<string, readonly string[]>>(dir: string, headers: H): Tables<H> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, header]) => [
      name,
      new CsvTable(path.join(dir, `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.csv`), header),
    ]),
  ) as Tables<H>;
}

/** Cypher's toLower, for the name keys (the same Unicode lowercasing for every text the corpus holds). */
const lower = (text: string) => text.toLowerCase();

/** Cypher's size() of a string counts code points, not UTF-16 units. */
function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

function writeEntities(
  entities: CorpusEntities,
  n: Tables<typeof NODE_HEADERS>,
  r: Tables<typeof RELATIONSHIP_HEADERS>,
) {
  for (const o of entities.outlets) {
    n.outlets.row([
      o.id,
      'Outlet',
      o.name,
      lower(o.name),
      o.kind,
      o.country,
      o.aliases,
      o.aliases.map(lower),
    ]);
  }
  for (const p of entities.positions)
    n.positions.row([p.id, 'Position', p.name, lower(p.name), p.description]);
  // MERGE on the lowercased key: actors whose aliases differ only in case share one Alias, whose text is the
  // first one written; each actor links to it once.
  const aliasText = new Map<string, string>();
  const aliasLinks = new Set<string>();
  for (const a of entities.actors) {
    n.actors.row([a.id, 'Actor', a.name, lower(a.name), a.kind, a.description]);
    for (const text of a.aliases) {
      const key = lower(text);
      if (!aliasText.has(key)) aliasText.set(key, text);
      const link = `${a.id}\u0000${key}`;
      if (aliasLinks.has(link)) continue;
      aliasLinks.add(link);
      r.hasAlias.row([a.id, key, 'HAS_ALIAS']);
    }
  }
  for (const [key, text] of aliasText) n.aliases.row([key, 'Alias', text]);
  // MERGE on both ends and the role.
  const affiliations = new Set<string>();
  for (const f of entities.affiliations) {
    const key = JSON.stringify([f.actor, f.of, f.role]);
    if (affiliations.has(key)) continue;
    affiliations.add(key);
    r.affiliatedWith.row([f.actor, f.of, 'AFFILIATED_WITH', f.role, []]);
  }
  // MERGE on both ends, then SET: the last role given wins.
  const participations = new Map<string, { actor: string; event: string; role: string | null }>();
  const follows = new Set<string>();
  for (const e of entities.events) {
    n.events.row([e.id, 'Event', e.name, e.description, e.date, e.datePrecision, e.dateContext]);
    for (const p of e.participants) {
      participations.set(`${p.actor}\u0000${e.id}`, { actor: p.actor, event: e.id, role: p.role });
    }
    if (e.follows) follows.add(JSON.stringify([e.id, e.follows]));
  }
  for (const p of participations.values())
    r.participatedIn.row([p.actor, p.event, 'PARTICIPATED_IN', p.role]);
  for (const link of follows) {
    const [from, to] = JSON.parse(link) as [string, string];
    r.follows.row([from, to, 'FOLLOWS']);
  }
}

function writeArticle(
  a: CorpusArticle,
  n: Tables<typeof NODE_HEADERS>,
  r: Tables<typeof RELATIONSHIP_HEADERS>,
) {
  n.articles.row([
    a.id,
    'Article',
    a.title,
    a.url,
    a.text,
    codePoints(a.text),
    a.publishedOn,
    a.publishedOnPrecision,
    a.publishedOnContext,
    a.contextFields,
  ]);
  r.publishedBy.row([a.id, a.publisher, 'PUBLISHED_BY']);
  for (const outlet of new Set(a.statements.flatMap((s) => s.citedVia))) {
    r.cites.row([a.id, outlet, 'CITES', 'source']);
  }
  const articles = [a.id];
  for (const s of a.statements) {
    n.statements.row([
      s.id,
      'Statement',
      s.text,
      s.quote,
      s.speechAct,
      s.negated,
      s.conditional,
      s.condition,
      s.cue,
      s.statedOn,
      s.statedOnPrecision,
      s.statedOnContext,
    ]);
    r.reports.row([a.id, s.id, 'REPORTS']);
    r.said.row([s.speaker, s.id, 'SAID', articles]);
    if (s.originalMedium !== null) r.saidTo.row([s.id, s.originalMedium, 'SAID_TO', articles]);
    for (const outlet of s.citedVia) r.citedVia.row([s.id, outlet, 'CITED_VIA', a.id]);
    for (const p of s.positions)
      r.takesPosition.row([
        s.id,
        p.position,
        'TAKES_POSITION',
        p.stance,
        articles,
        s.speaker,
        p.position,
        s.statedOn,
        s.statedOn === null ? null : s.statedOnPrecision,
      ]);
    for (const m of s.mentions) r.mentions.row([s.id, m.actor, 'MENTIONS', m.role, articles]);
    for (const event of s.events) r.concerns.row([s.id, event, 'CONCERNS', articles]);
    for (const span of s.evidence) {
      n.evidence.row([span.id, 'Evidence', span.start, span.end, span.text]);
      r.hasEvidence.row([s.id, span.id, 'HAS_EVIDENCE']);
      r.inArticle.row([span.id, a.id, 'IN_ARTICLE']);
    }
  }
}

/** Writes the corpus into `dir` (emptied first) and returns the files in the order the import tool takes them. */
export async function writeCorpusCsv(
  corpus: Corpus,
  dir: string,
  options: CorpusCsvOptions,
): Promise<CorpusCsv> {
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const nodes = openTables(dir, NODE_HEADERS);
  const relationships = openTables(dir, RELATIONSHIP_HEADERS);
  const all = [...Object.values(nodes), ...Object.values(relationships)];
  const bytes = () => all.reduce((sum, t) => sum + t.bytes, 0);
  const totalStatements = corpus.options.statements;
  writeEntities(corpus.entities(), nodes, relationships);

  let statements = 0;
  let lastReport = 0;
  const total = corpus.options.articles;
  for (let i = 0; i < total; i++) {
    const article = corpus.article(i);
    writeArticle(article, nodes, relationships);
    statements += article.statements.length;
    if (i % 500 === 499) await Promise.all(all.map((t) => t.drain()));
    const now = performance.now();
    if (options.onProgress && (now - lastReport >= 2_000 || i === total - 1)) {
      lastReport = now;
      options.onProgress({
        articles: i + 1,
        statements,
        totalStatements,
        bytes: bytes(),
        elapsedMs: now - started,
      });
    }
  }
  // Written last, as the transactional loader does; here it only says the files are whole.
  nodes.marker.row([
    options.marker,
    'BenchCorpus',
    corpus.options.seed,
    statements,
    (options.completedAt ?? new Date()).toISOString(),
  ]);
  await Promise.all(all.map((t) => t.close()));
  return {
    nodes: Object.values(nodes).map((t) => t.file),
    relationships: Object.values(relationships).map((t) => t.file),
    arrayDelimiter: ARRAY_DELIMITER_OPTION,
    articles: total,
    statements,
    bytes: bytes(),
    ms: performance.now() - started,
  };
}
