import type { QueryExecutor } from './executor.js';
import { addPositionCounts } from './position-counts.js';

/** The rows a bulk load writes, already in the shape of the graph's properties. */
export type CorpusActor = {
  id: string;
  name: string;
  kind: string;
  description: string | null;
  aliases: string[];
};
export type CorpusAffiliation = { actor: string; role: string; of: string };
export type CorpusOutlet = {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  aliases: string[];
};
export type CorpusPosition = { id: string; name: string; description: string | null };
export type CorpusEvent = {
  id: string;
  name: string;
  description: string | null;
  date: string;
  datePrecision: 'day';
  dateContext: boolean;
  participants: { actor: string; role: string | null }[];
  follows: string | null;
};
export type CorpusSpan = { id: string; start: number; end: number; text: string };
export type CorpusStatement = {
  id: string;
  articleId: string;
  speaker: string;
  text: string;
  quote: string | null;
  speechAct: string;
  negated: boolean;
  conditional: boolean;
  condition: string | null;
  cue: string;
  statedOn: string;
  statedOnPrecision: 'day';
  statedOnContext: boolean;
  originalMedium: string | null;
  citedVia: string[];
  positions: { position: string; stance: string }[];
  mentions: { actor: string; role: string }[];
  events: string[];
  evidence: CorpusSpan[];
};
export type CorpusArticle = {
  id: string;
  title: string;
  url: string;
  publisher: string;
  publishedOn: string;
  publishedOnPrecision: 'day';
  publishedOnContext: boolean;
  contextFields: string[];
  text: string;
  statements: CorpusStatement[];
};

export type CorpusEntities = {
  actors: CorpusActor[];
  affiliations: CorpusAffiliation[];
  outlets: CorpusOutlet[];
  positions: CorpusPosition[];
  events: CorpusEvent[];
};

/** A corpus the loader can read article by article, so that a large one never sits in memory whole. */
export type Corpus = {
  readonly options: { articles: number; statements: number; seed: number };
  readonly ids: { article(i: number): string };
  entities(): CorpusEntities;
  article(i: number): CorpusArticle;
};

export type BulkProgress = {
  phase: 'entities' | 'articles';
  articles: number;
  statements: number;
  totalStatements: number;
  elapsedMs: number;
  /** Statements per second over the whole import so far. */
  rate: number;
  /** Statements per second over the last batches (about the last 10 s): the sustained rate, without warm-up. */
  recentRate: number;
};

export type BulkLoadOptions = {
  /** Statements per write transaction (articles are never split across transactions). */
  batchSize?: number;
  /** Entity rows (actors, outlets…) per write transaction. */
  entityBatchSize?: number;
  /** Name of the completion marker; when set and present, the import is skipped. */
  marker?: string;
  onProgress?: (progress: BulkProgress) => void;
};

export type BulkLoadResult = { skipped: boolean; articles: number; statements: number; ms: number };

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Loads a generated corpus through UNWIND batches of thousands of rows per write transaction, instead of the
 * one-transaction-per-article path of ArticleStore, which spends most of its time in round trips at this
 * scale. It writes the same labels, relationships and properties, so the API reads the result like any import.
 * Batches are written one at a time on purpose: hot actors and outlets sit in most batches, and concurrent
 * writers would queue on their locks (or deadlock and retry) rather than go faster.
 */
export class BulkLoader {
  constructor(private readonly executor: QueryExecutor) {}

  async isLoaded(marker: string): Promise<boolean> {
    const rows = await this.executor.transaction('read', 'bulk/get-corpus-marker', (tx) =>
      tx.run('bulk/get-corpus-marker', { name: marker }),
    );
    return rows.length > 0;
  }

  async import(corpus: Corpus, options: BulkLoadOptions = {}): Promise<BulkLoadResult> {
    const started = performance.now();
    const { marker, onProgress } = options;
    if (marker && (await this.isLoaded(marker))) {
      return { skipped: true, articles: 0, statements: 0, ms: performance.now() - started };
    }
    const batchSize = options.batchSize ?? 10_000;
    const entityBatchSize = options.entityBatchSize ?? 10_000;
    const totalStatements = corpus.options.statements;
    // (time, statements) after each batch, to tell the sustained rate from the JVM's warm-up.
    const window: { at: number; statements: number }[] = [];
    const report = (phase: BulkProgress['phase'], articles: number, statements: number) => {
      const now = performance.now();
      const elapsedMs = now - started;
      window.push({ at: now, statements });
      while (window.length > 2 && now - (window[1]?.at ?? now) >= 10_000) window.shift();
      const oldest = window[0] ?? { at: started, statements: 0 };
      onProgress?.({
        phase,
        articles,
        statements,
        totalStatements,
        elapsedMs,
        rate: statements / Math.max(elapsedMs / 1000, 1e-3),
        recentRate: (statements - oldest.statements) / Math.max((now - oldest.at) / 1000, 1e-3),
      });
    };

    const entities = corpus.entities();
    const write = async (name: string, key: string, rows: readonly unknown[], size = entityBatchSize) => {
      for (const batch of chunks(rows, size)) {
        await this.executor.transaction('write', name, (tx) => tx.run(name, { [key]: batch }));
      }
    };
    await write('bulk/merge-outlets', 'outlets', entities.outlets);
    await write('bulk/merge-positions', 'positions', entities.positions);
    await write('bulk/merge-actors', 'actors', entities.actors);
    await write('bulk/merge-affiliations', 'affiliations', entities.affiliations);
    await write('bulk/merge-events', 'events', entities.events, 2_000);
    await write(
      'bulk/link-events',
      'links',
      entities.events.flatMap((e) => (e.follows ? [{ id: e.id, follows: e.follows }] : [])),
    );
    report('entities', 0, 0);

    let articles = 0;
    let statements = 0;
    const total = corpus.options.articles;
    const nextBatch = (from: number): { batch: CorpusArticle[]; next: number } => {
      const batch: CorpusArticle[] = [];
      let count = 0;
      let i = from;
      while (i < total && (count < batchSize || batch.length === 0)) {
        const article = corpus.article(i);
        batch.push(article);
        count += article.statements.length;
        i += 1;
      }
      return { batch, next: i };
    };
    // Generating a batch takes milliseconds against the database's second, so it is not overlapped.
    for (let from = 0; from < total; ) {
      const { batch, next } = nextBatch(from);
      await this.writeArticles(batch);
      articles += batch.length;
      statements += batch.reduce((n, a) => n + a.statements.length, 0);
      report('articles', articles, statements);
      from = next;
    }
    if (marker) {
      await this.executor.transaction('write', 'bulk/set-corpus-marker', (tx) =>
        tx.run('bulk/set-corpus-marker', { name: marker, seed: corpus.options.seed, statements }),
      );
    }
    return { skipped: false, articles, statements, ms: performance.now() - started };
  }

  /**
   * An article and its statements commit together, so an article that exists is complete and is skipped
   * (bulk/create-articles); that makes CREATE safe for everything else and an interrupted load resumable.
   */
  private async writeArticles(batch: CorpusArticle[]): Promise<void> {
    await this.executor.transaction('write', 'bulk/import-articles', async (tx) => {
      const [created] = await tx.run<{ count: number }>('bulk/create-articles', {
        articles: batch.map(({ statements, ...article }) => ({
          ...article,
          cites: [...new Set(statements.flatMap((s) => s.citedVia))],
        })),
      });
      if (created?.count === 0) return;
      const [tallied] = await tx.run<{
        tallies: { position: string; speechAct: string; statements: number }[];
      }>('bulk/create-statements', { statements: batch.flatMap((a) => a.statements) });
      await addPositionCounts(tx, tallied?.tallies ?? []);
    });
  }

  /** Removes everything a corpus created (its ids) and its marker; for tests that share a database. */
  async deleteCorpus(corpus: Corpus, marker?: string): Promise<void> {
    const entities = corpus.entities();
    const articles = Array.from({ length: corpus.options.articles }, (_, i) => corpus.ids.article(i));
    await this.executor.transaction('write', 'bulk/delete-corpus', (tx) =>
      tx.run('bulk/delete-corpus', {
        articles,
        actors: entities.actors.map((a) => a.id),
        outlets: entities.outlets.map((o) => o.id),
        positions: entities.positions.map((p) => p.id),
        events: entities.events.map((e) => e.id),
      }),
    );
    if (marker) {
      await this.executor.transaction('write', 'bulk/delete-corpus-marker', (tx) =>
        tx.run('bulk/delete-corpus-marker', { name: marker }),
      );
    }
  }
}

/**
 * What a store from neo4j-admin lacks until this runs: the empty lists (cypher/bulk/fill-empty-lists), which the
 * import tool writes as no property at all. Returns how many nodes and relationships got them.
 */
export async function fillEmptyLists(executor: QueryExecutor): Promise<number> {
  const [row] = await executor.transaction('write', 'bulk/fill-empty-lists', (tx) =>
    tx.run<{ count: number }>('bulk/fill-empty-lists'),
  );
  return row?.count ?? 0;
}
