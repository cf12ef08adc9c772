// Pages of an actor's statements (filter.speaker) for many requests at once (one per parent in a nested list: each
// actor's statements), so that a nesting level costs one query; src/graph/statement.ts chooses this file for the
// requests anchored on a speaker. Every other filter is optional; the page is ordered by a never-null sort key (the
// date, or for an undated statement the key $undated gives for the direction, so that it sorts last) and the id, and
// continues after a keyset cursor. totalCount is returned for requests with withCount only (counting costs nothing
// more: what matched is collected anyway).
// $limit: rows per page, the largest "first + 1" of the requests (LIMIT takes no per-request value; a longer
// page only tells a caller more). $undated: {descending, ascending}, the sort keys of undated statements.
// $hubFactor: a walkable list walks when its actor's statements x $hubFactor outnumber all statements.
// $requests: [{key, withCount, anchor, filtered: whether a filter on relationships or text beyond the
//   anchor's own is given, walkable: whether the list is an actor's statements and nothing else, with no cursor
//   among its undated ones, filter: {speaker, outlet, position, stance, speechAct, mentions, article,
//   event, from, to, negated, conditional, textContains, singleSource, needsReview}, descending, afterKey, afterId}].
// Columns: key, totalCount, ids, sortKeys.
UNWIND $requests AS req
CALL (req) {
  WITH req, req.filter AS f
  // An actor that said a large share of everything (a hot speaker, docs/benchmarks.md): its newest (or oldest)
  // statements are found by walking the date index from that end, reading about limit x (all statements / the
  // actor's) of them, instead of sorting all of the actor's. Only for lists with no other filter; the count is
  // the degree.
  // Both ways are planned; the one not taken seeks a null bound or a null id and reads nothing (a WHERE on a
  // variable was planned after the index scan, and an UNWIND guard lost the index order).
  CALL (req, f) {
    OPTIONAL MATCH (a:Actor {id: f.speaker}) WHERE req.walkable
    RETURN CASE WHEN a IS NULL THEN null ELSE COUNT { (a)-[:SAID]->() } END AS degree
  }
  CALL () {
    MATCH (every:Statement)
    RETURN count(every) AS statementCount
  }
  WITH req, f, degree, coalesce(degree * $hubFactor > statementCount, false) AS walk
  // The walk starts at the far end of the dates: the latest key for the newest first, the earliest otherwise
  // (the keys undated statements sort by in the other direction).
  CALL (req, f, walk) {
    MATCH (s:Statement) USING INDEX s:Statement(statedOn)
    WHERE s.statedOn <= CASE WHEN walk AND req.descending
        THEN coalesce(date(req.afterKey), date($undated.ascending)) END
      AND (req.afterKey IS NULL OR s.statedOn < date(req.afterKey) OR s.id > req.afterId)
      AND EXISTS { (s)<-[:SAID]-(speaker:Actor) WHERE speaker.id = f.speaker }
    WITH s ORDER BY s.statedOn DESC, s.id
    LIMIT $limit
    RETURN collect(s.id) AS newest, collect(toString(s.statedOn)) AS newestKeys
  }
  CALL (req, f, walk) {
    MATCH (s:Statement) USING INDEX s:Statement(statedOn)
    WHERE s.statedOn >= CASE WHEN walk AND NOT req.descending
        THEN coalesce(date(req.afterKey), date($undated.descending)) END
      AND (req.afterKey IS NULL OR s.statedOn > date(req.afterKey) OR s.id > req.afterId)
      AND EXISTS { (s)<-[:SAID]-(speaker:Actor) WHERE speaker.id = f.speaker }
    WITH s ORDER BY s.statedOn, s.id
    LIMIT $limit
    RETURN collect(s.id) AS oldest, collect(toString(s.statedOn)) AS oldestKeys
  }
  WITH req, f, degree, walk,
    CASE WHEN req.descending THEN newest ELSE oldest END AS dated,
    CASE WHEN req.descending THEN newestKeys ELSE oldestKeys END AS datedKeys
  // Undated statements come last either way: read only when the dated ones do not fill the page.
  CALL (f, walk, dated) {
    MATCH (:Actor {id: CASE WHEN walk AND size(dated) < $limit THEN f.speaker END})-[:SAID]->(u:Statement)
    WHERE u.statedOn IS NULL
    WITH u ORDER BY u.id
    LIMIT $limit
    RETURN collect(u.id) AS undated
  }
  CALL (req, f, walk) {
    // One row whatever matched (an aggregation with no grouping key), so an empty list still counts 0.
    CALL (req, f, walk) {
      // Without the walk: the actor's statements, an index seek and one hop.
      CALL (f, walk) {
        MATCH (:Actor {id: CASE WHEN walk THEN null ELSE f.speaker END})-[:SAID]->(s:Statement)
        RETURN s
      }
      // Filters on the statement's own properties are one cheap check per statement, made at once. Most lists
      // filter on nothing else (an actor's statements, a position's claims): they skip the relationship checks
      // below, which cost more than the expansion itself.
      WITH req, f, s
      WHERE (f.speechAct IS NULL OR s.speechAct = f.speechAct)
        AND (f.from IS NULL OR s.statedOn >= date(f.from))
        AND (f.to IS NULL OR s.statedOn <= date(f.to))
        AND (f.negated IS NULL OR s.negated = f.negated)
        AND (f.conditional IS NULL OR s.conditional = f.conditional)
        AND (f.needsReview IS NULL OR coalesce(s.needsReview, false) = f.needsReview)
      RETURN collect(s) AS anchored
    }
    CALL (req, f, anchored) {
      WITH anchored WHERE NOT req.filtered
      RETURN anchored AS matched
      UNION ALL
      // The guard comes before the inner CALL: an aggregation returns a row even when nothing reaches it.
      WITH req, f, anchored WHERE req.filtered
      CALL (req, f, anchored) {
        UNWIND anchored AS s
        WITH req, f, s
        WHERE (f.outlet IS NULL OR EXISTS { (s)-[:SAID_TO|CITED_VIA]->(:Outlet {id: f.outlet}) })
          AND (f.position IS NULL OR EXISTS {
            (s)-[t:TAKES_POSITION]->(:Position {id: f.position}) WHERE f.stance IS NULL OR t.stance = f.stance })
          AND (f.stance IS NULL OR EXISTS { (s)-[t:TAKES_POSITION]->(:Position) WHERE t.stance = f.stance })
          AND (f.mentions IS NULL OR EXISTS { (s)-[:MENTIONS]->(:Actor {id: f.mentions}) })
          AND (f.article IS NULL OR EXISTS { (:Article {id: f.article})-[:REPORTS]->(s) })
          AND (f.event IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Event {id: f.event}) })
          AND (f.textContains IS NULL OR toLower(s.text) CONTAINS f.textContains
               OR toLower(coalesce(s.quote, '')) CONTAINS f.textContains)
          AND (f.singleSource IS NULL OR CASE
                 WHEN f.singleSource THEN COUNT { MATCH (s)-[:SAID_TO|CITED_VIA]->(o:Outlet) RETURN DISTINCT o } = 1
                 ELSE COUNT { MATCH (s)-[:SAID_TO|CITED_VIA]->(o:Outlet) RETURN DISTINCT o } >= 2 END)
        RETURN collect(s) AS matched
      }
      RETURN matched
    }
    // Count what matched, then sort it for the page with a top-k sort (ORDER BY with LIMIT) on the dates
    // themselves, one branch per direction (a sort on CASE expressions was a third slower): only the page's
    // rows are turned into cursor keys.
    CALL (req, matched) {
      WITH req, matched WHERE req.descending
      CALL (req, matched) {
        UNWIND matched AS s
        WITH s, coalesce(s.statedOn, date($undated.descending)) AS sortKey
        WHERE req.afterKey IS NULL OR sortKey < date(req.afterKey)
          OR (sortKey = date(req.afterKey) AND s.id > req.afterId)
        ORDER BY sortKey DESC, s.id
        LIMIT $limit
        RETURN collect(s.id) AS ids, collect(toString(sortKey)) AS sortKeys
      }
      RETURN ids, sortKeys
      UNION ALL
      WITH req, matched WHERE NOT req.descending
      CALL (req, matched) {
        UNWIND matched AS s
        WITH s, coalesce(s.statedOn, date($undated.ascending)) AS sortKey
        WHERE req.afterKey IS NULL OR sortKey > date(req.afterKey)
          OR (sortKey = date(req.afterKey) AND s.id > req.afterId)
        ORDER BY sortKey, s.id
        LIMIT $limit
        RETURN collect(s.id) AS ids, collect(toString(sortKey)) AS sortKeys
      }
      RETURN ids, sortKeys
    }
    RETURN size(matched) AS matchedCount, ids, sortKeys
  }
  WITH req, walk, degree, dated, datedKeys, undated, matchedCount, ids, sortKeys,
    CASE WHEN req.descending THEN $undated.descending ELSE $undated.ascending END AS undatedKey
  RETURN CASE WHEN walk THEN degree ELSE matchedCount END AS matchedCount,
    CASE WHEN walk THEN (dated + undated)[0..$limit] ELSE ids END AS ids,
    CASE WHEN walk THEN (datedKeys + [x IN undated | undatedKey])[0..$limit] ELSE sortKeys END AS sortKeys
}
RETURN req.key AS key, CASE WHEN req.withCount THEN matchedCount END AS totalCount, ids, sortKeys
