// A page of articles, newest first (undated last), after a keyset cursor (date, id), with the total when
// asked for. $publisher, $cites, $from, $to, $titleContains (lowercase), $afterKey, $afterId, $limit,
// $withCount. Columns: totalCount, ids, sortKeys.
MATCH (a:Article)
WHERE ($publisher IS NULL OR EXISTS { (a)-[:PUBLISHED_BY]->(:Outlet {id: $publisher}) })
  AND ($cites IS NULL OR EXISTS { (a)-[:CITES]->(:Outlet {id: $cites}) })
  AND ($from IS NULL OR a.publishedOn >= date($from))
  AND ($to IS NULL OR a.publishedOn <= date($to))
  AND ($titleContains IS NULL OR toLower(coalesce(a.title, '')) CONTAINS $titleContains)
WITH a, coalesce(toString(a.publishedOn), '0000-00-00') AS sortKey
ORDER BY sortKey DESC, a.id
WITH collect({id: a.id, sortKey: sortKey}) AS rows
WITH rows, [r IN rows WHERE $afterKey IS NULL OR r.sortKey < $afterKey
  OR (r.sortKey = $afterKey AND r.id > $afterId)][0..$limit] AS page
RETURN CASE WHEN $withCount THEN size(rows) END AS totalCount,
  [r IN page | r.id] AS ids, [r IN page | r.sortKey] AS sortKeys
