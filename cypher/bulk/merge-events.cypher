// Bulk path: events with participants and order (no evidence: the corpus's events are not grounded in text).
// $events: [{id, name, description, date, datePrecision, dateContext, participants: [{actor, role}], follows}].
// Columns: count.
UNWIND $events AS input
MERGE (e:Event {id: input.id})
SET e.name = input.name, e.description = input.description, e.date = date(input.date),
    e.datePrecision = input.datePrecision, e.dateContext = input.dateContext
WITH e, input
CALL (e, input) {
  UNWIND input.participants AS p
  MATCH (actor:Actor {id: p.actor})
  MERGE (actor)-[r:PARTICIPATED_IN]->(e)
  SET r.role = p.role
}
RETURN count(*) AS count
