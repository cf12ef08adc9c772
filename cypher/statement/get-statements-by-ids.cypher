// Statements by id with the ids of everything they point at, so that one query per nesting level loads a
// whole list of statements; the pointed-at nodes come from their own loaders.
// $ids: [id]. Columns: statement (a map; see StatementModel in src/graph/statement.ts).
UNWIND $ids AS id
MATCH (s:Statement {id: id})
CALL (s) {
  OPTIONAL MATCH (speaker:Actor)-[:SAID]->(s)
  RETURN head(collect(speaker.id)) AS speakerId
}
CALL (s) {
  OPTIONAL MATCH (s)-[:SAID_TO]->(o:Outlet)
  RETURN head(collect(o.id)) AS originalMediumId
}
CALL (s) {
  OPTIONAL MATCH (s)-[:CITED_VIA]->(o:Outlet)
  WITH DISTINCT o ORDER BY o.id
  RETURN collect(o.id) AS citedViaIds
}
CALL (s) {
  OPTIONAL MATCH (s)-[t:TAKES_POSITION]->(p:Position)
  WITH t, p ORDER BY p.id, t.stance
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {positionId: p.id, stance: t.stance} END) AS positions
}
CALL (s) {
  OPTIONAL MATCH (s)-[m:MENTIONS]->(a:Actor)
  WITH m, a ORDER BY a.id
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {actorId: a.id, role: m.role} END) AS mentions
}
CALL (s) {
  OPTIONAL MATCH (s)-[:CONCERNS]->(e:Event)
  WITH e ORDER BY e.id
  RETURN collect(e.id) AS eventIds
}
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_EVIDENCE]->(ev:Evidence)-[:IN_ARTICLE]->(a:Article)
  WITH ev, a ORDER BY a.id, ev.id
  RETURN collect(CASE WHEN ev IS NULL THEN null ELSE
    {articleId: a.id, start: ev.start, end: ev.end, text: ev.text} END) AS evidence
}
CALL (s) {
  OPTIONAL MATCH (a:Article)-[:REPORTS]->(s)
  WITH a ORDER BY a.id
  RETURN collect(a.id) AS reportIds
}
CALL (s) {
  OPTIONAL MATCH (s)-[:SAID_TO|CITED_VIA]->(o:Outlet)
  RETURN count(DISTINCT o) AS outletCount
}
RETURN s {
  .id, .text, .quote, .speechAct, .negated, .conditional, .condition, .cue,
  statedOn: CASE WHEN s.statedOn IS NULL THEN null ELSE
    {value: toString(s.statedOn), precision: s.statedOnPrecision, context: s.statedOnContext} END,
  speakerId: speakerId, originalMediumId: originalMediumId, citedViaIds: citedViaIds, positions: positions,
  mentions: mentions, eventIds: eventIds, evidence: evidence, reportIds: reportIds, outletCount: outletCount
} AS statement
