// Readiness probe: the cheapest query that proves the database answers.
RETURN 1 AS ok
