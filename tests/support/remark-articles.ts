import type { AnnotatedArticle } from '../../src/ingest/format.js';

/** One remark of an article as its extraction finds it: a sentence and what is said in it. */
export type Remark = {
  sentence: string;
  /** Set when the remark is a further report of another article's statement (a hand annotation reusing its id). */
  reusedId: string | null;
  statement: Omit<AnnotatedArticle['statements'][number], 'id' | 'evidence'>;
};

/** Who an article of a random test sequence declares: every actor and position the sequence uses, one outlet. */
export type Cast = {
  actors: readonly string[];
  positions: readonly string[];
  outlet: string;
  suffix: string;
};

/**
 * The annotated article of one extraction: its text is the remarks' sentences, each statement's evidence its
 * sentence, and statement ids are positions (`<article>:s<k>`), as the extractor's, or the reused id.
 */
export function remarkArticle(id: string, remarks: readonly Remark[], cast: Cast): AnnotatedArticle {
  let offset = 0;
  const ids = new Set<string>();
  const statements = remarks.map((r, k) => {
    const evidence = [{ start: offset, end: offset + r.sentence.length, text: r.sentence }];
    offset += r.sentence.length + 1;
    // One statement is reported once per article.
    const statementId = r.reusedId && !ids.has(r.reusedId) ? r.reusedId : `${id}:s${k}`;
    ids.add(statementId);
    return { ...r.statement, id: statementId, evidence };
  });
  return {
    format: 'claimgraph/annotated-article@1',
    article: {
      id,
      title: `Article ${id}`,
      publisher: cast.outlet,
      url: null,
      publishedOn: null,
      context: [],
      imageCredits: [],
      text: remarks.map((r) => r.sentence).join(' '),
    },
    actors: cast.actors.map((a) => ({ id: a, name: `Speaker ${a}`, kind: 'person' as const, aliases: [] })),
    affiliations: [],
    outlets: [{ id: cast.outlet, name: `Outlet ${cast.suffix}`, kind: 'newspaper' as const, aliases: [] }],
    positions: cast.positions.map((p) => ({ id: p, name: `Position ${p}` })),
    events: [],
    statements,
  } as AnnotatedArticle;
}
