// Merges actor $remove into actor $keep: every relationship and alias moves to $keep, $remove's name becomes
// an alias of $keep, and $remove is deleted. Relationship types are listed explicitly (Cypher cannot create a
// relationship of a dynamic type without APOC); properties move with them, and where both actors had the edge
// its article lists are joined (an edge no article wrote, with no list, stays so).
// $keep, $remove. Columns: id (of the kept actor; no row when either is missing).
MATCH (keep:Actor {id: $keep}), (remove:Actor {id: $remove})
CALL (keep, remove) {
  OPTIONAL MATCH (remove)-[r:HAS_ALIAS]->(al:Alias)
  WITH keep, al, r WHERE al IS NOT NULL
  MERGE (keep)-[h:HAS_ALIAS]->(al)
  ON CREATE SET h.articles = r.articles
  ON MATCH SET h.articles = CASE WHEN h.articles IS NULL OR r.articles IS NULL THEN null
    ELSE reduce(acc = h.articles, x IN r.articles |
      CASE WHEN x IN acc THEN acc ELSE [y IN acc WHERE y < x] + x + [y IN acc WHERE y > x] END) END
}
CALL (keep, remove) {
  MERGE (al:Alias {key: toLower(remove.name)})
  ON CREATE SET al.text = remove.name
  MERGE (keep)-[h:HAS_ALIAS]->(al)
  // Given by this merge, not by an article: no list, so no article deletion takes it back.
  SET h.articles = null
}
CALL (keep, remove) {
  OPTIONAL MATCH (remove)-[r:SAID]->(s:Statement)
  WITH keep, s, r WHERE s IS NOT NULL
  MERGE (keep)-[m:SAID]->(s)
  ON CREATE SET m.articles = r.articles
  ON MATCH SET m.articles = CASE WHEN m.articles IS NULL OR r.articles IS NULL THEN null
    ELSE reduce(acc = m.articles, x IN r.articles |
      CASE WHEN x IN acc THEN acc ELSE [y IN acc WHERE y < x] + x + [y IN acc WHERE y > x] END) END
}
CALL (keep, remove) {
  OPTIONAL MATCH (s:Statement)-[r:MENTIONS]->(remove)
  WITH keep, s, r WHERE r IS NOT NULL
  MERGE (s)-[m:MENTIONS]->(keep)
  ON CREATE SET m.articles = r.articles
  ON MATCH SET m.articles = CASE WHEN m.articles IS NULL OR r.articles IS NULL THEN null
    ELSE reduce(acc = m.articles, x IN r.articles |
      CASE WHEN x IN acc THEN acc ELSE [y IN acc WHERE y < x] + x + [y IN acc WHERE y > x] END) END
  SET m.role = coalesce(m.role, r.role)
}
CALL (keep, remove) {
  OPTIONAL MATCH (remove)-[r:PARTICIPATED_IN]->(e:Event)
  WITH keep, e, r WHERE r IS NOT NULL
  MERGE (keep)-[p:PARTICIPATED_IN]->(e)
  ON CREATE SET p.articles = r.articles
  ON MATCH SET p.articles = CASE WHEN p.articles IS NULL OR r.articles IS NULL THEN null
    ELSE reduce(acc = p.articles, x IN r.articles |
      CASE WHEN x IN acc THEN acc ELSE [y IN acc WHERE y < x] + x + [y IN acc WHERE y > x] END) END
  SET p.role = coalesce(p.role, r.role)
}
CALL (keep, remove) {
  OPTIONAL MATCH (remove)-[r:AFFILIATED_WITH]->(other:Actor)
  WITH keep, other, r WHERE r IS NOT NULL AND other <> keep
  MERGE (keep)-[a:AFFILIATED_WITH {role: r.role}]->(other)
  SET a.sources = reduce(acc = coalesce(a.sources, []), x IN r.sources |
      CASE WHEN x IN acc THEN acc ELSE [y IN acc WHERE y < x] + x + [y IN acc WHERE y > x] END)
}
CALL (keep, remove) {
  OPTIONAL MATCH (other:Actor)-[r:AFFILIATED_WITH]->(remove)
  WITH keep, other, r WHERE r IS NOT NULL AND other <> keep
  MERGE (other)-[a:AFFILIATED_WITH {role: r.role}]->(keep)
  SET a.sources = reduce(acc = coalesce(a.sources, []), x IN r.sources |
      CASE WHEN x IN acc THEN acc ELSE [y IN acc WHERE y < x] + x + [y IN acc WHERE y > x] END)
}
CALL (keep, remove) {
  OPTIONAL MATCH (art:Article)-[:DECLARES]->(remove)
  WITH keep, art WHERE art IS NOT NULL
  MERGE (art)-[:DECLARES]->(keep)
}
DETACH DELETE remove
RETURN keep.id AS id
