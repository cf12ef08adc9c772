// Before a first load by neo4j-admin import (npm run import -- --bulk): whether the database holds data that the
// new store would replace. The backfills' markers (:Backfill), which any start writes, are not data.
// No parameters. Columns: count (nodes other than the markers; counting stops at the first).
CALL () {
  MATCH (n) WHERE NOT n:Backfill
  RETURN n LIMIT 1
}
RETURN count(n) AS count
