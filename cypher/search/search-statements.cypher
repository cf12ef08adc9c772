// Full-text search over what was said: the paraphrase and the verbatim quote (index statement_text). Raw Lucene
// scores are returned; the repository normalises them against the actor hits of the same query.
// $query: an escaped Lucene query, $first: how many hits. Columns: id, text, quote, score (best first).
CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $first}) YIELD node, score
RETURN node.id AS id, node.text AS text, node.quote AS quote, score
ORDER BY score DESC, id
