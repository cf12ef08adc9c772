import { articleId as articleIdFor } from '../extract/assemble.js';
import { type ArticleMeta, extractArticle, type KnownActor, type KnownOutlet } from '../extract/index.js';
import { defaultLexicon } from '../extract/lexicon-loader.js';
import type { ActorRepository } from '../graph/actor.js';
import type { ImportOutcome } from '../graph/article-store.js';
import type { OutletRepository } from '../graph/outlet.js';
import type { ExtractJob } from './extract-pool.js';
import type { AnnotatedArticle } from './format.js';
import type { ArticleImporter } from './import.js';

/**
 * How a text becomes a document: in this thread (the CLI) or in a worker pool (the server). `check` refuses
 * text the extractor would not take before any database work is spent on it.
 */
export type Extract = ((job: ExtractJob) => Promise<AnnotatedArticle>) & { check?: (text: string) => void };

const inThisThread: Extract = async ({ text, meta, known }) => extractArticle(text, meta, known);

/**
 * Plain news text into the graph: the extractor proposes an annotated article, resolving names against the
 * actors and outlets the graph already holds, and the importer writes it (validated, idempotent, atomic,
 * linking further reports of known remarks). The same path serves `npm run extract -- --import` and the
 * ingestArticleText mutation.
 */
export async function ingestArticleText(
  repos: { actors: ActorRepository; outlets: OutletRepository; ingest: ArticleImporter },
  text: string,
  meta: ArticleMeta,
  extract: Extract = inThisThread,
): Promise<{ outcome: ImportOutcome; document: AnnotatedArticle }> {
  extract.check?.(text);
  // Entities only this article's earlier import declared are left out: re-extraction must see the same graph.
  const articleId = articleIdFor(text, meta);
  const [actors, outlets] = await Promise.all([
    repos.actors.listKnownActors(articleId),
    repos.outlets.listKnownOutlets(articleId),
  ]);
  // The lexicon describes its own entities better than the graph can (demonyms, roles, gender), and letting
  // the graph's copies of them in would make each extraction depend on what earlier imports added: the graph
  // contributes the entities the lexicon does not know.
  const lexicon = defaultLexicon();
  const lexiconActors = new Set(lexicon.actors.map((a) => a.id));
  const lexiconOutlets = new Set(lexicon.outlets.map((o) => o.id));
  const document = await extract({
    text,
    meta,
    known: {
      actors: actors
        .filter((a) => !lexiconActors.has(a.id))
        .map((a) => ({ ...a, description: a.description ?? undefined }) as KnownActor),
      outlets: outlets
        .filter((o) => !lexiconOutlets.has(o.id))
        .map((o) => ({ ...o, country: o.country ?? undefined }) as KnownOutlet),
    },
  });
  const outcome = await repos.ingest.importArticle(document, { linkFurtherReports: true });
  return { outcome, document };
}
