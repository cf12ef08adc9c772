// Upserts events with participants, order and evidence spans in this article.
// $articleId, $events: [{id, name, description, date, datePrecision, dateContext, participants: [{actor, role}],
// follows, evidence: [{id, start, end, text}]}]. Columns: id.
MATCH (art:Article {id: $articleId})
UNWIND $events AS input
MERGE (e:Event {id: input.id})
SET e.name = input.name, e.description = coalesce(input.description, e.description),
    e.date = CASE WHEN input.date IS NULL THEN e.date ELSE date(input.date) END,
    e.datePrecision = coalesce(input.datePrecision, e.datePrecision),
    e.dateContext = coalesce(input.dateContext, e.dateContext)
MERGE (art)-[:DECLARES]->(e)
WITH art, e, input
CALL (e, input) {
  UNWIND input.participants AS p
  MATCH (actor:Actor {id: p.actor})
  MERGE (actor)-[r:PARTICIPATED_IN]->(e)
  SET r.role = coalesce(p.role, r.role)
}
CALL (e, input) {
  MATCH (previous:Event {id: input.follows})
  MERGE (e)-[:FOLLOWS]->(previous)
}
CALL (art, e, input) {
  UNWIND input.evidence AS span
  MERGE (ev:Evidence {id: span.id})
  SET ev.start = span.start, ev.end = span.end, ev.text = span.text
  MERGE (e)-[:HAS_EVIDENCE]->(ev)
  MERGE (ev)-[:IN_ARTICLE]->(art)
}
RETURN e.id AS id
