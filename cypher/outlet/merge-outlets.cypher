// Upserts outlets by id; name and alias keys are lowercase for case-insensitive lookups.
// $outlets: [{id, name, kind, country, aliases}]. Columns: id.
UNWIND $outlets AS input
MERGE (o:Outlet {id: input.id})
SET o.name = input.name, o.nameKey = toLower(input.name), o.kind = input.kind,
    o.country = coalesce(input.country, o.country),
    o.aliases = input.aliases, o.aliasKeys = [x IN input.aliases | toLower(x)]
RETURN o.id AS id
