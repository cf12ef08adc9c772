// After an article is (re-)imported: the reviewed statements it reports or holds evidence for (a changed
// re-import keeps their evidence and the statements themselves, see article/delete-article-annotation) stay
// reported by it, whether or not the new annotation still has them, and come back with their last review so
// that the caller can restore its state over whatever the import wrote. One the import matched to an incoming
// statement ($kept) keeps only the evidence the import wrote for it here (its remark as the new text has it);
// one it did not is orphaned in this article: its REPORTS edge says so and its old evidence stays, returned
// (`orphanSpans`) so that the caller can place it in the new text (review/place-orphaned-evidence).
// $articleId, $kept: [{id, evidence: [evidence id]}].
// Columns: id, entry (the last review, JSON), orphanSpans [{id, start, end, text}] (empty unless orphaned).
MATCH (a:Article {id: $articleId})
CALL (a) {
  MATCH (a)-[:REPORTS]->(s:Statement)
  WHERE s.reviewStatus IS NOT NULL
  RETURN s
  UNION
  MATCH (a)<-[:IN_ARTICLE]-(:Evidence)<-[:HAS_EVIDENCE]-(s:Statement)
  WHERE s.reviewStatus IS NOT NULL
  RETURN s
}
MERGE (a)-[r:REPORTS]->(s)
WITH a, s, r, [k IN $kept WHERE k.id = s.id | k.evidence] AS written
SET r.orphaned = CASE WHEN size(written) = 0 THEN true ELSE null END
WITH a, s, written
CALL (a, s, written) {
  UNWIND written AS evidenceIds
  MATCH (s)-[:HAS_EVIDENCE]->(ev:Evidence)-[:IN_ARTICLE]->(a)
  WHERE NOT ev.id IN evidenceIds
  DETACH DELETE ev
}
RETURN s.id AS id, last(s.reviewLog) AS entry,
  CASE WHEN size(written) > 0 THEN [] ELSE
    COLLECT { MATCH (s)-[:HAS_EVIDENCE]->(ev:Evidence)-[:IN_ARTICLE]->(a)
      WITH ev ORDER BY ev.id RETURN {id: ev.id, start: ev.start, end: ev.end, text: ev.text} } END AS orphanSpans
