// Aliases and affiliations (in both directions) of actors by id, for the per-request actor details loader.
// $ids: [id]. Columns: id, aliases, affiliations: [{role, actorId, ofId}].
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_ALIAS]->(al:Alias)
  WITH al ORDER BY al.text
  RETURN collect(al.text) AS aliases
}
CALL (a) {
  OPTIONAL MATCH (a)-[r:AFFILIATED_WITH]-(other:Actor)
  WITH r, startNode(r) AS subject, endNode(r) AS object ORDER BY r.role, object.id
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {role: r.role, actorId: subject.id, ofId: object.id} END)
    AS affiliations
}
RETURN a.id AS id, aliases, affiliations
