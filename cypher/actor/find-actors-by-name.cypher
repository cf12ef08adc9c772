// Actors whose canonical name or any alias equals $key (lowercase): two index seeks, no scan.
// $key. Columns: id.
CALL {
  MATCH (a:Actor {nameKey: $key})
  RETURN a
  UNION
  MATCH (:Alias {key: $key})<-[:HAS_ALIAS]-(a:Actor)
  RETURN a
}
RETURN a.id AS id
ORDER BY a.id
