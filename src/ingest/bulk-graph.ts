import { annotationDigest, evidenceSpans } from '../graph/article-store.js';
import { furtherReportIds } from './bulk-further-reports.js';
import {
  type ArticleGraph,
  type DeclaredLabel,
  type Edge,
  emptyArticleGraph,
  type Key,
  key,
  type Props,
} from './bulk-graph-model.js';
import type { AnnotatedArticle, FuzzyDate } from './format.js';

export type { ArticleGraph, Edge, Props } from './bulk-graph-model.js';

/**
 * The graph that importing validated documents one after the other through the article importer
 * (src/graph/article-store.ts, cypher/{actor,outlet,position,article,event,statement}/merge-*.cypher) leaves in
 * an empty database, worked out in memory so that neo4j-admin can write it as a new store
 * (src/ingest/bulk-csv.ts). Every MERGE and SET of those queries has its counterpart here, in the same order:
 * the last name wins, a description only replaces one when given, an alias keeps the first spelling written,
 * a statement keeps its first report's wording, a mention its first role, edge lists of articles stay sorted.
 * What the importer does after its writes (the stance copies on stance edges, the position counts) is derived
 * at the end, from the final graph, as the importer's own queries would find it.
 */

export type ResolveOptions = {
  /** As `npm run import -- --link-reports`: a remark an earlier document carries becomes a further report. */
  linkFurtherReports?: boolean;
  /** The `seq` of the first document's DECLARES edges (the importer writes `timestamp()`); one more per document. */
  seqBase?: number;
};

/** The list with `id` added in order, as the importer's `[x < id] + id + [x > id]` keeps it. */
function withArticle(list: readonly string[] | undefined, id: string): string[] {
  if (!list) return [id];
  if (list.includes(id)) return [...list];
  return [...list.filter((x) => x < id), id, ...list.filter((x) => x > id)];
}

/** Cypher's date() of a fuzzy date's value: the first day of its period. */
function firstDay(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

function dateProps(date: FuzzyDate | null | undefined) {
  return date
    ? { value: firstDay(date.value), precision: date.precision, context: date.context }
    : { value: null, precision: null, context: null };
}

/** Cypher's size() of a string counts code points, not UTF-16 units. */
function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

const byId = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** MERGE of an edge whose `articles` list gains the article: created with it, or the article added. */
function mergeListed(edges: Map<Key, Edge>, k: Key, from: string, to: string, articleId: string, extra = {}) {
  const edge = edges.get(k);
  if (edge) edge.props.articles = withArticle(edge.props.articles as string[], articleId);
  else edges.set(k, { from, to, props: { ...extra, articles: [articleId] } });
  return edges.get(k) as Edge;
}

function mergeEdge(edges: Map<Key, Edge>, k: Key, from: string, to: string, props: Props = {}) {
  if (!edges.has(k)) edges.set(k, { from, to, props });
}

/**
 * The graph of the documents imported in the order given. Documents must have distinct article ids (a second
 * one would be a re-import, which the caller refuses before this).
 */
export function resolveArticles(
  docs: readonly AnnotatedArticle[],
  options: ResolveOptions = {},
): ArticleGraph {
  const g = emptyArticleGraph();
  const seqBase = options.seqBase ?? Date.now();
  docs.forEach((doc, i) => {
    addArticle(g, doc, seqBase + i, options.linkFurtherReports ?? false);
  });
  deriveStanceCopies(g);
  g.positionCounts = countPositions(g);
  return g;
}

function addArticle(g: ArticleGraph, original: AnnotatedArticle, seq: number, link: boolean): void {
  const articleId = original.article.id;
  const digest = annotationDigest(original);
  const reports = link ? furtherReportIds(g, original) : new Map<string, string>();
  g.furtherReports += reports.size;
  const doc = {
    ...original,
    actors: byId(original.actors),
    outlets: byId(original.outlets),
    positions: byId(original.positions),
    events: byId(original.events),
    statements: byId(original.statements.map((st) => ({ ...st, id: reports.get(st.id) ?? st.id }))),
  };

  // actor/merge-actors
  for (const a of doc.actors) {
    const old = g.actors.get(a.id);
    g.actors.set(a.id, {
      id: a.id,
      name: a.name,
      nameKey: a.name.toLowerCase(),
      kind: a.kind,
      description: a.description ?? (old?.description as string | undefined) ?? null,
    });
    for (const text of a.aliases) {
      const aliasKey = text.toLowerCase();
      if (!g.aliases.has(aliasKey)) g.aliases.set(aliasKey, text);
      mergeListed(g.hasAlias, key(a.id, aliasKey), a.id, aliasKey, articleId);
    }
  }
  // actor/merge-affiliations: `sources` is its list of articles.
  for (const f of doc.affiliations) {
    const k = key(f.actor, f.role, f.of);
    const edge = g.affiliatedWith.get(k);
    if (edge) edge.props.sources = withArticle(edge.props.sources as string[], articleId);
    else g.affiliatedWith.set(k, { from: f.actor, to: f.of, props: { role: f.role, sources: [articleId] } });
  }
  // outlet/merge-outlets
  for (const o of doc.outlets) {
    const old = g.outlets.get(o.id);
    g.outlets.set(o.id, {
      id: o.id,
      name: o.name,
      nameKey: o.name.toLowerCase(),
      kind: o.kind,
      country: o.country ?? (old?.country as string | undefined) ?? null,
      aliases: o.aliases,
      aliasKeys: o.aliases.map((x) => x.toLowerCase()),
    });
  }
  // position/merge-positions
  for (const p of doc.positions) {
    const old = g.positions.get(p.id);
    g.positions.set(p.id, {
      id: p.id,
      name: p.name,
      nameKey: p.name.toLowerCase(),
      description: p.description ?? (old?.description as string | undefined) ?? null,
    });
  }
  // article/merge-article
  const published = dateProps(doc.article.publishedOn);
  g.articles.set(articleId, {
    id: articleId,
    title: doc.article.title,
    url: doc.article.url,
    text: doc.article.text,
    length: codePoints(doc.article.text),
    publishedOn: published.value,
    publishedOnPrecision: published.precision,
    publishedOnContext: published.context,
    contextFields: doc.article.context,
    digest,
  });
  if (doc.article.publisher) {
    mergeEdge(g.publishedBy, key(articleId, doc.article.publisher), articleId, doc.article.publisher);
  }
  for (const outlet of doc.article.imageCredits) {
    mergeEdge(g.cites, key(articleId, outlet, 'image'), articleId, outlet, { role: 'image' });
  }
  const declare = (label: DeclaredLabel, id: string, props: Props) =>
    g.declares[label].set(key(articleId, id), { from: articleId, to: id, props: { seq, ...props } });
  for (const a of doc.actors) {
    declare('Actor', a.id, { name: a.name, kind: a.kind, description: a.description ?? null });
  }
  for (const o of doc.outlets) {
    declare('Outlet', o.id, { name: o.name, kind: o.kind, country: o.country ?? null, aliases: o.aliases });
  }
  for (const p of doc.positions) {
    declare('Position', p.id, { name: p.name, description: p.description ?? null });
  }
  // event/merge-events
  for (const e of doc.events) {
    const old = g.events.get(e.id);
    const date = dateProps(e.date);
    g.events.set(e.id, {
      id: e.id,
      name: e.name,
      description: e.description ?? (old?.description as string | undefined) ?? null,
      date: date.value ?? (old?.date as string | undefined) ?? null,
      datePrecision: date.precision ?? (old?.datePrecision as string | undefined) ?? null,
      dateContext: date.context ?? (old?.dateContext as boolean | undefined) ?? null,
    });
    declare('Event', e.id, {
      name: e.name,
      description: e.description ?? null,
      date: e.date?.value ?? null,
      datePrecision: e.date?.precision ?? null,
      dateContext: e.date?.context ?? null,
    });
    for (const p of e.participants) {
      const edge = mergeListed(g.participatedIn, key(p.actor, e.id), p.actor, e.id, articleId, {
        role: null,
      });
      edge.props.role = edge.props.role ?? p.role ?? null;
    }
    if (e.follows) mergeListed(g.follows, key(e.id, e.follows), e.id, e.follows, articleId);
    addEvidence(g, g.eventEvidence, e.id, articleId, e.evidence);
  }
  // statement/merge-statements
  for (const s of doc.statements) {
    if (!g.statements.has(s.id)) {
      const stated = dateProps(s.statedOn);
      g.statements.set(s.id, {
        id: s.id,
        text: s.text,
        quote: s.quote,
        speechAct: s.speechAct,
        negated: s.negated,
        conditional: s.conditional,
        condition: s.condition,
        cue: s.cue,
        statedOn: stated.value,
        statedOnPrecision: stated.precision,
        statedOnContext: stated.context,
        confidence: s.confidence ?? null,
        extractedBy: s.extractedBy ?? null,
        needsReview: s.review ?? false,
      });
    }
    mergeEdge(g.reports, key(articleId, s.id), articleId, s.id);
    if (s.speaker && !g.said.has(key(s.speaker, s.id))) {
      const said = g.saidBy.get(s.speaker) ?? [];
      said.push(s.id);
      g.saidBy.set(s.speaker, said);
    }
    if (s.speaker) mergeListed(g.said, key(s.speaker, s.id), s.speaker, s.id, articleId);
    if (s.originalMedium) {
      mergeListed(g.saidTo, key(s.id, s.originalMedium), s.id, s.originalMedium, articleId);
    }
    for (const outlet of s.citedVia) {
      mergeEdge(g.citedVia, key(s.id, outlet, articleId), s.id, outlet, { article: articleId });
      mergeEdge(g.cites, key(articleId, outlet, 'source'), articleId, outlet, { role: 'source' });
    }
    for (const t of s.positions) {
      if (!g.takesPosition.has(key(s.id, t.stance, t.position))) {
        const stances = g.stancesOf.get(s.id) ?? [];
        stances.push({ from: s.id, to: t.position, props: { stance: t.stance } });
        g.stancesOf.set(s.id, stances);
      }
      mergeListed(g.takesPosition, key(s.id, t.stance, t.position), s.id, t.position, articleId, {
        stance: t.stance,
      });
    }
    for (const m of s.mentions) {
      const edge = mergeListed(g.mentions, key(s.id, m.actor), s.id, m.actor, articleId, { role: null });
      edge.props.role = edge.props.role ?? m.role;
    }
    for (const event of s.events) mergeListed(g.concerns, key(s.id, event), s.id, event, articleId);
    addEvidence(g, g.statementEvidence, s.id, articleId, s.evidence);
  }
}

function addEvidence(
  g: ArticleGraph,
  owners: Map<Key, Edge>,
  ownerId: string,
  articleId: string,
  spans: readonly { start: number; end: number; text: string }[],
): void {
  for (const span of evidenceSpans(ownerId, articleId, spans)) {
    g.evidence.set(span.id, { id: span.id, start: span.start, end: span.end, text: span.text });
    mergeEdge(owners, key(ownerId, span.id), ownerId, span.id);
    mergeEdge(g.inArticle, key(span.id, articleId), span.id, articleId);
  }
}

/**
 * cypher/statement/copy-onto-stance-edges over every statement: one speaker's id, '*' for several, else none;
 * the position's id; the statement's date and its precision when dated. No imported statement is rejected (only
 * a review rejects), so `rejected` is never written.
 */
function deriveStanceCopies(g: ArticleGraph): void {
  const speakers = new Map<string, string[]>();
  for (const e of g.said.values()) {
    const who = speakers.get(e.to) ?? [];
    who.push(e.from);
    speakers.set(e.to, who);
  }
  for (const t of g.takesPosition.values()) {
    const who = speakers.get(t.from) ?? [];
    t.props.speaker = who.length === 0 ? null : who.length === 1 ? (who[0] as string) : '*';
    t.props.position = t.to;
    const statement = g.statements.get(t.from);
    const statedOn = statement?.statedOn ?? null;
    t.props.statedOn = statedOn;
    t.props.statedOnPrecision = statedOn === null ? null : (statement?.statedOnPrecision ?? null);
  }
}

/** What the importer's position counts hold after pure additions: distinct statements per position and act. */
function countPositions(g: ArticleGraph): ArticleGraph['positionCounts'] {
  const pairs = new Set<Key>();
  const counts = new Map<Key, { position: string; speechAct: string; statements: number }>();
  for (const t of g.takesPosition.values()) {
    const pair = key(t.from, t.to);
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    const speechAct = g.statements.get(t.from)?.speechAct as string;
    const k = key(t.to, speechAct);
    const count = counts.get(k) ?? { position: t.to, speechAct, statements: 0 };
    count.statements += 1;
    counts.set(k, count);
  }
  return [...counts.values()];
}
