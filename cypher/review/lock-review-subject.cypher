// Opens a review: takes the statement's write lock (two reviews of one statement run one after the other, each
// seeing the other's result), and returns what a reviewer may correct as it stands, the machine's provenance,
// the review log, and which of the ids a correction names do not exist (checked before anything is written).
// $id: statement id, $actors, $positions, $outlets: [id] named by the correction.
// Columns: state {speaker, positions, originalMedium, citedVia, negated, conditional}, extractedBy, confidence,
// reviewStatus, reviewLog, missingActors, missingPositions, missingOutlets (no row: no such statement).
MATCH (s:Statement {id: $id})
SET s.reviewLock = true
REMOVE s.reviewLock
WITH s
CALL (s) {
  OPTIONAL MATCH (a:Actor)-[:SAID]->(s)
  WITH a ORDER BY a.id
  RETURN head(collect(a.id)) AS speaker
}
CALL (s) {
  OPTIONAL MATCH (s)-[t:TAKES_POSITION]->(p:Position)
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {position: p.id, stance: t.stance} END) AS positions
}
CALL (s) {
  OPTIONAL MATCH (s)-[:SAID_TO]->(o:Outlet)
  WITH o ORDER BY o.id
  RETURN head(collect(o.id)) AS originalMedium
}
CALL (s) {
  OPTIONAL MATCH (s)-[:CITED_VIA]->(o:Outlet)
  RETURN collect(DISTINCT o.id) AS citedVia
}
RETURN {speaker: speaker, positions: positions, originalMedium: originalMedium, citedVia: citedVia,
    negated: coalesce(s.negated, false), conditional: coalesce(s.conditional, false)} AS state,
  s.extractedBy AS extractedBy, s.confidence AS confidence, s.reviewStatus AS reviewStatus,
  coalesce(s.reviewLog, []) AS reviewLog,
  [x IN $actors WHERE NOT EXISTS { MATCH (:Actor {id: x}) }] AS missingActors,
  [x IN $positions WHERE NOT EXISTS { MATCH (:Position {id: x}) }] AS missingPositions,
  [x IN $outlets WHERE NOT EXISTS { MATCH (:Outlet {id: x}) }] AS missingOutlets
