// All shortest paths between two nodes over the visible relationship types, in either direction, as one graph.
// The search is Neo4j's bidirectional breadth-first shortest path (allShortestPaths), which meets in the middle;
// the newer `ALL SHORTEST` search was tried and, between busy actors of a large graph, took seconds to
// minutes where this one takes a fraction of a second (docs/benchmarks.md). It starts from the end with fewer
// relationships, which the search expands first on a tie: a busy actor's relationships are then read once,
// when the other side reaches them, not before. Paths pass through no node with more than $maxDegree
// relationships (a hub: an actor quoted everywhere, a position everyone speaks on) unless $maxDegree is null;
// either end may be a hub, and a statement or an article is never one. The cap is written as a predicate on
// every node of the path, which the search checks as it reaches each node, so a hub is never expanded and
// there is no exhaustive fallback. Quantifier bounds cannot be parameters, so there is one branch per
// $maxLength (1 to 6, the API's bounds), guarded before its search: a search bounded by what is asked for
// stops there. Paths are capped at $maxPaths, chosen in a fixed order (by the ids along them, read from
// $from). A node asked for as both ends is its own path of length 0.
// $from, $to: {type, id}; $maxLength; $maxDegree (null: no cap); $maxPaths.
// Columns (one row): found: ['Type:id'] of the ends that exist, nodes: [{type, id, label, kind, degree
// (relationships over the visible types)}],
// edges: [{type, source: 'Type:id', target: 'Type:id', properties: [[key, value]] (a stance edge's speaker
// copy left out)}].
UNWIND [$from, $to] AS k
CALL (k) {
  MATCH (n:Actor {id: k.id}) WHERE k.type = 'Actor' RETURN n
  UNION ALL
  MATCH (n:Statement {id: k.id}) WHERE k.type = 'Statement' RETURN n
  UNION ALL
  MATCH (n:Position {id: k.id}) WHERE k.type = 'Position' RETURN n
  UNION ALL
  MATCH (n:Outlet {id: k.id}) WHERE k.type = 'Outlet' RETURN n
  UNION ALL
  MATCH (n:Article {id: k.id}) WHERE k.type = 'Article' RETURN n
  UNION ALL
  MATCH (n:Event {id: k.id}) WHERE k.type = 'Event' RETURN n
}
WITH collect(k.type + ':' + n.id) AS found, collect(n) AS ends
CALL (ends) {
  UNWIND CASE WHEN size(ends) = 2 AND ends[0] <> ends[1] THEN [ends] ELSE [] END AS pair
  WITH pair[0] AS first, pair[1] AS second
  WITH first, second, COUNT { (first)--() } > COUNT { (second)--() } AS swapped
  WITH swapped, CASE WHEN swapped THEN second ELSE first END AS a, CASE WHEN swapped THEN first ELSE second END AS b
  CALL (a, b) {
    WITH a, b WHERE $maxLength = 1
    MATCH p = allShortestPaths((a)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS*..1]-(b))
      WHERE all(x IN nodes(p) WHERE x = a OR x = b OR $maxDegree IS NULL OR x:Statement OR x:Article
        OR COUNT { (x)--() } <= $maxDegree OR COUNT { (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree)
    RETURN p
    UNION ALL
    WITH a, b WHERE $maxLength = 2
    MATCH p = allShortestPaths((a)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS*..2]-(b))
      WHERE all(x IN nodes(p) WHERE x = a OR x = b OR $maxDegree IS NULL OR x:Statement OR x:Article
        OR COUNT { (x)--() } <= $maxDegree OR COUNT { (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree)
    RETURN p
    UNION ALL
    WITH a, b WHERE $maxLength = 3
    MATCH p = allShortestPaths((a)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS*..3]-(b))
      WHERE all(x IN nodes(p) WHERE x = a OR x = b OR $maxDegree IS NULL OR x:Statement OR x:Article
        OR COUNT { (x)--() } <= $maxDegree OR COUNT { (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree)
    RETURN p
    UNION ALL
    WITH a, b WHERE $maxLength = 4
    MATCH p = allShortestPaths((a)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS*..4]-(b))
      WHERE all(x IN nodes(p) WHERE x = a OR x = b OR $maxDegree IS NULL OR x:Statement OR x:Article
        OR COUNT { (x)--() } <= $maxDegree OR COUNT { (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree)
    RETURN p
    UNION ALL
    WITH a, b WHERE $maxLength = 5
    MATCH p = allShortestPaths((a)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS*..5]-(b))
      WHERE all(x IN nodes(p) WHERE x = a OR x = b OR $maxDegree IS NULL OR x:Statement OR x:Article
        OR COUNT { (x)--() } <= $maxDegree OR COUNT { (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree)
    RETURN p
    UNION ALL
    WITH a, b WHERE $maxLength = 6
    MATCH p = allShortestPaths((a)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS*..6]-(b))
      WHERE all(x IN nodes(p) WHERE x = a OR x = b OR $maxDegree IS NULL OR x:Statement OR x:Article
        OR COUNT { (x)--() } <= $maxDegree OR COUNT { (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree)
    RETURN p
  }
  WITH p, CASE WHEN swapped THEN reverse(nodes(p)) ELSE nodes(p) END AS along,
    CASE WHEN swapped THEN reverse(relationships(p)) ELSE relationships(p) END AS steps
  WITH p ORDER BY [x IN along | x.id], [r IN steps | type(r)] LIMIT $maxPaths
  RETURN collect(p) AS paths
}
WITH found, paths,
  CASE WHEN size(ends) = 2 AND ends[0] = ends[1] THEN [ends[0]]
    ELSE reduce(acc = [], p IN paths | acc + nodes(p)) END AS members
CALL (members) {
  UNWIND members AS n
  WITH DISTINCT n
  WITH n, [l IN labels(n) WHERE l IN ['Actor', 'Statement', 'Position', 'Outlet', 'Article', 'Event']][0] AS type
  RETURN collect({
    type: type,
    id: n.id,
    label: CASE type
      WHEN 'Statement' THEN n.text
      WHEN 'Article' THEN coalesce(n.title, n.url, n.id)
      ELSE coalesce(n.name, n.id)
    END,
    kind: CASE WHEN type IN ['Actor', 'Outlet'] THEN toLower(n.kind) END,
    // Counted from the node's relationship groups, not by walking them: path ends are often hot nodes.
    degree: COUNT {
      (n)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-()
    }
  }) AS nodes
}
CALL (paths) {
  UNWIND paths AS p
  UNWIND relationships(p) AS r
  WITH DISTINCT r
  WITH r, startNode(r) AS s, endNode(r) AS e
  RETURN collect({
    type: type(r),
    source: [l IN labels(s) WHERE l IN ['Actor', 'Statement', 'Position', 'Outlet', 'Article', 'Event']][0] + ':' + s.id,
    target: [l IN labels(e) WHERE l IN ['Actor', 'Statement', 'Position', 'Outlet', 'Article', 'Event']][0] + ':' + e.id,
    // A stance edge's speaker and position are a copy for an index, not part of the graph a client sees:
    // left out here, as pairs, since Cypher builds no map with chosen keys.
    properties: [key IN keys(r) WHERE NOT (type(r) = 'TAKES_POSITION' AND key IN ['speaker', 'position', 'statedOn', 'statedOnPrecision', 'rejected']) |
      [key, r[key]]]
  }) AS edges
}
RETURN found, nodes, edges
