// Every outlet, for resolving outlet names when extracting statements from new text; outlets that only
// article $articleId declared are left out (see actor/list-known-actors).
// $articleId. Columns: id, name, kind, country, aliases.
MATCH (o:Outlet)
WHERE NOT (EXISTS { (:Article {id: $articleId})-[:DECLARES]->(o) }
  AND NOT EXISTS { (other:Article)-[:DECLARES]->(o) WHERE other.id <> $articleId })
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.country AS country, coalesce(o.aliases, []) AS aliases
ORDER BY o.id
