// Before re-importing a changed annotation, remove what this article asserted, so that statements or spans
// dropped from the file do not linger. Statements still reported by another article survive, minus this
// article's evidence and citations. Shared entities (actors, outlets, positions, events) stay. Reviewed
// statements and their evidence stay too: a person's review outranks a re-extraction
// (review/keep-reviewed-statements restores them after the import).
// $id: article id. Columns: removedStatements.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)<-[:IN_ARTICLE]-(ev:Evidence)
WHERE NOT EXISTS { MATCH (r:Statement)-[:HAS_EVIDENCE]->(ev) WHERE r.reviewStatus IS NOT NULL }
DETACH DELETE ev
WITH DISTINCT a
OPTIONAL MATCH (a)-[rep:REPORTS]->(s:Statement)
DELETE rep
WITH a, collect(DISTINCT s) AS statements
CALL (a, statements) {
  UNWIND statements AS s
  OPTIONAL MATCH (s)-[c:CITED_VIA {article: a.id}]->(:Outlet)
  DELETE c
}
CALL (statements) {
  UNWIND statements AS s
  WITH s WHERE NOT EXISTS { (:Article)-[:REPORTS]->(s) } AND s.reviewStatus IS NULL
  DETACH DELETE s
  RETURN count(*) AS removed
}
OPTIONAL MATCH (a)-[d:DECLARES|CITES|PUBLISHED_BY]->()
DELETE d
RETURN removed AS removedStatements
