// A page of outlets in name order after a keyset cursor (nameKey, id), with the total when asked for.
// $kind, $country, $nameContains (lowercase), $afterKey, $afterId, $limit, $withCount.
// Columns: totalCount, ids, sortKeys.
MATCH (o:Outlet)
WHERE ($kind IS NULL OR o.kind = $kind)
  AND ($country IS NULL OR o.country = $country)
  AND ($nameContains IS NULL OR o.nameKey CONTAINS $nameContains
       OR any(k IN coalesce(o.aliasKeys, []) WHERE k CONTAINS $nameContains))
WITH o ORDER BY o.nameKey, o.id
WITH collect({id: o.id, sortKey: o.nameKey}) AS rows
WITH rows, [r IN rows WHERE $afterKey IS NULL OR r.sortKey > $afterKey
  OR (r.sortKey = $afterKey AND r.id > $afterId)][0..$limit] AS page
RETURN CASE WHEN $withCount THEN size(rows) END AS totalCount,
  [r IN page | r.id] AS ids, [r IN page | r.sortKey] AS sortKeys
