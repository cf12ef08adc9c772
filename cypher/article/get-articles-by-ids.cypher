// Articles by id with publisher and cited outlets, for the per-request article loader.
// $ids. Columns: article (a map; see ArticleModel in src/graph/article.ts).
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
  RETURN head(collect(o.id)) AS publisherId
}
CALL (a) {
  OPTIONAL MATCH (a)-[c:CITES]->(o:Outlet)
  WITH c, o ORDER BY c.role, o.id
  RETURN collect(CASE WHEN o IS NULL THEN null ELSE {outletId: o.id, role: c.role} END) AS cites
}
RETURN a {
  .id, .title, .url, length: size(a.text), contextFields: coalesce(a.contextFields, []),
  publishedOn: CASE WHEN a.publishedOn IS NULL THEN null ELSE
    {value: toString(a.publishedOn), precision: a.publishedOnPrecision, context: a.publishedOnContext} END,
  publisherId: publisherId, cites: cites
} AS article
