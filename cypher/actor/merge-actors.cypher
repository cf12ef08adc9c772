// Upserts actors by id with their aliases. Aliases are shared nodes keyed by lowercase text, so lookups by any
// name are one index seek; an alias only ever gains actors here (mergeActors moves them).
// $actors: [{id, name, kind, description, aliases: [text]}]. Columns: id.
UNWIND $actors AS input
MERGE (a:Actor {id: input.id})
SET a.name = input.name, a.nameKey = toLower(input.name), a.kind = input.kind,
    a.description = coalesce(input.description, a.description)
WITH a, input
CALL (a, input) {
  UNWIND input.aliases AS text
  MERGE (al:Alias {key: toLower(text)})
  ON CREATE SET al.text = text
  MERGE (a)-[:HAS_ALIAS]->(al)
}
RETURN a.id AS id
