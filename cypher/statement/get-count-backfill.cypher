// Where the position-count backfill stands (src/graph/position-counts.ts): complete once it has recounted
// every position of a store; else the last position id a finished batch recounted, so that an interrupted
// backfill resumes there.
// No parameters. Columns: complete, after ('' when it has not started), total (positions in the store).
OPTIONAL MATCH (m:Backfill {name: 'position-counts'})
RETURN coalesce(m.complete, false) AS complete, coalesce(m.after, '') AS after,
  COUNT { (:Position) } AS total
