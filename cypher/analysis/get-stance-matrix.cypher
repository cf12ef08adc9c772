// Who supports or opposes what, with the statements as evidence: one row per (actor, position, stance). Derived
// from statements, never stored, with the logic of actor/get-actor-positions: with $includeAffiliates an actor's
// stance also rests on the statements of actors that speak for it or belong to it, up to 3 hops (Peskov → the
// Kremlin → Russia), over the roles that make one actor's words another's.
// $actorIds, $positionIds (null: every position), $includeAffiliates.
// Columns: actorId, positionId, stance, statementIds (newest first).
UNWIND $actorIds AS actorId
MATCH (a:Actor {id: actorId})
CALL (a) {
  RETURN a AS speaker
  UNION
  MATCH (speaker:Actor)-[r:AFFILIATED_WITH]->{1,3}(a)
  WHERE $includeAffiliates
    AND all(x IN r WHERE x.role IN ['spokesperson_for', 'part_of', 'represents', 'belongs_to', 'leads'])
  RETURN speaker
}
MATCH (speaker)-[:SAID]->(s:Statement)-[t:TAKES_POSITION]->(p:Position)
WHERE ($positionIds IS NULL OR p.id IN $positionIds) AND coalesce(s.reviewStatus, '') <> 'rejected'
WITH actorId, p, t.stance AS stance, s ORDER BY s.statedOn DESC, s.id
RETURN actorId, p.id AS positionId, stance, collect(DISTINCT s.id) AS statementIds
ORDER BY actorId, positionId, stance
