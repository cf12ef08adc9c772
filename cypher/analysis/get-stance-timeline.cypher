// Stances on one position over time: one row per period, speaker and stance, with the statements in it.
// Statements whose date is unknown, or known less precisely than a period (a month-precise date in weeks),
// come in rows of their own with a null period: a date is never guessed.
// $positionId, $speakerIds (null: every speaker), $unit ('day', 'week' or 'month'), $perCell (statement ids
// kept per row, newest first).
// Columns: period (first day of the period, or null), placement ('dated', 'imprecise' or 'undated'), speakerId,
// stance, statementCount, statementIds.
MATCH (speaker:Actor)-[:SAID]->(s:Statement)-[t:TAKES_POSITION]->(:Position {id: $positionId})
WHERE ($speakerIds IS NULL OR speaker.id IN $speakerIds) AND coalesce(s.reviewStatus, '') <> 'rejected'
WITH speaker, t.stance AS stance, s,
  CASE
    WHEN s.statedOn IS NULL THEN 'undated'
    WHEN coalesce(s.statedOnPrecision, 'day') = 'day'
      OR ($unit = 'month' AND s.statedOnPrecision = 'month') THEN 'dated'
    ELSE 'imprecise'
  END AS placement
WITH speaker, stance, s, placement,
  CASE WHEN placement = 'dated' THEN date.truncate($unit, s.statedOn) END AS period
ORDER BY s.statedOn DESC, s.id
WITH period, placement, speaker.id AS speakerId, stance, collect(s.id) AS ids
RETURN toString(period) AS period, placement, speakerId, stance, size(ids) AS statementCount,
  ids[0..$perCell] AS statementIds
ORDER BY period, speakerId, stance
