// Bulk path: positions, as position/merge-positions writes them.
// $positions: [{id, name, description}]. Columns: count.
UNWIND $positions AS input
MERGE (p:Position {id: input.id})
SET p.name = input.name, p.nameKey = toLower(input.name), p.description = input.description
RETURN count(*) AS count
