// Outlets by id, for the per-request outlet loader.
// $ids. Columns: outlet {id, name, kind, country, aliases}.
UNWIND $ids AS id
MATCH (o:Outlet {id: id})
RETURN o {.id, .name, .kind, .country, aliases: coalesce(o.aliases, [])} AS outlet
