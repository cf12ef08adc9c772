// Pages of statements for many requests at once (one per parent in a nested list: each actor's statements,
// each position's…), so that a nesting level costs one query. Every filter is optional; the page is ordered by
// a never-null sort key (the date; undated statements sort last as 0001-01-01 or 9999-12-31) and the id, and
// continues after a keyset cursor.
// totalCount is returned for requests with withCount only (counting costs nothing more: what matched is
// collected anyway).
// $limit: rows per page, the largest "first + 1" of the requests (LIMIT takes no per-request value; a longer
// page only tells a caller more).
// $requests: [{key, withCount, filter: {speaker, outlet, position, stance, speechAct, mentions, article, event, from, to,
//   negated, conditional, textContains, singleSource}, descending, afterKey, afterId}].
// Columns: key, totalCount, ids, sortKeys.
UNWIND $requests AS req
CALL (req) {
  WITH req, req.filter AS f
  // Start from the most selective anchor the filter names (an index seek and one hop), not from every
  // statement; each branch runs only when its guard holds, so exactly one of them produces rows.
  CALL (f) {
    WITH f WHERE f.speaker IS NOT NULL
    MATCH (:Actor {id: f.speaker})-[:SAID]->(s:Statement)
    RETURN s, 'speaker' AS anchor
    UNION
    WITH f WHERE f.speaker IS NULL AND f.article IS NOT NULL
    MATCH (:Article {id: f.article})-[:REPORTS]->(s:Statement)
    RETURN s, 'article' AS anchor
    UNION
    WITH f WHERE f.speaker IS NULL AND f.article IS NULL AND f.event IS NOT NULL
    MATCH (s:Statement)-[:CONCERNS]->(:Event {id: f.event})
    RETURN s, 'event' AS anchor
    UNION
    WITH f WHERE f.speaker IS NULL AND f.article IS NULL AND f.event IS NULL AND f.position IS NOT NULL
    MATCH (s:Statement)-[t:TAKES_POSITION]->(:Position {id: f.position})
    WHERE f.stance IS NULL OR t.stance = f.stance
    RETURN DISTINCT s, 'position' AS anchor
    UNION
    WITH f WHERE f.speaker IS NULL AND f.article IS NULL AND f.event IS NULL AND f.position IS NULL
      AND f.outlet IS NOT NULL
    MATCH (s:Statement)-[:SAID_TO|CITED_VIA]->(:Outlet {id: f.outlet})
    RETURN DISTINCT s, 'outlet' AS anchor
    UNION
    WITH f WHERE f.speaker IS NULL AND f.article IS NULL AND f.event IS NULL AND f.position IS NULL
      AND f.outlet IS NULL AND f.mentions IS NOT NULL
    MATCH (s:Statement)-[:MENTIONS]->(:Actor {id: f.mentions})
    RETURN s, 'mentions' AS anchor
    UNION
    WITH f WHERE f.speaker IS NULL AND f.article IS NULL AND f.event IS NULL AND f.position IS NULL
      AND f.outlet IS NULL AND f.mentions IS NULL
    MATCH (s:Statement)
    RETURN s, null AS anchor
  }
  // The anchor's own filter holds by construction; the others are checked on each statement it reached.
  WITH req, f, s, anchor
  WHERE (f.speaker IS NULL OR anchor = 'speaker' OR EXISTS { (:Actor {id: f.speaker})-[:SAID]->(s) })
    AND (f.outlet IS NULL OR anchor = 'outlet' OR EXISTS { (s)-[:SAID_TO|CITED_VIA]->(:Outlet {id: f.outlet}) })
    AND (f.position IS NULL OR anchor = 'position' OR EXISTS {
      (s)-[t:TAKES_POSITION]->(:Position {id: f.position}) WHERE f.stance IS NULL OR t.stance = f.stance })
    AND (f.stance IS NULL OR EXISTS { (s)-[t:TAKES_POSITION]->(:Position) WHERE t.stance = f.stance })
    AND (f.speechAct IS NULL OR s.speechAct = f.speechAct)
    AND (f.mentions IS NULL OR anchor = 'mentions' OR EXISTS { (s)-[:MENTIONS]->(:Actor {id: f.mentions}) })
    AND (f.article IS NULL OR anchor = 'article' OR EXISTS { (:Article {id: f.article})-[:REPORTS]->(s) })
    AND (f.event IS NULL OR anchor = 'event' OR EXISTS { (s)-[:CONCERNS]->(:Event {id: f.event}) })
    AND (f.from IS NULL OR s.statedOn >= date(f.from))
    AND (f.to IS NULL OR s.statedOn <= date(f.to))
    AND (f.negated IS NULL OR s.negated = f.negated)
    AND (f.conditional IS NULL OR s.conditional = f.conditional)
    AND (f.textContains IS NULL OR toLower(s.text) CONTAINS f.textContains
         OR toLower(coalesce(s.quote, '')) CONTAINS f.textContains)
    AND (f.singleSource IS NULL OR CASE
           WHEN f.singleSource THEN COUNT { MATCH (s)-[:SAID_TO|CITED_VIA]->(o:Outlet) RETURN DISTINCT o } = 1
           ELSE COUNT { MATCH (s)-[:SAID_TO|CITED_VIA]->(o:Outlet) RETURN DISTINCT o } >= 2 END)
  // Count what matched (node references only), then sort it for the page with a top-k sort (ORDER BY with
  // LIMIT) on the dates themselves: only the page's rows are turned into cursor keys.
  WITH req, collect(s) AS matched
  CALL (req, matched) {
    UNWIND matched AS s
    WITH s, CASE WHEN req.descending THEN coalesce(s.statedOn, date('0001-01-01'))
                 ELSE coalesce(s.statedOn, date('9999-12-31')) END AS sortKey
    WHERE req.afterKey IS NULL
      OR (req.descending AND (sortKey < date(req.afterKey) OR (sortKey = date(req.afterKey) AND s.id > req.afterId)))
      OR (NOT req.descending AND (sortKey > date(req.afterKey) OR (sortKey = date(req.afterKey) AND s.id > req.afterId)))
    ORDER BY CASE WHEN req.descending THEN sortKey END DESC, CASE WHEN NOT req.descending THEN sortKey END ASC, s.id
    LIMIT $limit
    RETURN collect(s.id) AS ids, collect(toString(sortKey)) AS sortKeys
  }
  RETURN size(matched) AS matchedCount, ids, sortKeys
}
RETURN req.key AS key, CASE WHEN req.withCount THEN matchedCount END AS totalCount, ids, sortKeys
