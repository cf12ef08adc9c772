// Statements that may rely on one outlet alone: those said to it, cited via it, or reported by an article it
// published (whether every report traces back to it is decided in src/graph/provenance-chain.ts). The other
// filters a reliance list accepts apply here.
// $outletId, $speaker, $position, $stance, $from, $to (null: no filter).
// Columns: id, sortKey (statedOn, or null when undated).
CALL () {
  MATCH (s:Statement)-[:SAID_TO|CITED_VIA]->(:Outlet {id: $outletId})
  RETURN s
  UNION
  MATCH (s:Statement)<-[:REPORTS]-(:Article)-[:PUBLISHED_BY]->(:Outlet {id: $outletId})
  RETURN s
}
WITH s
WHERE ($speaker IS NULL OR EXISTS { (:Actor {id: $speaker})-[:SAID]->(s) })
  AND ($position IS NULL OR EXISTS {
    (s)-[t:TAKES_POSITION]->(:Position {id: $position}) WHERE $stance IS NULL OR t.stance = $stance })
  AND ($stance IS NULL OR EXISTS { (s)-[t:TAKES_POSITION]->(:Position) WHERE t.stance = $stance })
  AND ($from IS NULL OR s.statedOn >= date($from))
  AND ($to IS NULL OR s.statedOn <= date($to))
RETURN s.id AS id, toString(s.statedOn) AS sortKey
