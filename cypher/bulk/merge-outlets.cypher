// Bulk path: outlets, as outlet/merge-outlets writes them.
// $outlets: [{id, name, kind, country, aliases}]. Columns: count.
UNWIND $outlets AS input
MERGE (o:Outlet {id: input.id})
SET o.name = input.name, o.nameKey = toLower(input.name), o.kind = input.kind, o.country = input.country,
    o.aliases = input.aliases, o.aliasKeys = [x IN input.aliases | toLower(x)]
RETURN count(*) AS count
