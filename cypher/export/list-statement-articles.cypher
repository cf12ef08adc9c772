// The articles that own given statements (a statement's id is its article's id, a colon and more): the documents
// an NDJSON export of those statements writes, so that a narrow filter reads those articles and not every one.
// Further reports of a statement by other articles are not its owners: the import format cannot hold them.
// $ids: [statement id]. Columns: id (an article's id; rows in id order).
UNWIND $ids AS id
MATCH (a:Article)-[:REPORTS]->(s:Statement {id: id})
WHERE s.id STARTS WITH a.id + ':'
RETURN DISTINCT a.id AS id
ORDER BY id
