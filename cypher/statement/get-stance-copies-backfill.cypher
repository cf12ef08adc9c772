// Where the stance-copies backfill stands (src/graph/stance-copies.ts): complete once it has looked at every
// statement of a store, or the store was written with its copies; else the last statement id a finished batch
// looked at, so that an interrupted backfill resumes there.
// No parameters. Columns: complete, after ('' when it has not started), total (statements in the store).
OPTIONAL MATCH (m:Backfill {name: 'stance-copies'})
RETURN coalesce(m.complete, false) AS complete, coalesce(m.after, '') AS after,
  COUNT { (:Statement) } AS total
