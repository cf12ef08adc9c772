// The nodes of a graph view with what a viewer draws (label, kind, how many neighbors it has over $types),
// and every relationship of the $types among them, each once (from its start node): Neo4j Browser's
// "connect result nodes", so two nodes on the canvas are never shown unconnected when they are connected.
// $keys: [{type, id}], $keyIds: ['Type:id'] (the same nodes), $types: [relationship type].
// Columns: type, id, label (name, title or statement text), kind (actor or outlet kind, else null), degree
// (relationships over $types), edges: [{type, target: 'Type:id', properties: [[key, value]] (a stance edge's
// stance copies left out)}].
UNWIND $keys AS k
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
CALL (n) {
  MATCH (n)-[r]->(m)
  WHERE type(r) IN $types
  WITH r, [l IN labels(m) WHERE l IN ['Actor', 'Statement', 'Position', 'Outlet', 'Article', 'Event']][0] + ':' + m.id
    AS target
  WHERE target IN $keyIds
  WITH r, target ORDER BY type(r), target
  RETURN collect({
    type: type(r),
    target: target,
    // A stance edge's stance copies (speaker, position, statedOn, statedOnPrecision, rejected) are for an index
    // and the timelines, not part of the graph a client sees: left out here, as pairs, since Cypher builds no map
    // with chosen keys.
    properties: [key IN keys(r) WHERE NOT (type(r) = 'TAKES_POSITION' AND key IN ['speaker', 'position', 'statedOn', 'statedOnPrecision', 'rejected']) |
      [key, r[key]]]
  }) AS edges
}
RETURN k.type AS type, n.id AS id,
  CASE k.type
    WHEN 'Statement' THEN n.text
    WHEN 'Article' THEN coalesce(n.title, n.url, n.id)
    ELSE coalesce(n.name, n.id)
  END AS label,
  CASE WHEN k.type IN ['Actor', 'Outlet'] THEN toLower(n.kind) END AS kind,
  // One term per visible type: a count over one static type is read from the node's relationship groups
  // (constant time on the dense nodes, hot actors and positions) instead of walking every relationship.
  CASE WHEN 'SAID' IN $types THEN COUNT { (n)-[:SAID]-() } ELSE 0 END +
    CASE WHEN 'SAID_TO' IN $types THEN COUNT { (n)-[:SAID_TO]-() } ELSE 0 END +
    CASE WHEN 'CITED_VIA' IN $types THEN COUNT { (n)-[:CITED_VIA]-() } ELSE 0 END +
    CASE WHEN 'TAKES_POSITION' IN $types THEN COUNT { (n)-[:TAKES_POSITION]-() } ELSE 0 END +
    CASE WHEN 'MENTIONS' IN $types THEN COUNT { (n)-[:MENTIONS]-() } ELSE 0 END +
    CASE WHEN 'CONCERNS' IN $types THEN COUNT { (n)-[:CONCERNS]-() } ELSE 0 END +
    CASE WHEN 'REPORTS' IN $types THEN COUNT { (n)-[:REPORTS]-() } ELSE 0 END +
    CASE WHEN 'PUBLISHED_BY' IN $types THEN COUNT { (n)-[:PUBLISHED_BY]-() } ELSE 0 END +
    CASE WHEN 'CITES' IN $types THEN COUNT { (n)-[:CITES]-() } ELSE 0 END +
    CASE WHEN 'AFFILIATED_WITH' IN $types THEN COUNT { (n)-[:AFFILIATED_WITH]-() } ELSE 0 END +
    CASE WHEN 'PARTICIPATED_IN' IN $types THEN COUNT { (n)-[:PARTICIPATED_IN]-() } ELSE 0 END +
    CASE WHEN 'FOLLOWS' IN $types THEN COUNT { (n)-[:FOLLOWS]-() } ELSE 0 END AS degree,
  edges
