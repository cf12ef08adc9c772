// Before an article is (re-)imported: the reviewed statements anchored in it (reported by it, or holding
// evidence in it, which a changed re-import keeps) with their evidence spans in it, so that the import can tell
// which incoming statement holds which reviewed remark (src/graph/reviewed-remarks.ts).
// $articleId. Columns: id, spans [{start, end, text}].
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
RETURN s.id AS id,
  COLLECT { MATCH (s)-[:HAS_EVIDENCE]->(ev:Evidence)-[:IN_ARTICLE]->(a)
    WITH ev ORDER BY ev.id RETURN {start: ev.start, end: ev.end, text: ev.text} } AS spans
ORDER BY id
