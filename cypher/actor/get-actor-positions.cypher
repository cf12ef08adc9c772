// An actor's stances, derived from statements: its own, and with $includeAffiliates those of actors that
// speak for it or belong to it (Peskov → the Kremlin → Russia). Never stored; always computed. A statement a
// reviewer rejected stands for no stance.
// $ids, $includeAffiliates. Columns: actorId, positionId, stance, statementIds.
UNWIND $ids AS actorId
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
WHERE coalesce(s.reviewStatus, '') <> 'rejected'
WITH actorId, p, t.stance AS stance, s ORDER BY s.statedOn DESC, s.id
RETURN actorId, p.id AS positionId, stance, collect(DISTINCT s.id) AS statementIds
ORDER BY actorId, positionId, stance
