// Upserts an article's statements with every edge they carry, in one round trip for the whole batch.
// Edges are merged, so a further report of an existing statement adds its outlets, positions and evidence.
// $articleId, $statements: [{id, speaker, text, quote, speechAct, negated, conditional, condition, statedOn,
// statedOnPrecision, statedOnContext, cue, originalMedium, citedVia, positions: [{position, stance}],
// mentions: [{actor, role}], events, evidence: [{id, start, end, text}]}]. Columns: id.
MATCH (art:Article {id: $articleId})
UNWIND $statements AS input
MERGE (s:Statement {id: input.id})
// A statement another article already reported (a corroborating report) keeps its first wording; only new
// statements take the properties of this annotation.
ON CREATE SET s.text = input.text, s.quote = input.quote, s.speechAct = input.speechAct, s.negated = input.negated,
    s.conditional = input.conditional, s.condition = input.condition, s.cue = input.cue,
    s.statedOn = CASE WHEN input.statedOn IS NULL THEN null ELSE date(input.statedOn) END,
    s.statedOnPrecision = input.statedOnPrecision, s.statedOnContext = input.statedOnContext
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
RETURN s.id AS id
