// What some statements add to the position counts (docs/model.md): per position and speech act, how many of
// them take that position (a statement with two stances on one position counts once, as a position's list
// counts it), read before a write (src/graph/position-counts.ts); statement/apply-position-tallies reads the
// same statements after it and stores the difference. The statements are locked first (in id order), so that no
// other write changes them between the two readings.
// $articleId (the statements it reports; null for none), $ids: [statement id] (those that do not exist are
// skipped), $except: [statement id] already read by the caller. Columns: ids (statements read, in id order),
// tallies: [{position, speechAct, statements}].
CALL () {
  OPTIONAL MATCH (:Article {id: $articleId})-[:REPORTS]->(s:Statement)
  RETURN s
  UNION
  UNWIND $ids AS id
  MATCH (s:Statement {id: id})
  RETURN s
}
WITH s WHERE s IS NOT NULL AND NOT s.id IN $except
WITH s ORDER BY s.id
// Removing a property no statement has takes the node's write lock and writes nothing.
REMOVE s.positionCountLock
WITH collect(s) AS looked
CALL (looked) {
  UNWIND looked AS s
  MATCH (s)-[:TAKES_POSITION]->(p:Position)
  WITH DISTINCT s, p
  WITH p.id AS position, s.speechAct AS speechAct, count(*) AS statements
  RETURN collect({position: position, speechAct: speechAct, statements: statements}) AS tallies
}
RETURN [s IN looked | s.id] AS ids, tallies
