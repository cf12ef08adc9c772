import { type AnnotatedArticle, annotatedArticleSchema, ROOT_PATH } from './format.js';
import type { Report, ValidationIssue } from './validate-issues.js';
import {
  checkArticleContext,
  checkConditions,
  checkDeclaredIds,
  checkEventOrder,
  checkReferences,
  checkRepeatedEntries,
  checkSelfAffiliations,
  checkStatementIds,
  checkSurfaceForms,
} from './validate-references.js';
import { checkWellFormed, describeZodIssue } from './validate-structure.js';
import { checkDate, checkQuotes, checkSpan, dates, spans } from './validate-text.js';

export type { ValidationIssue } from './validate-issues.js';
export { loneSurrogateAt } from './validate-structure.js';

/**
 * Validation of annotated-article documents: the zod schema for structure, then the rules that need the whole
 * document (references, spans against the text, dates, event order). Every problem is reported, not just the
 * first, so that an annotator can fix a document in one pass. This file runs them; the rules are in
 * validate-structure.ts, validate-references.ts and validate-text.ts. The messages are documented in
 * docs/annotation-format.md; keep the two in step.
 */

export type ValidationResult =
  | { ok: true; value: AnnotatedArticle }
  | { ok: false; errors: ValidationIssue[] };

/**
 * Problems listed at most; the rest are counted. Otherwise a document of very many unknown fields is answered
 * with every one of them, twice, in a response of megabytes, which helps no annotator.
 */
export const MAX_REPORTED_ISSUES = 100;

export function validateAnnotatedArticle(input: unknown): ValidationResult {
  const parsed = annotatedArticleSchema.safeParse(input);
  const unicode = checkWellFormed(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((issue) => describeZodIssue(issue, input));
    return { ok: false, errors: capped([...unicode, ...issues]) };
  }
  const errors = [...unicode, ...checkDocument(parsed.data)];
  return errors.length === 0 ? { ok: true, value: parsed.data } : { ok: false, errors: capped(errors) };
}

function capped(errors: ValidationIssue[]): ValidationIssue[] {
  if (errors.length <= MAX_REPORTED_ISSUES) return errors;
  return [
    ...errors.slice(0, MAX_REPORTED_ISSUES),
    {
      path: ROOT_PATH,
      message: `has ${errors.length - MAX_REPORTED_ISSUES} more problems (only the first ${MAX_REPORTED_ISSUES} are listed)`,
    },
  ];
}

export function formatIssues(errors: readonly ValidationIssue[]): string {
  return errors.map(({ path, message }) => `${path} ${message}`).join('\n');
}

function checkDocument(doc: AnnotatedArticle): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const report: Report = (path, message) => {
    issues.push({ path, message });
  };
  checkArticleContext(doc, report);
  checkDeclaredIds(doc, report);
  checkStatementIds(doc, report);
  checkSurfaceForms('actors', doc.actors, report);
  checkSurfaceForms('outlets', doc.outlets, report);
  checkReferences(doc, report);
  checkRepeatedEntries(doc, report);
  checkSelfAffiliations(doc, report);
  checkEventOrder(doc, report);
  checkConditions(doc, report);
  checkQuotes(doc, report);
  for (const { span, path } of spans(doc)) checkSpan(span, path, doc.article.text, report);
  for (const { date, path } of dates(doc)) checkDate(date, path, report);
  return issues;
}
