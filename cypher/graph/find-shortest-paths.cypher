// All shortest paths between two nodes over the visible relationship types, in either direction, as one graph.
// The search runs from both ends at once (Neo4j's stateful shortest path) and passes through no node with more
// than $maxDegree relationships over the visible types (a hub: an actor quoted everywhere, a position everyone
// speaks on), unless $maxDegree is null; either end may be a hub. A statement or an article is never a hub and
// is told by the relationship that reaches it (type and direction), read for free; any other node's degree is
// read from its relationship groups when the search reaches it (all its relationships first, cheap on a
// small node, then the visible ones only when that is over the cap), so a hub is neither expanded nor walked
// through. Quantifier bounds cannot be parameters, so there is one branch per $maxLength (1 to 6, the API's
// bounds), guarded before its search: a search bounded by what is asked for stops there instead of looking
// further for paths it would drop. Paths are capped at $maxPaths, chosen in a fixed order (by the ids along
// them). A node asked for as both ends is its own path of length 0.
// $from, $to: {type, id}; $maxLength; $maxDegree (null: no cap); $maxPaths.
// Columns (one row): found: ['Type:id'] of the ends that exist, nodes: [{type, id, label, kind, degree
// (relationships over the visible types)}],
// edges: [{type, source: 'Type:id', target: 'Type:id', properties}].
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
  WITH pair[0] AS a, pair[1] AS b
  CALL (a, b) {
    WITH a, b WHERE $maxLength = 1
    MATCH p = ALL SHORTEST (a)
      (()-[r:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-(x)
        WHERE x = b OR $maxDegree IS NULL
          OR (startNode(r) = x AND type(r) IN ['TAKES_POSITION', 'SAID_TO', 'CITED_VIA', 'MENTIONS', 'CONCERNS',
            'PUBLISHED_BY', 'CITES', 'REPORTS'])
          OR (endNode(r) = x AND type(r) IN ['SAID', 'REPORTS'])
          OR COUNT { (x)--() } <= $maxDegree
          OR COUNT { (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree){1,1}
      (b)
    RETURN p
    UNION ALL
    WITH a, b WHERE $maxLength = 2
    MATCH p = ALL SHORTEST (a)
      (()-[r:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-(x)
        WHERE x = b OR $maxDegree IS NULL
          OR (startNode(r) = x AND type(r) IN ['TAKES_POSITION', 'SAID_TO', 'CITED_VIA', 'MENTIONS', 'CONCERNS',
            'PUBLISHED_BY', 'CITES', 'REPORTS'])
          OR (endNode(r) = x AND type(r) IN ['SAID', 'REPORTS'])
          OR COUNT { (x)--() } <= $maxDegree
          OR COUNT { (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree){1,2}
      (b)
    RETURN p
    UNION ALL
    WITH a, b WHERE $maxLength = 3
    MATCH p = ALL SHORTEST (a)
      (()-[r:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-(x)
        WHERE x = b OR $maxDegree IS NULL
          OR (startNode(r) = x AND type(r) IN ['TAKES_POSITION', 'SAID_TO', 'CITED_VIA', 'MENTIONS', 'CONCERNS',
            'PUBLISHED_BY', 'CITES', 'REPORTS'])
          OR (endNode(r) = x AND type(r) IN ['SAID', 'REPORTS'])
          OR COUNT { (x)--() } <= $maxDegree
          OR COUNT { (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree){1,3}
      (b)
    RETURN p
    UNION ALL
    WITH a, b WHERE $maxLength = 4
    MATCH p = ALL SHORTEST (a)
      (()-[r:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-(x)
        WHERE x = b OR $maxDegree IS NULL
          OR (startNode(r) = x AND type(r) IN ['TAKES_POSITION', 'SAID_TO', 'CITED_VIA', 'MENTIONS', 'CONCERNS',
            'PUBLISHED_BY', 'CITES', 'REPORTS'])
          OR (endNode(r) = x AND type(r) IN ['SAID', 'REPORTS'])
          OR COUNT { (x)--() } <= $maxDegree
          OR COUNT { (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree){1,4}
      (b)
    RETURN p
    UNION ALL
    WITH a, b WHERE $maxLength = 5
    MATCH p = ALL SHORTEST (a)
      (()-[r:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-(x)
        WHERE x = b OR $maxDegree IS NULL
          OR (startNode(r) = x AND type(r) IN ['TAKES_POSITION', 'SAID_TO', 'CITED_VIA', 'MENTIONS', 'CONCERNS',
            'PUBLISHED_BY', 'CITES', 'REPORTS'])
          OR (endNode(r) = x AND type(r) IN ['SAID', 'REPORTS'])
          OR COUNT { (x)--() } <= $maxDegree
          OR COUNT { (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree){1,5}
      (b)
    RETURN p
    UNION ALL
    WITH a, b WHERE $maxLength = 6
    MATCH p = ALL SHORTEST (a)
      (()-[r:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-(x)
        WHERE x = b OR $maxDegree IS NULL
          OR (startNode(r) = x AND type(r) IN ['TAKES_POSITION', 'SAID_TO', 'CITED_VIA', 'MENTIONS', 'CONCERNS',
            'PUBLISHED_BY', 'CITES', 'REPORTS'])
          OR (endNode(r) = x AND type(r) IN ['SAID', 'REPORTS'])
          OR COUNT { (x)--() } <= $maxDegree
          OR COUNT { (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS|PUBLISHED_BY|CITES|AFFILIATED_WITH|PARTICIPATED_IN|FOLLOWS]-() } <= $maxDegree){1,6}
      (b)
    RETURN p
  }
  WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | type(r)] LIMIT $maxPaths
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
    properties: properties(r)
  }) AS edges
}
RETURN found, nodes, edges
