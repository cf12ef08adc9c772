import type { AnnotatedArticle, StatementInput } from '../../../src/ingest/format.js';

/** The statement whose main evidence contains `fragment` (the test fails clearly when there is none). */
export function statementWith(doc: AnnotatedArticle, fragment: string): StatementInput {
  const found = doc.statements.find((s) => s.evidence[0]?.text.includes(fragment));
  if (!found) {
    const all = doc.statements.map((s) => `  ${s.speaker}: ${s.evidence[0]?.text}`).join('\n');
    throw new Error(`no statement contains ${JSON.stringify(fragment)}; statements:\n${all}`);
  }
  return found;
}

export function actorName(doc: AnnotatedArticle, id: string | null): string | null {
  return id === null ? null : (doc.actors.find((a) => a.id === id)?.name ?? id);
}
