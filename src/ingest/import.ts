import { ArticleStore, type ImportOptions, type ImportOutcome } from '../graph/article-store.js';
import type { Executor } from '../graph/executor.js';
import type { AnnotatedArticle } from './format.js';
import type { ImportFeed } from './import-feed.js';

/**
 * The article store that tells the live feed about imports. It publishes after `importValidated` returns, which
 * is after the import's transaction committed: an import that fails or rolls back throws before that and
 * publishes nothing, and an unchanged re-import wrote nothing to announce.
 */
export class PublishingArticleStore extends ArticleStore {
  constructor(
    executor: Executor,
    private readonly feed: ImportFeed,
  ) {
    super(executor);
  }

  override async importValidated(doc: AnnotatedArticle, options: ImportOptions = {}): Promise<ImportOutcome> {
    const outcome = await super.importValidated(doc, options);
    if (outcome.status !== 'unchanged') {
      this.feed.publish({
        articleId: outcome.articleId,
        status: outcome.status,
        statementIds: doc.statements.map((s) => s.id),
      });
    }
    return outcome;
  }
}
