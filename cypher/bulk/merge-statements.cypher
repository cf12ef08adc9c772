// Bulk path: statements of many articles with every edge they carry, as statement/merge-statements writes
// them for one article. Each row names its article.
// $statements: [{id, articleId, speaker, text, quote, speechAct, negated, conditional, condition, statedOn,
// statedOnPrecision, statedOnContext, cue, originalMedium, citedVia, positions: [{position, stance}],
// mentions: [{actor, role}], events, evidence: [{id, start, end, text}]}]. Columns: count.
UNWIND $statements AS input
MATCH (art:Article {id: input.articleId})
MERGE (s:Statement {id: input.id})
SET s.text = input.text, s.quote = input.quote, s.speechAct = input.speechAct, s.negated = input.negated,
    s.conditional = input.conditional, s.condition = input.condition, s.cue = input.cue,
    s.statedOn = date(input.statedOn), s.statedOnPrecision = input.statedOnPrecision,
    s.statedOnContext = input.statedOnContext
MERGE (art)-[:REPORTS]->(s)
WITH art, s, input
CALL (s, input) {
  MATCH (speaker:Actor {id: input.speaker})
  MERGE (speaker)-[:SAID]->(s)
}
CALL (s, input) {
  MATCH (medium:Outlet {id: input.originalMedium})
  MERGE (s)-[:SAID_TO]->(medium)
}
CALL (art, s, input) {
  UNWIND input.citedVia AS outletId
  MATCH (o:Outlet {id: outletId})
  MERGE (s)-[:CITED_VIA {article: art.id}]->(o)
  MERGE (art)-[:CITES {role: 'source'}]->(o)
}
CALL (s, input) {
  UNWIND input.positions AS taken
  MATCH (p:Position {id: taken.position})
  MERGE (s)-[:TAKES_POSITION {stance: taken.stance}]->(p)
}
CALL (s, input) {
  UNWIND input.mentions AS mention
  MATCH (actor:Actor {id: mention.actor})
  MERGE (s)-[m:MENTIONS]->(actor)
  SET m.role = mention.role
}
CALL (s, input) {
  UNWIND input.events AS eventId
  MATCH (e:Event {id: eventId})
  MERGE (s)-[:CONCERNS]->(e)
}
CALL (art, s, input) {
  UNWIND input.evidence AS span
  MERGE (ev:Evidence {id: span.id})
  SET ev.start = span.start, ev.end = span.end, ev.text = span.text
  MERGE (s)-[:HAS_EVIDENCE]->(ev)
  MERGE (ev)-[:IN_ARTICLE]->(art)
}
RETURN count(*) AS count
