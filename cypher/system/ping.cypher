// Readiness probe: the cheapest query that proves the database answers.
// No parameters. Columns: ok.
RETURN 1 AS ok
