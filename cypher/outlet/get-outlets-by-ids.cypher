// Outlets by id, for the per-request outlet loader; aliases alphabetical, as an actor's are.
// $ids. Columns: outlet {id, name, kind, country, aliases}.
UNWIND $ids AS id
MATCH (o:Outlet {id: id})
RETURN o {.id, .name, .kind, .country,
  aliases: COLLECT { UNWIND coalesce(o.aliases, []) AS text RETURN text ORDER BY text }} AS outlet
