// Pairs of allied speakers taking stances on the same position: actors linked by part_of, spokesperson_for or
// member_of, directly or through one shared actor (two members of one alliance), in either direction. Which
// pairs disagree and how much is decided in src/graph/contradiction-rules.ts.
// $speakerIds (null: every speaker of the position), $positionId (null: every position).
// Columns: speakerId, allyId, hops, positionId, stance, statementId, statedOn, allyStance, allyStatementId,
// allyStatedOn.
CALL () {
  UNWIND coalesce($speakerIds, []) AS speakerId
  MATCH (a:Actor {id: speakerId})
  RETURN a
  UNION
  UNWIND CASE WHEN $speakerIds IS NULL THEN [$positionId] ELSE [] END AS positionId
  MATCH (a:Actor)-[:SAID]->(:Statement)-[:TAKES_POSITION]->(:Position {id: positionId})
  RETURN DISTINCT a
}
MATCH path = (a)-[links:AFFILIATED_WITH]-{1,2}(b:Actor)
WHERE b <> a AND all(r IN links WHERE r.role IN ['part_of', 'spokesperson_for', 'member_of'])
WITH a, b, min(size(links)) AS hops
MATCH (a)-[:SAID]->(s:Statement)-[t:TAKES_POSITION]->(p:Position)<-[u:TAKES_POSITION]-(s2:Statement)<-[:SAID]-(b)
WHERE ($positionId IS NULL OR p.id = $positionId) AND s <> s2
  AND coalesce(s.reviewStatus, '') <> 'rejected' AND coalesce(s2.reviewStatus, '') <> 'rejected'
RETURN a.id AS speakerId, b.id AS allyId, hops, p.id AS positionId,
  t.stance AS stance, s.id AS statementId, toString(s.statedOn) AS statedOn,
  u.stance AS allyStance, s2.id AS allyStatementId, toString(s2.statedOn) AS allyStatedOn
ORDER BY speakerId, allyId, positionId, statementId, allyStatementId
