// The marker a completed bulk import leaves, so a benchmark reuses a loaded database instead of reloading it.
// $name. Columns: name, seed, statements, completedAt.
MATCH (m:BenchCorpus {name: $name})
RETURN m.name AS name, m.seed AS seed, m.statements AS statements, toString(m.completedAt) AS completedAt
