// A page of actors in name order after a keyset cursor (nameKey, id), with the total when asked for.
// $kind, $nameContains (lowercase), $afterKey, $afterId, $limit, $withCount. Columns: totalCount, ids, sortKeys.
MATCH (a:Actor)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($nameContains IS NULL OR a.nameKey CONTAINS $nameContains
       OR EXISTS { (a)-[:HAS_ALIAS]->(al:Alias) WHERE al.key CONTAINS $nameContains })
WITH a ORDER BY a.nameKey, a.id
WITH collect({id: a.id, sortKey: a.nameKey}) AS rows
WITH rows, [r IN rows WHERE $afterKey IS NULL OR r.sortKey > $afterKey
  OR (r.sortKey = $afterKey AND r.id > $afterId)][0..$limit] AS page
RETURN CASE WHEN $withCount THEN size(rows) END AS totalCount,
  [r IN page | r.id] AS ids, [r IN page | r.sortKey] AS sortKeys
