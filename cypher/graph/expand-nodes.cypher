// One level of a neighborhood's breadth-first expansion, for the whole frontier at once, so a graph of depth d
// costs d of these queries however many nodes it holds. Like Neo4j Browser's neighbor cap, each frontier node
// yields at most $limit neighbors that are not yet in the graph, in a fixed order (relationship type, label,
// id) so that the same request always draws the same graph. Only the visible relationship types in $types
// are followed, so Evidence and Alias nodes are never reached.
// $frontier: [{type, id}], $visited: ['Type:id'] already in the graph, $types: [relationship type], $limit.
// Columns: type, id (one row per frontier node that exists), neighbors: [{type, id}].
UNWIND $frontier AS k
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
  MATCH (n)-[r]-(m)
  WHERE type(r) IN $types
  WITH m, min(type(r)) AS via
  WITH m, via, [l IN labels(m) WHERE l IN ['Actor', 'Statement', 'Position', 'Outlet', 'Article', 'Event']][0] AS label
  WHERE label IS NOT NULL AND NOT (label + ':' + m.id) IN $visited
  WITH m, via, label ORDER BY via, label, m.id LIMIT $limit
  RETURN collect({type: label, id: m.id}) AS neighbors
}
RETURN k.type AS type, n.id AS id, neighbors
