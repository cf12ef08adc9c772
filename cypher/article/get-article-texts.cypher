// The full texts of articles, loaded apart from their metadata and only when a request shows them.
// $ids. Columns: id, text.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.text AS text
