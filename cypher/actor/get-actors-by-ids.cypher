// Actors by id, for the per-request actor loader: the node's own properties only, so that every list of
// actors (speakers, mentions, search hits) stays one index seek each. Aliases and affiliations have their own
// loader (actor/get-actor-details), run only when a query selects them.
// $ids: [id]. Columns: actor {id, name, kind, description}.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {.id, .name, .kind, .description} AS actor
