// Upserts the contested issues statements take stances on.
// $positions: [{id, name, description}]. Columns: id.
UNWIND $positions AS input
MERGE (p:Position {id: input.id})
SET p.name = input.name, p.nameKey = toLower(input.name), p.description = coalesce(input.description, p.description)
RETURN p.id AS id
