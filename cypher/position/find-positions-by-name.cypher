// Positions whose name equals $key (lowercase).
// $key. Columns: id.
MATCH (p:Position {nameKey: $key})
RETURN p.id AS id
