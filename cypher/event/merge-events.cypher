// Upserts events with participants, order and evidence spans in this article. Participation and order edges
// list the articles that state them (`articles`, sorted), so deleting an article takes back exactly its own;
// an edge without the list was written by no article (the bulk corpus) and stays.
// $articleId, $events: [{id, name, description, date, datePrecision, dateContext, participants: [{actor, role}],
// follows, evidence: [{id, start, end, text}]}]. Columns: id.
MATCH (art:Article {id: $articleId})
UNWIND $events AS input
MERGE (e:Event {id: input.id})
SET e.name = input.name, e.description = coalesce(input.description, e.description),
    e.date = CASE WHEN input.date IS NULL THEN e.date ELSE date(input.date) END,
    e.datePrecision = coalesce(input.datePrecision, e.datePrecision),
    e.dateContext = coalesce(input.dateContext, e.dateContext)
MERGE (art)-[declares:DECLARES]->(e)
SET declares += {seq: timestamp(), name: input.name, description: input.description, date: input.date,
    datePrecision: input.datePrecision, dateContext: input.dateContext}
WITH art, e, input
CALL (e, input) {
  UNWIND input.participants AS p
  MATCH (actor:Actor {id: p.actor})
  MERGE (actor)-[r:PARTICIPATED_IN]->(e)
  ON CREATE SET r.articles = [$articleId]
  ON MATCH SET r.articles = CASE WHEN r.articles IS NULL OR $articleId IN r.articles THEN r.articles
    ELSE [x IN r.articles WHERE x < $articleId] + $articleId + [x IN r.articles WHERE x > $articleId] END
  SET r.role = coalesce(r.role, p.role)
}
CALL (e, input) {
  MATCH (previous:Event {id: input.follows})
  MERGE (e)-[r:FOLLOWS]->(previous)
  ON CREATE SET r.articles = [$articleId]
  ON MATCH SET r.articles = CASE WHEN r.articles IS NULL OR $articleId IN r.articles THEN r.articles
    ELSE [x IN r.articles WHERE x < $articleId] + $articleId + [x IN r.articles WHERE x > $articleId] END
}
CALL (art, e, input) {
  UNWIND input.evidence AS span
  MERGE (ev:Evidence {id: span.id})
  SET ev.start = span.start, ev.end = span.end, ev.text = span.text
  MERGE (e)-[:HAS_EVIDENCE]->(ev)
  MERGE (ev)-[:IN_ARTICLE]->(art)
}
RETURN e.id AS id
