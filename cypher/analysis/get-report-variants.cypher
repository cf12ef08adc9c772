// How each article reports a statement: its publisher, date and evidence spans, for statements of the given
// speakers or on the given position that more than one article reports. Whether the reports agree on the quote
// is decided in src/graph/contradiction-rules.ts.
// $speakerIds (null: any speaker), $positionId (null: any position).
// Columns: statementId, speakerId, quote, reports: [{articleId, publishedOn, evidence: [{articleId, start, end,
// text}]}] (oldest report first).
CALL () {
  UNWIND coalesce($speakerIds, []) AS speakerId
  MATCH (:Actor {id: speakerId})-[:SAID]->(s:Statement)
  WHERE $positionId IS NULL OR EXISTS { (s)-[:TAKES_POSITION]->(:Position {id: $positionId}) }
  RETURN s
  UNION
  UNWIND CASE WHEN $speakerIds IS NULL THEN [$positionId] ELSE [] END AS positionId
  MATCH (s:Statement)-[:TAKES_POSITION]->(:Position {id: positionId})
  RETURN s
}
WITH s WHERE s.quote IS NOT NULL AND coalesce(s.reviewStatus, '') <> 'rejected' AND COUNT { (s)<-[:REPORTS]-(:Article) } > 1
MATCH (s)<-[:SAID]-(speaker:Actor)
CALL (s) {
  MATCH (art:Article)-[:REPORTS]->(s)
  CALL (s, art) {
    MATCH (s)-[:HAS_EVIDENCE]->(ev:Evidence)-[:IN_ARTICLE]->(art)
    WHERE ev.start IS NOT NULL
    WITH ev ORDER BY ev.start
    RETURN collect({articleId: art.id, start: ev.start, end: ev.end, text: ev.text}) AS evidence
  }
  WITH art, evidence ORDER BY art.publishedOn, art.id
  RETURN collect({articleId: art.id, publishedOn: toString(art.publishedOn), evidence: evidence}) AS reports
}
RETURN s.id AS statementId, speaker.id AS speakerId, s.quote AS quote, reports
ORDER BY statementId
