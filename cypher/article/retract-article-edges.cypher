// Takes back what an article added to things it shares with other articles: it leaves the `articles` list of
// every edge it asserted on its statements, declared actors and declared events (and the `sources` of its
// affiliations), and an edge nobody else asserts goes, with any alias left without an actor. Runs first in
// both deletions of an article (a changed re-import, a delete), in the same transaction, so that the graph
// reads as if the article had never been imported. Edges without a list were written by no article and stay.
// Entities it declared and others declare too get their properties back from the others' declarations.
// $id: article id. Columns: retracted (edges the article no longer asserts), unspoken (ids of statements that
// lost their speaker edge: the stance copies on their stance edges are the caller's to bring up to date).
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
WITH a, fromStatements + speakers + aliases + participations + sequence AS edges, affiliations, aliasNodes,
  [r IN speakers WHERE r.articles = [$id] | endNode(r).id] AS unspoken
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
// Entities whose properties this article wrote last get back what the remaining articles say, folded in the
// order they said it, as their imports set them: names and kinds from the last, optional fields from the
// last that gives one.
CALL (a) {
  MATCH (a)-[mine:DECLARES]->(x)
  WHERE NOT EXISTS { (:Article)-[later:DECLARES]->(x) WHERE later.seq > mine.seq }
  MATCH (other:Article)-[d:DECLARES]->(x)
  WHERE other <> a
  WITH x, d ORDER BY d.seq, other.id
  WITH x, collect(d) AS said
  WITH x, said, last(said) AS latest
  CALL (x, said, latest) {
    WITH x WHERE x:Actor
    SET x.name = latest.name, x.nameKey = toLower(latest.name), x.kind = latest.kind,
        x.description = reduce(v = null, d IN said | coalesce(d.description, v))
  }
  CALL (x, said, latest) {
    WITH x WHERE x:Outlet
    SET x.name = latest.name, x.nameKey = toLower(latest.name), x.kind = latest.kind,
        x.country = reduce(v = null, d IN said | coalesce(d.country, v)),
        x.aliases = latest.aliases, x.aliasKeys = [k IN latest.aliases | toLower(k)]
  }
  CALL (x, said, latest) {
    WITH x WHERE x:Position
    SET x.name = latest.name, x.nameKey = toLower(latest.name),
        x.description = reduce(v = null, d IN said | coalesce(d.description, v))
  }
  CALL (x, said, latest) {
    WITH x WHERE x:Event
    WITH x, said, latest, reduce(v = null, d IN said | coalesce(d.date, v)) AS day
    SET x.name = latest.name, x.description = reduce(v = null, d IN said | coalesce(d.description, v)),
        x.date = CASE WHEN day IS NULL THEN null ELSE date(day) END,
        x.datePrecision = reduce(v = null, d IN said | coalesce(d.datePrecision, v)),
        x.dateContext = reduce(v = null, d IN said | coalesce(d.dateContext, v))
  }
}
RETURN size(edges) + size(affiliations) AS retracted, unspoken
