// Upserts an article's statements with every edge they carry, in one round trip for the whole batch.
// Edges are merged, so a further report of an existing statement adds its outlets, positions and evidence.
// Every edge lists the articles that assert it (`articles`, sorted; CITED_VIA carries its one `article`), so
// deleting an article takes back exactly what it added to statements other articles also report.
// $articleId, $statements: [{id, speaker, text, quote, speechAct, negated, conditional, condition, statedOn,
// statedOnPrecision, statedOnContext, cue, confidence, review, extractedBy, originalMedium, citedVia,
// positions: [{position, stance}],
// mentions: [{actor, role}], events, evidence: [{id, start, end, text}]}]. Columns: id.
MATCH (art:Article {id: $articleId})
UNWIND $statements AS input
MERGE (s:Statement {id: input.id})
// A statement another article already reported (a further report) keeps its first wording; only new
// statements take the properties of this annotation.
ON CREATE SET s.text = input.text, s.quote = input.quote, s.speechAct = input.speechAct, s.negated = input.negated,
    s.conditional = input.conditional, s.condition = input.condition, s.cue = input.cue,
    s.statedOn = CASE WHEN input.statedOn IS NULL THEN null ELSE date(input.statedOn) END,
    s.statedOnPrecision = input.statedOnPrecision, s.statedOnContext = input.statedOnContext,
    s.confidence = input.confidence, s.extractedBy = input.extractedBy, s.needsReview = coalesce(input.review, false)
MERGE (art)-[:REPORTS]->(s)
WITH art, s, input
CALL (art, s, input) {
  MATCH (speaker:Actor {id: input.speaker})
  MERGE (speaker)-[r:SAID]->(s)
  ON CREATE SET r.articles = [art.id]
  ON MATCH SET r.articles = CASE WHEN r.articles IS NULL OR art.id IN r.articles THEN r.articles
    ELSE [x IN r.articles WHERE x < art.id] + art.id + [x IN r.articles WHERE x > art.id] END
}
CALL (art, s, input) {
  MATCH (medium:Outlet {id: input.originalMedium})
  MERGE (s)-[r:SAID_TO]->(medium)
  ON CREATE SET r.articles = [art.id]
  ON MATCH SET r.articles = CASE WHEN r.articles IS NULL OR art.id IN r.articles THEN r.articles
    ELSE [x IN r.articles WHERE x < art.id] + art.id + [x IN r.articles WHERE x > art.id] END
}
CALL (art, s, input) {
  UNWIND input.citedVia AS outletId
  MATCH (o:Outlet {id: outletId})
  MERGE (s)-[:CITED_VIA {article: art.id}]->(o)
  MERGE (art)-[:CITES {role: 'source'}]->(o)
}
CALL (art, s, input) {
  UNWIND input.positions AS taken
  MATCH (p:Position {id: taken.position})
  MERGE (s)-[r:TAKES_POSITION {stance: taken.stance}]->(p)
  ON CREATE SET r.articles = [art.id]
  ON MATCH SET r.articles = CASE WHEN r.articles IS NULL OR art.id IN r.articles THEN r.articles
    ELSE [x IN r.articles WHERE x < art.id] + art.id + [x IN r.articles WHERE x > art.id] END
}
CALL (art, s, input) {
  UNWIND input.mentions AS mention
  MATCH (actor:Actor {id: mention.actor})
  MERGE (s)-[m:MENTIONS]->(actor)
  ON CREATE SET m.articles = [art.id]
  ON MATCH SET m.articles = CASE WHEN m.articles IS NULL OR art.id IN m.articles THEN m.articles
    ELSE [x IN m.articles WHERE x < art.id] + art.id + [x IN m.articles WHERE x > art.id] END
  // The first article to name the mention gives its role, as the first report gives a statement's wording.
  SET m.role = coalesce(m.role, mention.role)
}
CALL (art, s, input) {
  UNWIND input.events AS eventId
  MATCH (e:Event {id: eventId})
  MERGE (s)-[r:CONCERNS]->(e)
  ON CREATE SET r.articles = [art.id]
  ON MATCH SET r.articles = CASE WHEN r.articles IS NULL OR art.id IN r.articles THEN r.articles
    ELSE [x IN r.articles WHERE x < art.id] + art.id + [x IN r.articles WHERE x > art.id] END
}
CALL (art, s, input) {
  UNWIND input.evidence AS span
  MERGE (ev:Evidence {id: span.id})
  SET ev.start = span.start, ev.end = span.end, ev.text = span.text
  MERGE (s)-[:HAS_EVIDENCE]->(ev)
  MERGE (ev)-[:IN_ARTICLE]->(art)
}
RETURN s.id AS id
