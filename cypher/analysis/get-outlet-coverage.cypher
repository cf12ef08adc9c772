// Which outlets carry which actors' statements: a statement is carried by the outlet it was originally said to
// (SAID_TO) and by the outlets articles cite for it (CITED_VIA), the same outlets Statement.corroboration counts.
// The branches anchor on whichever filter is given, so a filtered call seeks its ids instead of scanning every
// statement; exactly one branch yields rows.
// $actorIds (null: every speaker), $outletIds (null: every outlet).
// Columns: outletId, actorId, statementCount (distinct statements), originalMediumCount, citedViaCount; most
// statements first.
CALL () {
  UNWIND coalesce($actorIds, []) AS actorId
  MATCH (actor:Actor {id: actorId})-[:SAID]->(s:Statement)-[r:SAID_TO|CITED_VIA]->(o:Outlet)
  WHERE $outletIds IS NULL OR o.id IN $outletIds
  RETURN actor, s, r, o
  UNION ALL
  UNWIND CASE WHEN $actorIds IS NULL THEN coalesce($outletIds, []) ELSE [] END AS outletId
  MATCH (actor:Actor)-[:SAID]->(s:Statement)-[r:SAID_TO|CITED_VIA]->(o:Outlet {id: outletId})
  RETURN actor, s, r, o
  UNION ALL
  UNWIND CASE WHEN $actorIds IS NULL AND $outletIds IS NULL THEN [true] ELSE [] END AS everything
  MATCH (actor:Actor)-[:SAID]->(s:Statement)-[r:SAID_TO|CITED_VIA]->(o:Outlet)
  WHERE everything
  RETURN actor, s, r, o
}
WITH o, actor, s, r WHERE coalesce(s.reviewStatus, '') <> 'rejected'
WITH o, actor, s, collect(type(r)) AS via
WITH o, actor,
  count(s) AS statementCount,
  sum(CASE WHEN 'SAID_TO' IN via THEN 1 ELSE 0 END) AS originalMediumCount,
  sum(CASE WHEN 'CITED_VIA' IN via THEN 1 ELSE 0 END) AS citedViaCount
RETURN o.id AS outletId, actor.id AS actorId, statementCount, originalMediumCount, citedViaCount
ORDER BY statementCount DESC, outletId, actorId
