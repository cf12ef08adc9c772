// A page of events in date order (undated last) after a keyset cursor (date, id), with the total when asked
// for. $participant, $from, $to, $nameContains (lowercase), $afterKey, $afterId, $limit, $withCount.
// Columns: totalCount, ids, sortKeys.
MATCH (e:Event)
WHERE ($participant IS NULL OR EXISTS { (:Actor {id: $participant})-[:PARTICIPATED_IN]->(e) })
  AND ($from IS NULL OR e.date >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND ($nameContains IS NULL OR toLower(e.name) CONTAINS $nameContains)
WITH e, coalesce(toString(e.date), '9999-99-99') AS sortKey
ORDER BY sortKey, e.id
WITH collect({id: e.id, sortKey: sortKey}) AS rows
WITH rows, [r IN rows WHERE $afterKey IS NULL OR r.sortKey > $afterKey
  OR (r.sortKey = $afterKey AND r.id > $afterId)][0..$limit] AS page
RETURN CASE WHEN $withCount THEN size(rows) END AS totalCount,
  [r IN page | r.id] AS ids, [r IN page | r.sortKey] AS sortKeys
