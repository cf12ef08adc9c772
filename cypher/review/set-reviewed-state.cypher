// Gives reviewed statements exactly the speaker, stances, original medium and cited-via outlets of their last
// review, and its negated/conditional flags. The edges it writes carry `reviewed: true` and no `articles` list,
// so that retracting an article (a changed re-import) leaves them alone; run after an import too, it removes
// whatever the import's machine annotation put next to them. Cited-via outlets are recorded for every article
// reporting the statement (a citation is per article: exports rebuild each article's annotation from them).
// $states: [{id, speaker, positions: [{position, stance}], originalMedium, citedVia: [id], negated,
// conditional}]. Columns: id.
UNWIND $states AS state
MATCH (s:Statement {id: state.id})
CALL (s) {
  OPTIONAL MATCH (s)<-[r:SAID]-(:Actor)
  DELETE r
}
CALL (s) {
  OPTIONAL MATCH (s)-[r:TAKES_POSITION|SAID_TO|CITED_VIA]->()
  DELETE r
}
SET s.negated = state.negated, s.conditional = state.conditional
WITH s, state
CALL (s, state) {
  MATCH (speaker:Actor {id: state.speaker})
  CREATE (speaker)-[:SAID {reviewed: true}]->(s)
}
CALL (s, state) {
  UNWIND state.positions AS taken
  MATCH (p:Position {id: taken.position})
  CREATE (s)-[:TAKES_POSITION {stance: taken.stance, reviewed: true}]->(p)
}
CALL (s, state) {
  MATCH (medium:Outlet {id: state.originalMedium})
  CREATE (s)-[:SAID_TO {reviewed: true}]->(medium)
}
CALL (s, state) {
  UNWIND state.citedVia AS outletId
  MATCH (o:Outlet {id: outletId})
  MATCH (art:Article)-[:REPORTS]->(s)
  CREATE (s)-[:CITED_VIA {article: art.id, reviewed: true}]->(o)
}
RETURN s.id AS id
