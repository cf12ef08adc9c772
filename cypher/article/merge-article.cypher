// Upserts the article, its publisher and image credits, and records which entities its annotation declares.
// $article: {id, title, url, publisher, publishedOn, publishedOnPrecision, publishedOnContext, context, text,
// imageCredits}, $digest, $declared: {actors, outlets, positions}
// (events are declared by event/merge-events, which creates them after the article). Columns: id.
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
  UNWIND $declared.actors AS id
  MATCH (x:Actor {id: id})
  MERGE (a)-[:DECLARES]->(x)
}
CALL (a) {
  UNWIND $declared.outlets AS id
  MATCH (x:Outlet {id: id})
  MERGE (a)-[:DECLARES]->(x)
}
CALL (a) {
  UNWIND $declared.positions AS id
  MATCH (x:Position {id: id})
  MERGE (a)-[:DECLARES]->(x)
}
RETURN a.id AS id
