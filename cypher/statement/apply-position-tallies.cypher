// The second reading of a write's statements for the position counts (docs/model.md), and the update, in one
// round trip: what the statements add to the counts now, minus what they added before the write ($before, from
// statement/get-position-tallies), added to the stored counts, one update per position and speech act whose
// count changed (in one order, so that concurrent writes lock the counts alike). The read and the write of a
// count are one expression, under the node's write lock, so concurrent writes lose no update.
// $ids: [statement id] (those that no longer exist add nothing), $before: [{position, speechAct, statements}].
// Columns: updated.
CALL () {
  UNWIND $ids AS id
  MATCH (s:Statement {id: id})-[:TAKES_POSITION]->(p:Position)
  WITH DISTINCT s, p
  RETURN p.id AS position, s.speechAct AS speechAct, count(*) AS statements
  UNION ALL
  UNWIND $before AS b
  RETURN b.position AS position, b.speechAct AS speechAct, -b.statements AS statements
}
WITH position, speechAct, sum(statements) AS delta
WHERE delta <> 0
WITH position, speechAct, delta ORDER BY position, speechAct
MERGE (c:PositionCount {position: position, speechAct: speechAct})
SET c.statements = coalesce(c.statements, 0) + delta
WITH c, position
// A position deleted with its article (article/delete-article-cascade) takes its counts along: were it
// declared again, its count starts from what then takes it.
CALL (c, position) {
  WITH c WHERE NOT EXISTS { (:Position {id: position}) }
  DELETE c
}
RETURN count(*) AS updated
