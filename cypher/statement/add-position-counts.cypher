// Adds a write's changes to the position counts (docs/model.md), in the write's transaction: one update per
// position and speech act, whatever number of statements the write touched. The read and the write of a count
// are one expression, under the node's write lock, so concurrent writes lose no update.
// $changes: [{position, speechAct, delta}] (sorted, so that writes lock the counts in one order).
// Columns: updated.
UNWIND $changes AS change
MERGE (c:PositionCount {position: change.position, speechAct: change.speechAct})
SET c.statements = coalesce(c.statements, 0) + change.delta
RETURN count(*) AS updated
