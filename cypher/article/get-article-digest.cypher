// The digest of the annotation an article was last imported from: equal digest means nothing to do.
// $id: article id. Columns: digest (null when the article is new).
OPTIONAL MATCH (a:Article {id: $id})
RETURN a.digest AS digest
