// Removes a corpus's completion marker (tests clean up after themselves).
// $name. Columns: deleted.
MATCH (m:BenchCorpus {name: $name})
DELETE m
RETURN count(*) AS deleted
