// How much of an outlet's attributed content (statements with a speaker, reported by articles it published)
// it took from other outlets: per cited outlet, the statements its articles cite it for.
// $ids. Columns: outletId, statementCount (attributed statements it reported), ownCount (of these, reported
// by none of its articles with a cited source), sources: [{outletId, statementCount}] (most first).
UNWIND $ids AS outletId
OPTIONAL MATCH (o:Outlet {id: outletId})<-[:PUBLISHED_BY]-(art:Article)-[:REPORTS]->(s:Statement)<-[:SAID]-(:Actor)
WHERE coalesce(s.reviewStatus, '') <> 'rejected'
WITH outletId, s, collect(DISTINCT art.id) AS articleIds
CALL (s, articleIds) {
  OPTIONAL MATCH (s)-[c:CITED_VIA]->(cited:Outlet)
  WHERE c.article IN articleIds
  RETURN collect(DISTINCT cited.id) AS cited
}
WITH outletId, count(s) AS statementCount,
  sum(CASE WHEN s IS NOT NULL AND size(cited) = 0 THEN 1 ELSE 0 END) AS ownCount,
  [x IN collect(cited) | x] AS citedLists
CALL (citedLists) {
  UNWIND citedLists AS cited
  UNWIND cited AS sourceId
  WITH sourceId, count(*) AS n ORDER BY n DESC, sourceId
  RETURN collect({outletId: sourceId, statementCount: n}) AS sources
}
RETURN outletId, statementCount, ownCount, sources
