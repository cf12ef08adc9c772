// Merges actor $remove into actor $keep: every relationship and alias moves to $keep, $remove's name becomes
// an alias of $keep, and $remove is deleted. Relationship types are listed explicitly (Cypher cannot create a
// relationship of a dynamic type without APOC); properties move with them.
// $keep, $remove. Columns: id (of the kept actor; no row when either is missing).
MATCH (keep:Actor {id: $keep}), (remove:Actor {id: $remove})
CALL (keep, remove) {
  OPTIONAL MATCH (remove)-[:HAS_ALIAS]->(al:Alias)
  WITH keep, al WHERE al IS NOT NULL
  MERGE (keep)-[:HAS_ALIAS]->(al)
}
CALL (keep, remove) {
  MERGE (al:Alias {key: toLower(remove.name)})
  ON CREATE SET al.text = remove.name
  MERGE (keep)-[:HAS_ALIAS]->(al)
}
CALL (keep, remove) {
  OPTIONAL MATCH (remove)-[:SAID]->(s:Statement)
  WITH keep, s WHERE s IS NOT NULL
  MERGE (keep)-[:SAID]->(s)
}
CALL (keep, remove) {
  OPTIONAL MATCH (s:Statement)-[r:MENTIONS]->(remove)
  WITH keep, s, r WHERE r IS NOT NULL
  MERGE (s)-[m:MENTIONS]->(keep)
  SET m.role = coalesce(m.role, r.role)
}
CALL (keep, remove) {
  OPTIONAL MATCH (remove)-[r:PARTICIPATED_IN]->(e:Event)
  WITH keep, e, r WHERE r IS NOT NULL
  MERGE (keep)-[p:PARTICIPATED_IN]->(e)
  SET p.role = coalesce(p.role, r.role)
}
CALL (keep, remove) {
  OPTIONAL MATCH (remove)-[r:AFFILIATED_WITH]->(other:Actor)
  WITH keep, other, r WHERE r IS NOT NULL AND other <> keep
  MERGE (keep)-[a:AFFILIATED_WITH {role: r.role}]->(other)
  SET a.sources = coalesce(a.sources, []) + [x IN r.sources WHERE NOT x IN coalesce(a.sources, [])]
}
CALL (keep, remove) {
  OPTIONAL MATCH (other:Actor)-[r:AFFILIATED_WITH]->(remove)
  WITH keep, other, r WHERE r IS NOT NULL AND other <> keep
  MERGE (other)-[a:AFFILIATED_WITH {role: r.role}]->(keep)
  SET a.sources = coalesce(a.sources, []) + [x IN r.sources WHERE NOT x IN coalesce(a.sources, [])]
}
CALL (keep, remove) {
  OPTIONAL MATCH (art:Article)-[:DECLARES]->(remove)
  WITH keep, art WHERE art IS NOT NULL
  MERGE (art)-[:DECLARES]->(keep)
}
DETACH DELETE remove
RETURN keep.id AS id
