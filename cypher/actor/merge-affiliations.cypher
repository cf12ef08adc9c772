// Relations between actors with a role (Peskov speaks for the Kremlin). `sources` lists the articles that
// state the relation (sorted), for provenance, export, and so that deleting the last of them removes it.
// $articleId, $affiliations: [{actor, role, of}]. Columns: actor, role, of.
UNWIND $affiliations AS input
MATCH (a:Actor {id: input.actor}), (b:Actor {id: input.of})
MERGE (a)-[r:AFFILIATED_WITH {role: input.role}]->(b)
SET r.sources = CASE WHEN $articleId IN coalesce(r.sources, []) THEN r.sources
  ELSE [x IN coalesce(r.sources, []) WHERE x < $articleId] + $articleId + [x IN coalesce(r.sources, []) WHERE x > $articleId] END
RETURN a.id AS actor, r.role AS role, b.id AS of
