// Upserts actors by id with their aliases. Aliases are shared nodes keyed by lowercase text, so lookups by any
// name are one index seek; an alias only ever gains actors here (mergeActors moves them). Each HAS_ALIAS edge
// lists the articles that gave the alias (`articles`, sorted), so deleting an article takes back exactly
// its aliases; an alias given by hand (upsertActor, $articleId null) has no list and no article removes it.
// $articleId (null outside an article import), $actors: [{id, name, kind, description, aliases: [text]}].
// Columns: id.
UNWIND $actors AS input
MERGE (a:Actor {id: input.id})
SET a.name = input.name, a.nameKey = toLower(input.name), a.kind = input.kind,
    a.description = coalesce(input.description, a.description)
WITH a, input
CALL (a, input) {
  UNWIND input.aliases AS text
  MERGE (al:Alias {key: toLower(text)})
  ON CREATE SET al.text = text
  MERGE (a)-[h:HAS_ALIAS]->(al)
  ON CREATE SET h.articles = CASE WHEN $articleId IS NULL THEN null ELSE [$articleId] END
  ON MATCH SET h.articles = CASE
    WHEN $articleId IS NULL OR h.articles IS NULL THEN null
    WHEN $articleId IN h.articles THEN h.articles
    ELSE [x IN h.articles WHERE x < $articleId] + $articleId + [x IN h.articles WHERE x > $articleId]
  END
}
RETURN a.id AS id
