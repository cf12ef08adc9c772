// Deletes a corpus's nodes by id (tests import a tiny corpus with a unique suffix and remove it afterwards);
// statements and evidence go with their articles, aliases with their actors.
// $articles, $actors, $outlets, $positions, $events: [id]. Columns: deleted.
CALL () {
  UNWIND $articles AS id
  MATCH (a:Article {id: id})
  OPTIONAL MATCH (a)-[:REPORTS]->(s:Statement)
  OPTIONAL MATCH (s)-[:HAS_EVIDENCE]->(ev:Evidence)
  DETACH DELETE ev, s
  WITH DISTINCT a
  DETACH DELETE a
  RETURN count(*) AS articles
}
CALL () {
  UNWIND $actors AS id
  MATCH (a:Actor {id: id})
  OPTIONAL MATCH (a)-[:HAS_ALIAS]->(al:Alias)
  DETACH DELETE al
  WITH DISTINCT a
  DETACH DELETE a
  RETURN count(*) AS actors
}
CALL () {
  UNWIND $outlets AS id
  MATCH (o:Outlet {id: id})
  DETACH DELETE o
  RETURN count(*) AS outlets
}
// A corpus's statements take its own positions only: their counts go with them.
CALL () {
  UNWIND $positions AS id
  MATCH (p:Position {id: id})
  CALL (id) {
    MATCH (c:PositionCount {position: id})
    DELETE c
  }
  DETACH DELETE p
  RETURN count(*) AS positions
}
CALL () {
  UNWIND $events AS id
  MATCH (e:Event {id: id})
  DETACH DELETE e
  RETURN count(*) AS events
}
RETURN articles + actors + outlets + positions + events AS deleted
