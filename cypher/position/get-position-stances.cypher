// Who takes which stance on each position, derived from statements (the speaker of each), never stored;
// a statement a reviewer rejected stands for no stance.
// $ids. Columns: positionId, actorId, stance, statementIds.
UNWIND $ids AS positionId
MATCH (speaker:Actor)-[:SAID]->(s:Statement)-[t:TAKES_POSITION]->(p:Position {id: positionId})
WHERE coalesce(s.reviewStatus, '') <> 'rejected'
WITH positionId, speaker, t.stance AS stance, s ORDER BY s.statedOn DESC, s.id
RETURN positionId, speaker.id AS actorId, stance, collect(s.id) AS statementIds
ORDER BY positionId, size(statementIds) DESC, actorId, stance
