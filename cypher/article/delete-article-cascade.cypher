// Deletes an article with everything only it declared or reported: statements, evidence, and the actors,
// outlets, positions and events no other article declares. Used to remove an article for good.
// $id: article id. Columns: deleted (number of nodes removed).
MATCH (a:Article {id: $id})
// Citations recorded for this article on statements that other articles also report go with it.
CALL (a) {
  OPTIONAL MATCH (:Statement)-[c:CITED_VIA {article: a.id}]->(:Outlet)
  DELETE c
}
OPTIONAL MATCH (a)-[:REPORTS]->(s:Statement)
WHERE NOT EXISTS { (other:Article)-[:REPORTS]->(s) WHERE other <> a }
OPTIONAL MATCH (a)-[:DECLARES]->(x)
WHERE NOT EXISTS { (other:Article)-[:DECLARES]->(x) WHERE other <> a }
OPTIONAL MATCH (x)-[:HAS_ALIAS]->(al:Alias)
WHERE NOT EXISTS { (other:Actor)-[:HAS_ALIAS]->(al) WHERE other <> x }
OPTIONAL MATCH (a)<-[:IN_ARTICLE]-(ev:Evidence)
WITH a, collect(DISTINCT s) + collect(DISTINCT x) + collect(DISTINCT al) + collect(DISTINCT ev) AS owned
CALL (owned) {
  UNWIND owned AS n
  DETACH DELETE n
}
DETACH DELETE a
RETURN size(owned) + 1 AS deleted
