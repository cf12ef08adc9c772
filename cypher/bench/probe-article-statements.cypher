// How many statements an article reports, for the probe's concurrent-ingest check.
// $id. Columns: n.
OPTIONAL MATCH (:Article {id: $id})-[:REPORTS]->(s:Statement)
RETURN count(s) AS n
