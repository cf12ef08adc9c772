import { findSameRemark } from '../extract/same-remark.js';
import { ArticleStore, type ImportOutcome } from '../graph/article-store.js';
import { InvalidInputError } from '../graph/errors.js';
import type { QueryExecutor } from '../graph/executor.js';
import type { AnnotatedArticle } from './format.js';
import type { ImportFeed } from './import-feed.js';
import { formatIssues, type ValidationIssue, validateAnnotatedArticle } from './validate.js';

export type ImportOptions = {
  /** Rewrite the article even when its annotation is unchanged. */
  force?: boolean;
  /**
   * Recognise statements that report a remark another article already carries and link them to it
   * (src/extract/same-remark.ts). The text-ingestion path turns it on: the extractor invents statement ids,
   * so matching is the only way to see a re-report. Hand annotations keep their own ids; an annotator links
   * a further report explicitly by reusing the existing statement's id.
   */
  linkFurtherReports?: boolean;
};

/** A document the validator rejected; nothing of it was written. */
export class ArticleValidationError extends InvalidInputError {
  constructor(readonly issues: ValidationIssue[]) {
    super(`The annotated article is invalid:\n${formatIssues(issues)}`);
  }
}

/**
 * The one way an annotated article enters the graph (CLI import, importArticle mutation, seed, extracted
 * text): validate, then hand it to the store. With a feed it tells the live feed about imports, after
 * `importValidated` returns, which is after the import's transaction committed: an import that fails or rolls
 * back throws before that and publishes nothing, and an unchanged re-import wrote nothing to announce.
 */
export class ArticleImporter extends ArticleStore {
  constructor(
    executor: QueryExecutor,
    private readonly feed?: ImportFeed,
  ) {
    super(executor);
  }

  /** Validates and imports one document; throws ArticleValidationError (nothing written) when it is invalid. */
  async importArticle(input: unknown, options: ImportOptions = {}): Promise<ImportOutcome> {
    const result = validateAnnotatedArticle(input);
    if (!result.ok) throw new ArticleValidationError(result.errors);
    return this.importValidated(result.value, options);
  }

  override async importValidated(doc: AnnotatedArticle, options: ImportOptions = {}): Promise<ImportOutcome> {
    const outcome = await super.importValidated(doc, {
      force: options.force,
      matchFurtherReports: options.linkFurtherReports ? findSameRemark : undefined,
    });
    if (this.feed && outcome.status !== 'unchanged') {
      this.feed.publish({
        articleId: outcome.articleId,
        status: outcome.status,
        statementIds: doc.statements.map((s) => s.id),
      });
    }
    return outcome;
  }
}
