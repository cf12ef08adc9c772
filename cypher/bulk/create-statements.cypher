// Bulk path: the statements of the articles bulk/create-articles just created, with every edge they carry, as
// statement/merge-statements writes them for one article. Only statements of an article created in this
// transaction arrive here, so CREATE is safe; statements that exist are skipped all the same. Every edge
// lists its article in `articles`, as the article path writes it, so deleting a bulk article works the same.
// Stance edges carry their stance copies (statement/copy-onto-stance-edges) from the start.
// $statements: [{id, articleId, speaker, text, quote, speechAct, negated, conditional, condition, statedOn,
// statedOnPrecision, statedOnContext, cue, originalMedium, citedVia, positions: [{position, stance}],
// mentions: [{actor, role}], events, evidence: [{id, start, end, text}]}]. Columns: tallies
// ([{position, speechAct, statements}]).
UNWIND $statements AS input
OPTIONAL MATCH (existing:Statement {id: input.id})
WITH input WHERE existing IS NULL
MATCH (art:Article {id: input.articleId})
MATCH (speaker:Actor {id: input.speaker})
CREATE (art)-[:REPORTS]->(s:Statement {
  id: input.id, text: input.text, quote: input.quote, speechAct: input.speechAct, negated: input.negated,
  conditional: input.conditional, condition: input.condition, cue: input.cue, statedOn: date(input.statedOn),
  statedOnPrecision: input.statedOnPrecision, statedOnContext: input.statedOnContext
})<-[:SAID {articles: [art.id]}]-(speaker)
WITH art, s, input
CALL (art, s, input) {
  MATCH (medium:Outlet {id: input.originalMedium})
  CREATE (s)-[:SAID_TO {articles: [art.id]}]->(medium)
}
CALL (art, s, input) {
  UNWIND input.citedVia AS outletId
  MATCH (o:Outlet {id: outletId})
  CREATE (s)-[:CITED_VIA {article: art.id}]->(o)
}
CALL (art, s, input) {
  UNWIND input.positions AS taken
  MATCH (p:Position {id: taken.position})
  CREATE (s)-[:TAKES_POSITION {
    stance: taken.stance, articles: [art.id], speaker: input.speaker, position: p.id, statedOn: s.statedOn,
    statedOnPrecision: CASE WHEN s.statedOn IS NOT NULL THEN s.statedOnPrecision END
  }]->(p)
}
CALL (art, s, input) {
  UNWIND input.mentions AS mention
  MATCH (actor:Actor {id: mention.actor})
  CREATE (s)-[:MENTIONS {role: mention.role, articles: [art.id]}]->(actor)
}
CALL (art, s, input) {
  UNWIND input.events AS eventId
  MATCH (e:Event {id: eventId})
  CREATE (s)-[:CONCERNS {articles: [art.id]}]->(e)
}
CALL (art, s, input) {
  UNWIND input.evidence AS span
  CREATE (s)-[:HAS_EVIDENCE]->(:Evidence {id: span.id, start: span.start, end: span.end, text: span.text})
    -[:IN_ARTICLE]->(art)
}
// What the created statements add to the position counts (docs/model.md), per position and speech act, for the
// caller to add in this transaction (statement/add-position-counts).
WITH s
CALL (s) {
  MATCH (s)-[:TAKES_POSITION]->(p:Position)
  RETURN collect(DISTINCT p.id) AS positions
}
UNWIND positions AS position
WITH position, s.speechAct AS speechAct, count(*) AS statements
RETURN collect({position: position, speechAct: speechAct, statements: statements}) AS tallies
