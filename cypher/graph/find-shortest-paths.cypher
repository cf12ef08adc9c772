// All shortest paths between two nodes over the visible relationship types, in either direction, as one graph.
// Paths pass through no node with more than $maxDegree relationships (a hub: an actor quoted everywhere, a
// position everyone speaks on) unless $maxDegree is null; either end may be a hub, and a statement or an
// article is never one. Paths are capped at $maxPaths, chosen in a fixed order (by the ids along them, read
// from $from). A node asked for as both ends is its own path of length 0.
// Paths of one and two hops (most of what a reader asks: an actor and one it mentions meet in a statement)
// are found from the end with fewer relationships, a, so that a hub at the other end, b, is not read whole:
// a's neighbors m are taken in id order (the order paths are kept in) and each is checked against b (the check
// reads m's few relationships) until $maxPaths paths are found; or, when b has at most $intoFactor times a's
// relationships, a's and b's neighbors are both read and joined on m (two busy ends: cheaper than checking
// every m). Only when neither finds a path do longer ones run Neo4j's bidirectional breadth-first search
// (allShortestPaths; the newer `ALL SHORTEST` took seconds to minutes between busy actors, docs/benchmarks.md),
// one branch per $maxLength (quantifier bounds cannot be parameters), with the cap written as a predicate on
// every node of the path, which the search checks as it reaches each node, so a hub is never expanded and
// there is no exhaustive fallback; it starts from a, which it expands first on a tie.
// $from, $to: {type, id}; $maxLength; $maxDegree (null: no cap); $maxPaths; $intoFactor.
// Columns (one row): found: ['Type:id'] of the ends that exist, nodes: [{type, id, label, kind, degree
// (relationships over the visible types)}],
// edges: [{type, source: 'Type:id', target: 'Type:id', properties: [[key, value]] (a stance edge's stance
// copies left out)}].
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
  WITH first, second, COUNT { (first)--() } AS firstDegree, COUNT { (second)--() } AS secondDegree
  WITH firstDegree > secondDegree AS swapped,
    CASE WHEN firstDegree > secondDegree THEN second ELSE first END AS a,
    CASE WHEN firstDegree > secondDegree THEN first ELSE second END AS b,
    CASE WHEN firstDegree > secondDegree THEN firstDegree ELSE secondDegree END > $intoFactor *
      CASE WHEN firstDegree > secondDegree THEN secondDegree ELSE firstDegree END AS into
  // One hop.
  CALL (a, b) {
    MATCH (a)-[r:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-(b)
    RETURN collect({nodes: [a, b], steps: [r]}) AS direct
  }
  // Two hops, unless there is one.
  CALL (a, b, into, swapped, direct) {
    CALL (a, b, into, swapped, direct) {
      // Checking: a's neighbors in id order (the order paths are kept in, since both ends are fixed), each
      // checked against b until $maxPaths paths are found.
      UNWIND CASE WHEN into AND size(direct) = 0 AND $maxLength >= 2 THEN [a] ELSE [] END AS x
      MATCH (x)-[r1:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-(m)
      WHERE m <> b AND (m:Statement OR m:Article OR $maxDegree IS NULL OR COUNT { (m)--() } <= $maxDegree
        OR COUNT { (m)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree)
      WITH b, r1, m ORDER BY m.id
      MATCH (m)-[r2:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-(b)
      WITH m, r1, r2 ORDER BY m.id, CASE WHEN swapped THEN [type(r2), type(r1)] ELSE [type(r1), type(r2)] END
      LIMIT $maxPaths
      RETURN m, r1, r2
      UNION ALL
      // Joining: both ends' neighbors read, joined on m; the cap is checked on the few that meet.
      UNWIND CASE WHEN NOT into AND size(direct) = 0 AND $maxLength >= 2 THEN [a] ELSE [] END AS x
      CALL (x, b) {
        MATCH (x)-[r1:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-(m)-[r2:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-(b)
        USING JOIN ON m
        RETURN m, r1, r2
      }
      WITH x, b, m, r1, r2
      WHERE m <> b AND m <> x AND (m:Statement OR m:Article OR $maxDegree IS NULL OR COUNT { (m)--() } <= $maxDegree
        OR COUNT { (m)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree)
      RETURN m, r1, r2
    }
    RETURN collect({nodes: [a, m, b], steps: [r1, r2]}) AS twoHops
  }
  CALL (a, b, direct, twoHops) {
    UNWIND direct + twoHops AS path
    RETURN path
    UNION ALL
    WITH a, b WHERE size(direct) = 0 AND size(twoHops) = 0 AND $maxLength = 3
    MATCH p = allShortestPaths((a)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS*..3]-(b))
      WHERE all(x IN nodes(p) WHERE x = a OR x = b OR $maxDegree IS NULL OR x:Statement OR x:Article
        OR COUNT { (x)--() } <= $maxDegree OR COUNT { (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree)
    RETURN {nodes: nodes(p), steps: relationships(p)} AS path
    UNION ALL
    WITH a, b WHERE size(direct) = 0 AND size(twoHops) = 0 AND $maxLength = 4
    MATCH p = allShortestPaths((a)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS*..4]-(b))
      WHERE all(x IN nodes(p) WHERE x = a OR x = b OR $maxDegree IS NULL OR x:Statement OR x:Article
        OR COUNT { (x)--() } <= $maxDegree OR COUNT { (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree)
    RETURN {nodes: nodes(p), steps: relationships(p)} AS path
    UNION ALL
    WITH a, b WHERE size(direct) = 0 AND size(twoHops) = 0 AND $maxLength = 5
    MATCH p = allShortestPaths((a)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS*..5]-(b))
      WHERE all(x IN nodes(p) WHERE x = a OR x = b OR $maxDegree IS NULL OR x:Statement OR x:Article
        OR COUNT { (x)--() } <= $maxDegree OR COUNT { (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree)
    RETURN {nodes: nodes(p), steps: relationships(p)} AS path
    UNION ALL
    WITH a, b WHERE size(direct) = 0 AND size(twoHops) = 0 AND $maxLength = 6
    MATCH p = allShortestPaths((a)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS*..6]-(b))
      WHERE all(x IN nodes(p) WHERE x = a OR x = b OR $maxDegree IS NULL OR x:Statement OR x:Article
        OR COUNT { (x)--() } <= $maxDegree OR COUNT { (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree)
    RETURN {nodes: nodes(p), steps: relationships(p)} AS path
  }
  WITH path, CASE WHEN swapped THEN reverse(path.nodes) ELSE path.nodes END AS along,
    CASE WHEN swapped THEN reverse(path.steps) ELSE path.steps END AS steps
  WITH path ORDER BY [x IN along | x.id], [r IN steps | type(r)] LIMIT $maxPaths
  RETURN collect(path) AS paths
}
WITH found, paths,
  CASE WHEN size(ends) = 2 AND ends[0] = ends[1] THEN [ends[0]]
    ELSE reduce(acc = [], p IN paths | acc + p.nodes) END AS members
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
  UNWIND p.steps AS r
  WITH DISTINCT r
  WITH r, startNode(r) AS s, endNode(r) AS e
  RETURN collect({
    type: type(r),
    source: [l IN labels(s) WHERE l IN ['Actor', 'Statement', 'Position', 'Outlet', 'Article', 'Event']][0] + ':' + s.id,
    target: [l IN labels(e) WHERE l IN ['Actor', 'Statement', 'Position', 'Outlet', 'Article', 'Event']][0] + ':' + e.id,
    // A stance edge's stance copies (speaker, position, statedOn, statedOnPrecision, rejected) are for an index
    // and the timelines, not part of the graph a client sees: left out here, as pairs, since Cypher builds no map
    // with chosen keys.
    properties: [key IN keys(r) WHERE NOT (type(r) = 'TAKES_POSITION' AND key IN ['speaker', 'position', 'statedOn', 'statedOnPrecision', 'rejected']) |
      [key, r[key]]]
  }) AS edges
}
RETURN found, nodes, edges
