// Outlets whose name or an alias equals $key (lowercase).
// $key. Columns: id.
MATCH (o:Outlet)
WHERE o.nameKey = $key OR $key IN coalesce(o.aliasKeys, [])
RETURN o.id AS id
ORDER BY o.id
