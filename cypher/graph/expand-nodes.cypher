// One level of a neighborhood's breadth-first expansion, for the whole frontier at once, so a graph of depth d
// costs d of these queries however many nodes it holds. Each frontier node yields at most $limit neighbors that
// are not yet in the graph, newest first: neighbors with a date (a statement's statedOn, an article's
// publishedOn, an event's date) from the latest, then the undated ones (actors, outlets, positions, undated
// statements…); ties by label and id. Only the visible relationship types in $types are followed, so Evidence
// and Alias nodes are never reached.
// A hub's statements (an actor's, a position's, an outlet's) and an outlet's articles are not all read: when a
// node has so many of them that walking the date index from the latest end and keeping the node's own is
// cheaper (about $limit x all statements / the node's statements, against all of the node's), that index is
// walked, and the node's statements are read whole only when the walk finds fewer than $limit dated ones (the
// undated come after every dated one). Relationship groups that lead elsewhere (a statement's speaker and
// outlets, an actor's affiliations and events) are small and always read whole. Both ways are planned; the one
// not taken seeks a null bound or unwinds an empty list and reads nothing.
// $frontier: [{type, id}], $visited: ['Type:id'] already in the graph, $types: [relationship type], $limit,
// $walkFactor: how much dearer a walked index entry is than a read relationship (a hub walks when
// degree² > $walkFactor x $limit x all nodes of the label).
// Columns: type, id (one row per frontier node that exists), neighbors: [{type, id}].
UNWIND $frontier AS k
CALL (k) {
  MATCH (n:Actor {id: k.id}) WHERE k.type = 'Actor' RETURN n
  UNION ALL
  MATCH (n:Statement {id: k.id}) WHERE k.type = 'Statement' RETURN n
  UNION ALL
  MATCH (n:Position {id: k.id}) WHERE k.type = 'Position' RETURN n
  UNION ALL
  MATCH (n:Outlet {id: k.id}) WHERE k.type = 'Outlet' RETURN n
  UNION ALL
  MATCH (n:Article {id: k.id}) WHERE k.type = 'Article' RETURN n
  UNION ALL
  MATCH (n:Event {id: k.id}) WHERE k.type = 'Event' RETURN n
}
// How many statements and articles the node reaches over $types, counted per relationship type and direction
// from its relationship groups (constant time on a dense node): every relationship into or out of a node runs
// to a statement, to an article, or elsewhere, by its type and direction alone.
WITH k, n,
  CASE WHEN 'SAID' IN $types THEN COUNT { (n)-[:SAID]->() } ELSE 0 END +
    CASE WHEN 'TAKES_POSITION' IN $types THEN COUNT { (n)<-[:TAKES_POSITION]-() } ELSE 0 END +
    CASE WHEN 'SAID_TO' IN $types THEN COUNT { (n)<-[:SAID_TO]-() } ELSE 0 END +
    CASE WHEN 'CITED_VIA' IN $types THEN COUNT { (n)<-[:CITED_VIA]-() } ELSE 0 END +
    CASE WHEN 'MENTIONS' IN $types THEN COUNT { (n)<-[:MENTIONS]-() } ELSE 0 END +
    CASE WHEN 'CONCERNS' IN $types THEN COUNT { (n)<-[:CONCERNS]-() } ELSE 0 END +
    CASE WHEN 'REPORTS' IN $types THEN COUNT { (n)-[:REPORTS]->() } ELSE 0 END AS statementDegree,
  CASE WHEN 'PUBLISHED_BY' IN $types THEN COUNT { (n)<-[:PUBLISHED_BY]-() } ELSE 0 END +
    CASE WHEN 'CITES' IN $types THEN COUNT { (n)<-[:CITES]-() } ELSE 0 END +
    CASE WHEN 'REPORTS' IN $types THEN COUNT { (n)<-[:REPORTS]-() } ELSE 0 END AS articleDegree
CALL () {
  MATCH (s:Statement)
  RETURN count(s) AS statementCount
}
CALL () {
  MATCH (a:Article)
  RETURN count(a) AS articleCount
}
WITH k, n,
  statementDegree * statementDegree > $walkFactor * $limit * statementCount AS walkStatements,
  articleDegree * articleDegree > $walkFactor * $limit * articleCount AS walkArticles
CALL (n, walkStatements) {
  MATCH (s:Statement) USING INDEX s:Statement(statedOn)
  WHERE s.statedOn <= CASE WHEN walkStatements THEN date('9999-12-31') END
    AND EXISTS { (s)-[r]-(n) WHERE type(r) IN $types }
    AND NOT ('Statement:' + s.id) IN $visited
  WITH s ORDER BY s.statedOn DESC, s.id
  LIMIT $limit
  RETURN collect({type: 'Statement', id: s.id, date: s.statedOn}) AS walkedStatements
}
CALL (n, walkArticles) {
  MATCH (a:Article) USING INDEX a:Article(publishedOn)
  WHERE a.publishedOn <= CASE WHEN walkArticles THEN date('9999-12-31') END
    AND EXISTS { (a)-[r]-(n) WHERE type(r) IN $types }
    AND NOT ('Article:' + a.id) IN $visited
  WITH a ORDER BY a.publishedOn DESC, a.id
  LIMIT $limit
  RETURN collect({type: 'Article', id: a.id, date: a.publishedOn}) AS walkedArticles
}
CALL (n, walkStatements, walkArticles, walkedStatements, walkedArticles) {
  CALL (n, walkStatements, walkArticles, walkedStatements, walkedArticles) {
    // Relationships that lead elsewhere than to a statement or an article: always read.
    CALL (n) {
      MATCH (n)<-[r:SAID]-(m) RETURN r, m
      UNION ALL
      MATCH (n)-[r:TAKES_POSITION|SAID_TO|CITED_VIA|MENTIONS|CONCERNS|PUBLISHED_BY|CITES]->(m) RETURN r, m
      UNION ALL
      MATCH (n)-[r:AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-(m) RETURN r, m
    }
    WITH r, m WHERE type(r) IN $types
    RETURN m
    UNION ALL
    // Relationships to statements: read whole unless the walk found enough of them. Only the first $limit
    // statements in the final order (newest first, then by id, undated last) can be kept, so they are chosen
    // here, on the statement's date and id alone, before anything else is read of them.
    UNWIND CASE WHEN NOT walkStatements OR size(walkedStatements) < $limit THEN [n] ELSE [] END AS x
    CALL (x) {
      MATCH (x)-[r:SAID|REPORTS]->(m) RETURN r, m
      UNION ALL
      MATCH (x)<-[r:TAKES_POSITION|SAID_TO|CITED_VIA|MENTIONS|CONCERNS]-(m) RETURN r, m
    }
    WITH r, m WHERE type(r) IN $types
    WITH DISTINCT m WHERE NOT ('Statement:' + m.id) IN $visited
    WITH m ORDER BY m.statedOn IS NULL, m.statedOn DESC, m.id
    LIMIT $limit
    RETURN m
    UNION ALL
    // Relationships to articles, likewise.
    UNWIND CASE WHEN NOT walkArticles OR size(walkedArticles) < $limit THEN [n] ELSE [] END AS x
    MATCH (x)<-[r:PUBLISHED_BY|CITES|REPORTS]-(m)
    WHERE type(r) IN $types
    WITH DISTINCT m WHERE NOT ('Article:' + m.id) IN $visited
    WITH m ORDER BY m.publishedOn IS NULL, m.publishedOn DESC, m.id
    LIMIT $limit
    RETURN m
  }
  WITH m, [l IN labels(m) WHERE l IN ['Actor', 'Statement', 'Position', 'Outlet', 'Article', 'Event']][0] AS label
  WITH label, m.id AS id,
    CASE label WHEN 'Statement' THEN m.statedOn WHEN 'Article' THEN m.publishedOn WHEN 'Event' THEN m.date END
      AS date
  WHERE label IS NOT NULL AND NOT (label + ':' + id) IN $visited
  // An aggregation with no grouping key: one row even for a node with no neighbors.
  RETURN collect(DISTINCT {type: label, id: id, date: date}) AS read
}
CALL (walkedStatements, walkedArticles, read) {
  UNWIND walkedStatements + walkedArticles + read AS c
  WITH DISTINCT c
  ORDER BY c.date IS NULL, c.date DESC, c.type, c.id
  LIMIT $limit
  RETURN collect({type: c.type, id: c.id}) AS neighbors
}
RETURN k.type AS type, n.id AS id, neighbors
