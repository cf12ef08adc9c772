// Actors by id, with aliases and affiliations in both directions, for the per-request actor loader.
// $ids: [id]. Columns: actor {id, name, kind, description, aliases, affiliations: [{role, actorId, ofId}]}.
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
RETURN a {.id, .name, .kind, .description, aliases: aliases, affiliations: affiliations} AS actor
