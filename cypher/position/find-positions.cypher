// A page of positions in name order after a keyset cursor (nameKey, id), with the total when asked for.
// $nameContains (lowercase), $afterKey, $afterId, $limit, $withCount. Columns: totalCount, ids, sortKeys.
MATCH (p:Position)
WHERE $nameContains IS NULL OR p.nameKey CONTAINS $nameContains
WITH p ORDER BY p.nameKey, p.id
WITH collect({id: p.id, sortKey: p.nameKey}) AS rows
WITH rows, [r IN rows WHERE $afterKey IS NULL OR r.sortKey > $afterKey
  OR (r.sortKey = $afterKey AND r.id > $afterId)][0..$limit] AS page
RETURN CASE WHEN $withCount THEN size(rows) END AS totalCount,
  [r IN page | r.id] AS ids, [r IN page | r.sortKey] AS sortKeys
