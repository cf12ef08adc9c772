// Events by id with participants and order, for the per-request event loader.
// $ids. Columns: event (a map; see EventModel in src/graph/event.ts).
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  OPTIONAL MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e)
  WITH a, r ORDER BY a.id
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {actorId: a.id, role: r.role} END) AS participants
}
CALL (e) {
  OPTIONAL MATCH (e)-[:FOLLOWS]->(before:Event)
  WITH before ORDER BY before.date, before.id
  RETURN collect(before.id) AS precededByIds
}
CALL (e) {
  OPTIONAL MATCH (after:Event)-[:FOLLOWS]->(e)
  WITH after ORDER BY after.date, after.id
  RETURN collect(after.id) AS followedByIds
}
RETURN e {
  .id, .name, .description,
  date: CASE WHEN e.date IS NULL THEN null ELSE
    {value: toString(e.date), precision: e.datePrecision, context: e.dateContext} END,
  participants: participants, precededByIds: precededByIds, followedByIds: followedByIds
} AS event
