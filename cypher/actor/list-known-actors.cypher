// Every actor with its aliases, for resolving names when extracting statements from new text. Actors that
// only article $articleId declared are left out, so that re-extracting an article sees the graph as it was
// before that article's first import (re-extraction is idempotent).
// $articleId. Columns: id, name, kind, description, aliases.
MATCH (a:Actor)
WHERE NOT (EXISTS { (:Article {id: $articleId})-[:DECLARES]->(a) }
  AND NOT EXISTS { (other:Article)-[:DECLARES]->(a) WHERE other.id <> $articleId })
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_ALIAS]->(al:Alias)
  WITH al ORDER BY al.text
  RETURN collect(al.text) AS aliases
}
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.description AS description, aliases
ORDER BY a.id
