// Bulk path: a batch of articles with their publisher, as article/merge-article writes them (the corpus has no
// image credits and declares nothing: its entities come from the corpus, not from one article).
// $articles: [{id, title, url, publisher, publishedOn, publishedOnPrecision, publishedOnContext, contextFields,
// text}]. Columns: count.
UNWIND $articles AS input
MERGE (a:Article {id: input.id})
SET a.title = input.title, a.url = input.url, a.text = input.text, a.length = size(input.text),
    a.publishedOn = date(input.publishedOn), a.publishedOnPrecision = input.publishedOnPrecision,
    a.publishedOnContext = input.publishedOnContext, a.contextFields = input.contextFields
WITH a, input
MATCH (o:Outlet {id: input.publisher})
MERGE (a)-[:PUBLISHED_BY]->(o)
RETURN count(*) AS count
