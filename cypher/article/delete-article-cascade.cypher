// Deletes an article with everything only it declared or reported: statements, evidence, and the actors,
// outlets, positions and events no other article declares (article/retract-article-edges runs first and takes
// back what it added to shared things), and the position counts of the positions deleted. Each part is
// collected in its own subquery, so the work grows with the article's size, not with the product of its
// statements, entities and spans.
// $id: article id. Columns: deleted (number of nodes removed), unspoken (ids of other articles' statements that an
// actor deleted here said: their stance copies name a speaker that is gone).
MATCH (a:Article {id: $id})
// Citations recorded for this article on statements that other articles also report go with it.
CALL (a) {
  OPTIONAL MATCH (a)-[:REPORTS]->(:Statement)-[c:CITED_VIA {article: a.id}]->(:Outlet)
  DELETE c
}
CALL (a) {
  OPTIONAL MATCH (a)-[:REPORTS]->(s:Statement)
  WHERE NOT EXISTS { (other:Article)-[:REPORTS]->(s) WHERE other <> a }
  RETURN collect(s) AS statements
}
CALL (a) {
  OPTIONAL MATCH (a)-[:DECLARES]->(x)
  WHERE NOT EXISTS { (other:Article)-[:DECLARES]->(x) WHERE other <> a }
  RETURN collect(x) AS entities
}
CALL (entities) {
  UNWIND entities AS x
  OPTIONAL MATCH (x)-[:HAS_ALIAS]->(al:Alias)
  WHERE NOT EXISTS { (other:Actor)-[:HAS_ALIAS]->(al) WHERE other <> x }
  RETURN collect(DISTINCT al) AS aliases
}
CALL (a) {
  OPTIONAL MATCH (a)<-[:IN_ARTICLE]-(ev:Evidence)
  RETURN collect(ev) AS evidence
}
// The position counts of the positions deleted here go with them: a stance edge a review gave another article's
// statement dies with its position, and that statement's count would be left behind (docs/model.md).
CALL (entities) {
  UNWIND [x IN entities WHERE x:Position | x.id] AS position
  MATCH (c:PositionCount {position: position})
  DELETE c
}
// A review can make an actor only this article declares the speaker of another article's statement (a SAID edge
// no article lists); that statement stays, and its stance copies are refreshed after the delete.
CALL (entities, statements) {
  UNWIND [x IN entities WHERE x:Actor] AS actor
  MATCH (actor)-[:SAID]->(s:Statement)
  WHERE NOT s IN statements
  RETURN collect(DISTINCT s.id) AS unspoken
}
WITH a, statements + entities + aliases + evidence AS owned, unspoken
CALL (owned) {
  UNWIND owned AS n
  DETACH DELETE n
}
DETACH DELETE a
RETURN size(owned) + 1 AS deleted, unspoken
