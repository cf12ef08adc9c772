// Pages of statements for many requests at once (one per parent in a nested list: each actor's statements,
// each position's…), so that a nesting level costs one query. Every filter is optional; the page is ordered by
// a never-null sort key and the id, and continues after a keyset cursor.
// totalCount is only computed for requests with withCount.
// $requests: [{key, withCount, filter: {speaker, outlet, position, stance, speechAct, mentions, article, event, from, to,
//   negated, conditional, textContains, singleSource}, descending, afterKey, afterId, limit}].
// Columns: key, totalCount, ids, sortKeys.
UNWIND $requests AS req
CALL (req) {
  WITH req, req.filter AS f
  // Start from the most selective anchor the filter names (an index seek and one hop), not from every
  // statement; each branch runs only when its guard holds, so exactly one of them produces rows.
  CALL (f) {
    WITH f WHERE f.speaker IS NOT NULL
    MATCH (:Actor {id: f.speaker})-[:SAID]->(s:Statement)
    RETURN s
    UNION
    WITH f WHERE f.speaker IS NULL AND f.article IS NOT NULL
    MATCH (:Article {id: f.article})-[:REPORTS]->(s:Statement)
    RETURN s
    UNION
    WITH f WHERE f.speaker IS NULL AND f.article IS NULL AND f.event IS NOT NULL
    MATCH (s:Statement)-[:CONCERNS]->(:Event {id: f.event})
    RETURN s
    UNION
    WITH f WHERE f.speaker IS NULL AND f.article IS NULL AND f.event IS NULL AND f.position IS NOT NULL
    MATCH (s:Statement)-[:TAKES_POSITION]->(:Position {id: f.position})
    RETURN DISTINCT s
    UNION
    WITH f WHERE f.speaker IS NULL AND f.article IS NULL AND f.event IS NULL AND f.position IS NULL
      AND f.outlet IS NOT NULL
    MATCH (s:Statement)-[:SAID_TO|CITED_VIA]->(:Outlet {id: f.outlet})
    RETURN DISTINCT s
    UNION
    WITH f WHERE f.speaker IS NULL AND f.article IS NULL AND f.event IS NULL AND f.position IS NULL
      AND f.outlet IS NULL AND f.mentions IS NOT NULL
    MATCH (s:Statement)-[:MENTIONS]->(:Actor {id: f.mentions})
    RETURN s
    UNION
    WITH f WHERE f.speaker IS NULL AND f.article IS NULL AND f.event IS NULL AND f.position IS NULL
      AND f.outlet IS NULL AND f.mentions IS NULL
    MATCH (s:Statement)
    RETURN s
  }
  WITH req, f, s
  WHERE (f.speaker IS NULL OR EXISTS { (:Actor {id: f.speaker})-[:SAID]->(s) })
    AND (f.outlet IS NULL OR EXISTS { (s)-[:SAID_TO|CITED_VIA]->(:Outlet {id: f.outlet}) })
    AND (f.position IS NULL OR EXISTS {
      (s)-[t:TAKES_POSITION]->(:Position {id: f.position}) WHERE f.stance IS NULL OR t.stance = f.stance })
    AND (f.stance IS NULL OR EXISTS { (s)-[t:TAKES_POSITION]->(:Position) WHERE t.stance = f.stance })
    AND (f.speechAct IS NULL OR s.speechAct = f.speechAct)
    AND (f.mentions IS NULL OR EXISTS { (s)-[:MENTIONS]->(:Actor {id: f.mentions}) })
    AND (f.article IS NULL OR EXISTS { (:Article {id: f.article})-[:REPORTS]->(s) })
    AND (f.event IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Event {id: f.event}) })
    AND (f.from IS NULL OR s.statedOn >= date(f.from))
    AND (f.to IS NULL OR s.statedOn <= date(f.to))
    AND (f.negated IS NULL OR s.negated = f.negated)
    AND (f.conditional IS NULL OR s.conditional = f.conditional)
    AND (f.textContains IS NULL OR toLower(s.text) CONTAINS f.textContains
         OR toLower(coalesce(s.quote, '')) CONTAINS f.textContains)
    AND (f.singleSource IS NULL OR CASE
           WHEN f.singleSource THEN COUNT { MATCH (s)-[:SAID_TO|CITED_VIA]->(o:Outlet) RETURN DISTINCT o } = 1
           ELSE COUNT { MATCH (s)-[:SAID_TO|CITED_VIA]->(o:Outlet) RETURN DISTINCT o } >= 2 END)
  WITH req, s,
    CASE WHEN req.descending THEN coalesce(toString(s.statedOn), '0000-00-00')
         ELSE coalesce(toString(s.statedOn), '9999-99-99') END AS sortKey
  ORDER BY CASE WHEN req.descending THEN sortKey END DESC, CASE WHEN NOT req.descending THEN sortKey END ASC, s.id
  RETURN collect({id: s.id, sortKey: sortKey}) AS rows
}
WITH req, rows, [r IN rows WHERE req.afterKey IS NULL
  OR (req.descending AND (r.sortKey < req.afterKey OR (r.sortKey = req.afterKey AND r.id > req.afterId)))
  OR (NOT req.descending AND (r.sortKey > req.afterKey OR (r.sortKey = req.afterKey AND r.id > req.afterId)))
][0..req.limit] AS page
RETURN req.key AS key, CASE WHEN req.withCount THEN size(rows) END AS totalCount,
  [r IN page | r.id] AS ids, [r IN page | r.sortKey] AS sortKeys
