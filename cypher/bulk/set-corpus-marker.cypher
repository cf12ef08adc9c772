// Records that the corpus $name was imported completely (written last, so its presence means "all there").
// $name, $seed, $statements. Columns: name.
MERGE (m:BenchCorpus {name: $name})
SET m.seed = $seed, m.statements = $statements, m.completedAt = datetime()
RETURN m.name AS name
