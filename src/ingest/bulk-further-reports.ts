import { findSameRemark } from '../extract/same-remark.js';
import { toFuzzyDate } from '../graph/dates.js';
import { pairOneToOne } from '../graph/one-to-one.js';
import { type ArticleGraph, key, type Props } from './bulk-graph-model.js';
import type { AnnotatedArticle } from './format.js';

/**
 * `--link-reports` in a bulk load: which statements of an incoming document report a remark an earlier
 * document of the load carries, as the importer decides it against the graph (ArticleStore.matchFurtherReports:
 * the same-remark rule, each earlier statement taking at most one incoming statement, the best-scoring).
 */
/** The candidates of cypher/statement/find-further-report-candidates, in memory. */
export function furtherReportIds(g: ArticleGraph, doc: AnnotatedArticle): Map<string, string> {
  const speakers = [...new Set(doc.statements.flatMap((st) => (st.speaker ? [st.speaker] : [])))];
  if (speakers.length === 0) return new Map();
  const articleId = doc.article.id;
  const candidates = speakers.flatMap((speaker) =>
    // Newest first, the order in which Neo4j walks a node's relationships and so the query returns them: of two
    // candidates with the same score, the importer takes the one said last (findSameRemark sorts stably).
    [...(g.saidBy.get(speaker) ?? [])]
      .reverse()
      .filter((id) => !g.reports.has(key(articleId, id)))
      .map((id) => {
        const s = g.statements.get(id) as Props;
        return {
          id,
          speaker,
          text: s.text as string,
          quote: (s.quote as string | null) ?? null,
          statedOn: toFuzzyDate(
            s.statedOn === null
              ? null
              : { value: s.statedOn, precision: s.statedOnPrecision, context: s.statedOnContext },
          ),
          positions: (g.stancesOf.get(id) ?? []).map((t) => ({
            position: t.to,
            stance: t.props.stance as string,
          })),
        };
      }),
  );
  const pairs = doc.statements
    .flatMap((st) =>
      findSameRemark(st, candidates).map((m) => ({ from: st.id, to: m.candidate.id, score: m.score })),
    )
    .sort((a, b) => b.score - a.score);
  return pairOneToOne(pairs);
}
