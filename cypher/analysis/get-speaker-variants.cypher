// Quoted statements that may be the same remark given to another speaker: for each quoted statement in scope,
// the quoted statements of other speakers stated within a day of it that share a position with it. Whether the
// quotes match is decided in src/graph/contradiction-rules.ts.
// $speakerIds (null: any speaker), $positionId (null: any position).
// Columns: statementId, speakerId, quote, statedOn, otherId, otherSpeakerId, otherQuote, otherStatedOn.
CALL () {
  UNWIND coalesce($speakerIds, []) AS speakerId
  MATCH (:Actor {id: speakerId})-[:SAID]->(s:Statement)
  RETURN s
  UNION
  UNWIND CASE WHEN $speakerIds IS NULL THEN [$positionId] ELSE [] END AS positionId
  MATCH (s:Statement)-[:TAKES_POSITION]->(:Position {id: positionId})
  RETURN s
}
WITH s WHERE s.quote IS NOT NULL AND s.statedOn IS NOT NULL AND coalesce(s.reviewStatus, '') <> 'rejected'
MATCH (speaker:Actor)-[:SAID]->(s)-[:TAKES_POSITION]->(p:Position)<-[:TAKES_POSITION]-(other:Statement)
  <-[:SAID]-(otherSpeaker:Actor)
WHERE ($positionId IS NULL OR p.id = $positionId) AND otherSpeaker <> speaker AND other.quote IS NOT NULL
  AND coalesce(other.reviewStatus, '') <> 'rejected'
  AND other.statedOn >= s.statedOn - duration('P1D') AND other.statedOn <= s.statedOn + duration('P1D')
RETURN DISTINCT s.id AS statementId, speaker.id AS speakerId, s.quote AS quote, toString(s.statedOn) AS statedOn,
  other.id AS otherId, otherSpeaker.id AS otherSpeakerId, other.quote AS otherQuote,
  toString(other.statedOn) AS otherStatedOn
ORDER BY statementId, otherId
