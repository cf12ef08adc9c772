// One batch of the position-count backfill (src/graph/position-counts.ts), for stores written before the
// counts were kept: the next $limit positions after $after in id order, each recounted from its stance edges
// and its count nodes set to the result (speech acts it no longer has go to zero).
// $after (position id; '' for the first batch), $limit. Columns: ids (positions recounted, in id order),
// statements (stance statements counted).
MATCH (p:Position)
WHERE p.id > $after
WITH p ORDER BY p.id
LIMIT $limit
CALL (p) {
  OPTIONAL MATCH (s:Statement)-[:TAKES_POSITION]->(p)
  WITH DISTINCT s
  WITH s.speechAct AS speechAct, count(s) AS statements
  WHERE speechAct IS NOT NULL
  RETURN collect({speechAct: speechAct, statements: statements}) AS counted
}
CALL (p, counted) {
  OPTIONAL MATCH (old:PositionCount {position: p.id})
  WITH old WHERE old IS NOT NULL AND NOT old.speechAct IN [x IN counted | x.speechAct]
  SET old.statements = 0
}
CALL (p, counted) {
  UNWIND counted AS x
  MERGE (c:PositionCount {position: p.id, speechAct: x.speechAct})
  SET c.statements = x.statements
}
RETURN collect(p.id) AS ids, sum(reduce(n = 0, x IN counted | n + x.statements)) AS statements
