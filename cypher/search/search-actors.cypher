// Full-text search over who is meant: actor names and alias texts (index actor_names). An alias hit counts for
// every actor that has the alias; each actor keeps its best-scoring text, so "Peskov" and "Dmitry Peskov" make
// one hit. $candidates raw hits are read (more than $first, because several texts can name one actor).
// $query: an escaped Lucene query, $candidates, $first. Columns: id, matched (the name or alias that matched),
// score (raw Lucene score, best first).
CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: $candidates}) YIELD node, score
CALL (node) {
  MATCH (node:Actor)
  RETURN node AS actor, node.name AS matched
  UNION
  MATCH (actor:Actor)-[:HAS_ALIAS]->(node:Alias)
  RETURN actor, node.text AS matched
}
WITH actor, matched, score ORDER BY score DESC, matched
WITH actor, collect({matched: matched, score: score})[0] AS best
RETURN actor.id AS id, best.matched AS matched, best.score AS score
ORDER BY score DESC, id
LIMIT $first
