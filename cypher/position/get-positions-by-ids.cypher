// Positions by id, for the per-request position loader.
// $ids. Columns: position {id, name, description}.
UNWIND $ids AS id
MATCH (p:Position {id: id})
RETURN p {.id, .name, .description} AS position
