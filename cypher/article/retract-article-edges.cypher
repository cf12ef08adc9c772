// Takes back what an article added to things it shares with other articles: it leaves the `articles` list of
// every edge it asserted on its statements, declared actors and declared events (and the `sources` of its
// affiliations), and an edge nobody else asserts goes, with any alias left without an actor. Runs first in
// both deletions of an article (a changed re-import, a delete), in the same transaction, so that the graph
// reads as if the article had never been imported. Edges without a list were written by no article and stay.
// $id: article id. Columns: retracted (edges the article no longer asserts).
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[:REPORTS]->(:Statement)-[r:SAID_TO|TAKES_POSITION|MENTIONS|CONCERNS]->()
  WHERE $id IN r.articles
  RETURN collect(DISTINCT r) AS fromStatements
}
CALL (a) {
  OPTIONAL MATCH (a)-[:REPORTS]->(:Statement)<-[r:SAID]-(:Actor)
  WHERE $id IN r.articles
  RETURN collect(DISTINCT r) AS speakers
}
CALL (a) {
  OPTIONAL MATCH (a)-[:DECLARES]->(:Actor)-[r:HAS_ALIAS]->(:Alias)
  WHERE $id IN r.articles
  RETURN collect(DISTINCT r) AS aliases, collect(DISTINCT endNode(r)) AS aliasNodes
}
CALL (a) {
  OPTIONAL MATCH (a)-[:DECLARES]->(:Event)<-[r:PARTICIPATED_IN]-(:Actor)
  WHERE $id IN r.articles
  RETURN collect(DISTINCT r) AS participations
}
CALL (a) {
  OPTIONAL MATCH (a)-[:DECLARES]->(:Event)-[r:FOLLOWS]->(:Event)
  WHERE $id IN r.articles
  RETURN collect(DISTINCT r) AS sequence
}
CALL (a) {
  OPTIONAL MATCH (a)-[:DECLARES]->(:Actor)-[r:AFFILIATED_WITH]-(:Actor)
  WHERE $id IN r.sources
  RETURN collect(DISTINCT r) AS affiliations
}
WITH fromStatements + speakers + aliases + participations + sequence AS edges, affiliations, aliasNodes
// Shared edges lose the article first; then the edges that only it asserted go.
CALL (edges) {
  UNWIND edges AS r
  WITH r WHERE size(r.articles) > 1
  SET r.articles = [x IN r.articles WHERE x <> $id]
}
CALL (affiliations) {
  UNWIND affiliations AS r
  WITH r WHERE size(r.sources) > 1
  SET r.sources = [x IN r.sources WHERE x <> $id]
}
CALL (edges, affiliations) {
  UNWIND edges + affiliations AS r
  WITH r WHERE coalesce(r.articles, r.sources) = [$id]
  DELETE r
}
CALL (aliasNodes) {
  UNWIND aliasNodes AS al
  WITH al WHERE NOT EXISTS { (:Actor)-[:HAS_ALIAS]->(al) }
  DELETE al
}
RETURN size(edges) + size(affiliations) AS retracted
