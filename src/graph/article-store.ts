import { createHash } from 'node:crypto';
import type { AnnotatedArticle, FuzzyDate, Span, StatementInput } from '../ingest/format.js';
import { NULLABLE_FIELDS } from '../ingest/format.js';
import { type FuzzyDateModel, toFuzzyDate } from './dates.js';
import type { QueryExecutor, TxRunner } from './executor.js';
import { pairOneToOne } from './one-to-one.js';
import type { Plain } from './plain.js';
import { PositionCountChanges } from './position-counts.js';
import { keepReviewedStatements, reviewedRemarks } from './review.js';
import { matchReviewedRemarks } from './reviewed-remarks.js';
import { copyOntoStanceEdges } from './stance-copies.js';
import { WriteGate } from './write-gate.js';

export type ImportStatus = 'created' | 'updated' | 'unchanged';

export type ImportOutcome = {
  articleId: string;
  status: ImportStatus;
  statements: number;
  /** Statements recognised as further reports of statements other articles already carry. */
  furtherReports: number;
  actors: number;
  events: number;
};

/** An existing statement an incoming one may be a further report of, as the same-remark rule reads it. */
export type FurtherReportCandidate = {
  id: string;
  speaker: string;
  text: string;
  quote: string | null;
  statedOn: FuzzyDateModel | null;
  positions: { position: string; stance: string }[];
};

/**
 * The same-remark rule (src/extract/same-remark.ts), handed in by the caller so that the data layer
 * holds no text matching of its own: the candidates an incoming statement reports, with their scores.
 */
export type FurtherReportMatcher = (
  statement: StatementInput,
  candidates: readonly FurtherReportCandidate[],
) => { candidate: FurtherReportCandidate; score: number }[];

export type StoreOptions = {
  /** Rewrite the article even when its annotation is unchanged. */
  force?: boolean;
  /** When given, statements that report a remark another article already carries are linked to it. */
  matchFurtherReports?: FurtherReportMatcher | undefined;
};

/** Longest stretch of further-report matching before other requests get the event loop. */
const MATCH_SLICE_MS = 20;

/** Statements per merge query within an article's one transaction. */
const STATEMENT_SLICE = 500;

/** Neo4j stores a fuzzy date as the first day of its period plus its precision; the value is cut back on read. */
function dateParts(date: FuzzyDate | null | undefined) {
  return date
    ? { value: date.value, precision: date.precision, context: date.context }
    : { value: null, precision: null, context: null };
}

/** Evidence ids are deterministic, so re-importing an unchanged span merges onto the same node. */
export function evidenceSpans(ownerId: string, articleId: string, spans: readonly Span[]) {
  return spans.map((span, i) => ({ id: `${ownerId}@${articleId}#e${String(i).padStart(3, '0')}`, ...span }));
}

/** The digest of a validated document: equal digests mean an identical annotation. */
export function annotationDigest(doc: AnnotatedArticle): string {
  return createHash('sha256').update(JSON.stringify(doc)).digest('hex');
}

/**
 * Writes annotated articles into the graph and reads them back. One article is one transaction: every entity
 * and edge of it commits together, or nothing does; each step is one UNWIND-batched query.
 */
export class ArticleStore {
  private readonly gate = new WriteGate();

  constructor(private readonly executor: QueryExecutor) {}

  /**
   * Imports a document that already passed validation (src/ingest/validate.ts: the store trusts it). `force`
   * rewrites it even when its digest is unchanged.
   */
  async importValidated(doc: AnnotatedArticle, options: StoreOptions = {}): Promise<ImportOutcome> {
    const digest = annotationDigest(doc);
    return this.gate.run('article/import-article', () => this.importInTransaction(doc, digest, options));
  }

  private importInTransaction(doc: AnnotatedArticle, digest: string, options: StoreOptions) {
    const articleId = doc.article.id;
    return this.executor.transaction('write', 'article/import-article', async (tx) => {
      const [existing] = await tx.run<{ digest: string | null }>('article/lock-article', {
        id: articleId,
        entities: lockOrder(doc),
      });
      const previous = existing?.digest ?? null;
      const outcome = (status: ImportStatus, furtherReports = 0): ImportOutcome => ({
        articleId,
        status,
        statements: doc.statements.length,
        furtherReports,
        actors: doc.actors.length,
        events: doc.events.length,
      });
      if (previous === digest && !options.force) return outcome('unchanged');
      // The position counts follow the statements the article reported before and reports after.
      const counts = new PositionCountChanges();
      if (previous !== null) await counts.before(tx, { articleId });
      // Reviewed remarks are matched by their evidence, not by id: ids are the extractor's positions.
      const reviewed = previous === null ? [] : await reviewedRemarks(tx, articleId);
      const identity = matchReviewedRemarks(doc.statements, reviewed);
      if (previous !== null && previous !== digest) {
        await retractArticleEdges(tx, articleId);
        await tx.run('article/delete-article-annotation', { id: articleId });
      }
      const own = doc.statements.map((st) => ({ ...st, id: identity.ids.get(st.id) ?? st.id }));
      const reports = options.matchFurtherReports
        ? await this.matchFurtherReports(
            tx,
            { ...doc, statements: own.filter((st) => !identity.matched.has(st.id)) },
            options.matchFurtherReports,
            identity.matched,
          )
        : new Map<string, string>();
      const statements = own.map((st) => ({ ...st, id: reports.get(st.id) ?? st.id }));
      await counts.before(tx, { ids: statements.map((st) => st.id) });
      await this.write(tx, { ...doc, statements }, digest);
      // The reviewed statements this import holds: matched by evidence, or further reports of another article's.
      const held = new Set([...identity.matched, ...reports.values()]);
      const kept = statements
        .filter((st) => held.has(st.id))
        .map((st) => ({
          id: st.id,
          evidence: evidenceSpans(st.id, articleId, st.evidence).map((e) => e.id),
        }));
      await keepReviewedStatements(tx, { id: articleId, text: doc.article.text }, kept);
      await counts.after(tx);
      return outcome(
        previous === null ? 'created' : previous === digest ? 'unchanged' : 'updated',
        reports.size,
      );
    });
  }

  /**
   * Which incoming statements report a remark another article already carries (src/extract/same-remark.ts
   * defines the rule): those become further reports of the existing statement instead of duplicates. Each
   * existing statement takes at most one incoming statement, the best-scoring.
   */
  private async matchFurtherReports(
    tx: TxRunner,
    doc: AnnotatedArticle,
    match: FurtherReportMatcher,
    reviewed: ReadonlySet<string>,
  ): Promise<Map<string, string>> {
    const speakers = [...new Set(doc.statements.flatMap((st) => (st.speaker ? [st.speaker] : [])))];
    if (speakers.length === 0) return new Map();
    const rows = await tx.run<{
      id: string;
      speaker: string;
      text: string;
      quote: string | null;
      statedOn: Plain;
      positions: { position: string; stance: string }[];
    }>('statement/find-further-report-candidates', { articleId: doc.article.id, speakers });
    // The rule never pairs different speakers, so each statement meets only its own speaker's candidates.
    const bySpeaker = new Map<string, FurtherReportCandidate[]>();
    for (const r of rows) {
      const candidate = { ...r, statedOn: toFuzzyDate(r.statedOn) };
      const list = bySpeaker.get(r.speaker);
      if (list) list.push(candidate);
      else bySpeaker.set(r.speaker, [candidate]);
    }
    const pairs: { from: string; to: string; score: number }[] = [];
    let sliceStart = performance.now();
    for (const st of doc.statements) {
      const candidates = st.speaker ? bySpeaker.get(st.speaker) : undefined;
      if (!candidates) continue;
      for (const m of match(st, candidates)) pairs.push({ from: st.id, to: m.candidate.id, score: m.score });
      // Statements times candidates: a prolific speaker's many on a large graph held the event loop far too long.
      // Other requests are answered between slices; the transaction timeout bounds the whole.
      if (performance.now() - sliceStart > MATCH_SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    return pairOneToOne(
      pairs.sort((a, b) => b.score - a.score),
      reviewed,
    );
  }

  private async write(tx: TxRunner, unsorted: AnnotatedArticle, digest: string): Promise<void> {
    const doc = inLockOrder(unsorted);
    const articleId = doc.article.id;
    await tx.run('actor/merge-actors', {
      articleId,
      actors: doc.actors.map((a) => ({ ...a, description: a.description ?? null })),
    });
    await tx.run('actor/merge-affiliations', { articleId, affiliations: doc.affiliations });
    await tx.run('outlet/merge-outlets', {
      outlets: doc.outlets.map((o) => ({ ...o, country: o.country ?? null })),
    });
    await tx.run('position/merge-positions', {
      positions: doc.positions.map((p) => ({ ...p, description: p.description ?? null })),
    });
    const published = dateParts(doc.article.publishedOn);
    await tx.run('article/merge-article', {
      digest,
      article: {
        ...doc.article,
        publishedOn: published.value,
        publishedOnPrecision: published.precision,
        publishedOnContext: published.context,
      },
      // What this article says of each entity it declares, kept on its DECLARES edge, so that the entity's
      // properties can be recomputed from the articles that remain when this one goes.
      declared: {
        actors: doc.actors.map((a) => ({
          id: a.id,
          name: a.name,
          kind: a.kind,
          description: a.description ?? null,
        })),
        outlets: doc.outlets.map((o) => ({
          id: o.id,
          name: o.name,
          kind: o.kind,
          country: o.country ?? null,
          aliases: o.aliases,
        })),
        positions: doc.positions.map((p) => ({ id: p.id, name: p.name, description: p.description ?? null })),
      },
    });
    await tx.run('event/merge-events', {
      articleId,
      events: doc.events.map((e) => {
        const date = dateParts(e.date);
        return {
          id: e.id,
          name: e.name,
          description: e.description ?? null,
          date: date.value,
          datePrecision: date.precision,
          dateContext: date.context,
          participants: e.participants.map((p) => ({ actor: p.actor, role: p.role ?? null })),
          follows: e.follows ?? null,
          evidence: evidenceSpans(e.id, articleId, e.evidence),
        };
      }),
    });
    // In slices, so that no single query of a large article builds one huge parameter or result.
    for (let from = 0; from < doc.statements.length; from += STATEMENT_SLICE) {
      await this.mergeStatements(tx, articleId, doc.statements.slice(from, from + STATEMENT_SLICE));
    }
  }

  private async mergeStatements(tx: TxRunner, articleId: string, statements: AnnotatedArticle['statements']) {
    const merged = await tx.run<{ id: string }>('statement/merge-statements', {
      articleId,
      statements: statements.map((s) => {
        const stated = dateParts(s.statedOn);
        return {
          ...s,
          statedOn: stated.value,
          statedOnPrecision: stated.precision,
          statedOnContext: stated.context,
          evidence: evidenceSpans(s.id, articleId, s.evidence),
        };
      }),
    });
    await copyOntoStanceEdges(
      tx,
      merged.map((r) => r.id),
    );
  }

  /** The article as an annotated document, rebuilt from the graph; undefined when there is no such article. */
  async getArticleAnnotation(id: string): Promise<AnnotatedArticle | undefined> {
    const [row] = await this.executor.transaction('read', 'article/get-article-annotation', (tx) =>
      tx.run('article/get-article-annotation', { id }),
    );
    if (!row) return undefined;
    const article = row.article as Record<string, unknown>;
    const events = (row.events as Record<string, unknown>[]).map((e) => ({
      ...e,
      date: toFuzzyDate(e.date),
    }));
    const statements = (row.statements as Record<string, unknown>[]).map((s) => ({
      ...s,
      statedOn: toFuzzyDate(s.statedOn),
    }));
    return stripNulls({
      format: 'claimgraph/annotated-article@1',
      article: { ...article, publishedOn: toFuzzyDate(article.publishedOn) },
      actors: row.actors,
      affiliations: row.affiliations,
      outlets: row.outlets,
      positions: row.positions,
      events,
      statements,
    }) as AnnotatedArticle;
  }

  /** Deletes an article and whatever only it declared or reported; false when there was no such article. */
  async deleteArticleCascade(id: string): Promise<boolean> {
    const rows = await this.gate.run('article/delete-article-cascade', () =>
      this.executor.transaction('write', 'article/delete-article-cascade', async (tx) => {
        const counts = new PositionCountChanges();
        await counts.before(tx, { articleId: id });
        await retractArticleEdges(tx, id);
        const deleted = await tx.run<{ deleted: number; unspoken: string[] }>(
          'article/delete-article-cascade',
          { id },
        );
        await copyOntoStanceEdges(tx, deleted[0]?.unspoken ?? []);
        await counts.after(tx);
        return deleted;
      }),
    );
    return rows.length > 0;
  }

  async countArticles(): Promise<number> {
    const [row] = await this.executor.transaction('read', 'article/count-articles', (tx) =>
      tx.run<{ count: number }>('article/count-articles'),
    );
    return row?.count ?? 0;
  }
}

/** The shared entities an import writes, in the one order every import locks them in. */
function lockOrder(doc: AnnotatedArticle): { label: string; id: string }[] {
  const entities = [
    ...doc.actors.map((a) => ({ label: 'Actor', id: a.id })),
    ...doc.events.map((e) => ({ label: 'Event', id: e.id })),
    ...doc.outlets.map((o) => ({ label: 'Outlet', id: o.id })),
    ...doc.positions.map((p) => ({ label: 'Position', id: p.id })),
  ];
  const key = (e: { label: string; id: string }) => `${e.label} ${e.id}`;
  return entities.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * The document with every list of shared entities in id order: concurrent imports that touch the same actors
 * then lock them in the same order, which avoids most deadlocks (the executor retries the rest).
 */
function inLockOrder(doc: AnnotatedArticle): AnnotatedArticle {
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    ...doc,
    actors: byId(doc.actors),
    outlets: byId(doc.outlets),
    positions: byId(doc.positions),
    events: byId(doc.events),
    statements: byId(doc.statements),
  };
}

/**
 * Optional fields the format leaves out come back from Neo4j as null; drop them where the format has no null,
 * so that a round trip compares equal. Fields whose null is meaningful in the format are kept.
 */

function stripNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k, v]) => v !== null || NULLABLE_FIELDS.has(k))
        .map(([k, v]) => [k, stripNulls(v)]),
    );
  }
  return value;
}

/**
 * Takes back what an article asserted on shared things (cypher/article/retract-article-edges); statements that
 * lost their speaker there get their stance edges' copies again.
 */
async function retractArticleEdges(tx: TxRunner, articleId: string): Promise<void> {
  const [row] = await tx.run<{ unspoken: string[] }>('article/retract-article-edges', { id: articleId });
  await copyOntoStanceEdges(tx, row?.unspoken ?? []);
}
