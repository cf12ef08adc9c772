// Day-dated stances of speakers, in time order: the input of stance-change detection (src/graph/contradiction-
// rules.ts). Dates less precise than a day cannot be ordered against days and are left out.
// $speakerIds (null: every speaker of the position), $positionId (null: every position of the speakers).
// Columns: speakerId, positionId, stance, statementId, statedOn.
CALL () {
  UNWIND coalesce($speakerIds, []) AS speakerId
  MATCH (:Actor {id: speakerId})-[:SAID]->(s:Statement)-[t:TAKES_POSITION]->(p:Position)
  WHERE $positionId IS NULL OR p.id = $positionId
  RETURN speakerId, s, t, p
  UNION ALL
  UNWIND CASE WHEN $speakerIds IS NULL THEN [$positionId] ELSE [] END AS positionId
  MATCH (speaker:Actor)-[:SAID]->(s:Statement)-[t:TAKES_POSITION]->(p:Position {id: positionId})
  RETURN speaker.id AS speakerId, s, t, p
}
WITH speakerId, s, t, p
WHERE s.statedOn IS NOT NULL AND coalesce(s.statedOnPrecision, 'day') = 'day' AND coalesce(s.reviewStatus, '') <> 'rejected'
RETURN speakerId, p.id AS positionId, t.stance AS stance, s.id AS statementId, toString(s.statedOn) AS statedOn
ORDER BY speakerId, positionId, statedOn, statementId
