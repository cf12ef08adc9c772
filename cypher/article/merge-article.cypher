// Upserts the article, its publisher and image credits, and records which entities its annotation declares.
// $article: {id, title, url, publisher, publishedOn, publishedOnPrecision, publishedOnContext, context, text,
// imageCredits}, $digest, $declared: {actors: [{id, name, kind, description}], outlets: [{id, name, kind,
// country, aliases}], positions: [{id, name, description}]} (events are declared by event/merge-events, which
// creates them after the article). Each DECLARES edge keeps what this article says of the entity and when it
// said it (`seq`), so that deleting the article can put back what the remaining articles say
// (article/retract-article-edges). Columns: id.
MERGE (a:Article {id: $article.id})
SET a.title = $article.title, a.url = $article.url, a.text = $article.text, a.length = size($article.text),
    a.publishedOn = CASE WHEN $article.publishedOn IS NULL THEN null ELSE date($article.publishedOn) END,
    a.publishedOnPrecision = $article.publishedOnPrecision, a.publishedOnContext = $article.publishedOnContext,
    a.contextFields = $article.context, a.digest = $digest
WITH a
CALL (a) {
  MATCH (o:Outlet {id: $article.publisher})
  MERGE (a)-[:PUBLISHED_BY]->(o)
}
CALL (a) {
  UNWIND $article.imageCredits AS outletId
  MATCH (o:Outlet {id: outletId})
  MERGE (a)-[:CITES {role: 'image'}]->(o)
}
CALL (a) {
  UNWIND $declared.actors AS d
  MATCH (x:Actor {id: d.id})
  MERGE (a)-[r:DECLARES]->(x)
  SET r += {seq: timestamp(), name: d.name, kind: d.kind, description: d.description}
}
CALL (a) {
  UNWIND $declared.outlets AS d
  MATCH (x:Outlet {id: d.id})
  MERGE (a)-[r:DECLARES]->(x)
  SET r += {seq: timestamp(), name: d.name, kind: d.kind, country: d.country, aliases: d.aliases}
}
CALL (a) {
  UNWIND $declared.positions AS d
  MATCH (x:Position {id: d.id})
  MERGE (a)-[r:DECLARES]->(x)
  SET r += {seq: timestamp(), name: d.name, description: d.description}
}
RETURN a.id AS id
