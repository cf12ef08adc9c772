// After an article is (re-)imported: the reviewed statements it reports or holds evidence for (a changed
// re-import keeps their evidence and the statements themselves, see article/delete-article-annotation) stay
// reported by it, whether or not the new annotation still has them, and come back with their last review so
// that the caller can restore its state over whatever the import wrote.
// $articleId. Columns: id, entry (the last review, JSON).
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
MERGE (a)-[:REPORTS]->(s)
RETURN s.id AS id, last(s.reviewLog) AS entry
