// Bulk path: a batch of articles with their publisher and the outlets their statements cite, as
// article/merge-article and statement/merge-statements write them. A first load creates rather than merges:
// an article that exists was written whole by an earlier batch (articles and their statements commit
// together), so it is skipped, and everything hanging off a new article is new too. CREATE takes none of the
// locks MERGE takes on the hot outlet at the other end, which is most of a batch's cost.
// $articles: [{id, title, url, publisher, publishedOn, publishedOnPrecision, publishedOnContext, contextFields,
// text, cites: [outletId]}]. Columns: count.
UNWIND $articles AS input
OPTIONAL MATCH (existing:Article {id: input.id})
WITH input WHERE existing IS NULL
MATCH (o:Outlet {id: input.publisher})
CREATE (a:Article {
  id: input.id, title: input.title, url: input.url, text: input.text, length: size(input.text),
  publishedOn: date(input.publishedOn), publishedOnPrecision: input.publishedOnPrecision,
  publishedOnContext: input.publishedOnContext, contextFields: input.contextFields
})-[:PUBLISHED_BY]->(o)
WITH a, input
CALL (a, input) {
  UNWIND input.cites AS outletId
  MATCH (cited:Outlet {id: outletId})
  CREATE (a)-[:CITES {role: 'source'}]->(cited)
}
RETURN count(*) AS count
