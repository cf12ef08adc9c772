// Stances on one position over time, in one round trip: the position (no row when there is none), and one cell
// per period, speaker and stance with its count and its newest statements' own properties, so that a timeline
// whose statements show no relation needs neither a position lookup nor a statement lookup after it.
// Statements whose date is unknown, or known less precisely than a period (a month-precise date in weeks),
// come in cells of their own with a null period: a date is never guessed.
// $positionId, $speakerIds (null: every speaker; no repeats), $unit ('day', 'week' or 'month'), $perCell
// (statements kept per cell, newest first), $withStatements (whether to return the listed statements' own
// properties, or their ids only).
// Columns: position {id, name, description}, cells ([{period (first day of the period, or null), placement
// ('dated', 'imprecise' or 'undated'), speakerId, stance, statementCount, statementIds, statements ([{id, text,
// quote, speechAct, negated, conditional, condition, cue, confidence, extractedBy, needsReview, reviewStatus,
// reviewLog, statedOn}], empty unless $withStatements)}], ordered by period, speaker and stance).
MATCH (p:Position {id: $positionId})
// One row whatever matched (an aggregation with no grouping key): a position without statements has no cells.
CALL (p) {
  // Both ways are planned; the one not taken unwinds an empty list and reads nothing.
  CALL (p) {
    // The asked speakers' stance edges on the position, and only those, from the takes_position_speaker index
    // (the stance copies, docs/model.md): neither a busy speaker's other statements nor a busy position's other
    // speakers are read, and each edge carries its statement's date, precision and rejection, so that a
    // statement is read only for its id. Statements several actors said ('*') are few, and kept for the
    // speakers that said them.
    UNWIND coalesce($speakerIds, []) AS speakerId
    CALL (speakerId) {
      MATCH ()-[t:TAKES_POSITION {speaker: speakerId, position: $positionId}]->()
      RETURN t
      UNION ALL
      MATCH (s:Statement)-[t:TAKES_POSITION {speaker: '*', position: $positionId}]->()
      WHERE EXISTS { (:Actor {id: speakerId})-[:SAID]->(s) }
      RETURN t
    }
    RETURN speakerId, t
    UNION ALL
    UNWIND CASE WHEN $speakerIds IS NULL THEN [p] ELSE [] END AS position
    MATCH (speaker:Actor)-[:SAID]->(:Statement)-[t:TAKES_POSITION]->(position)
    RETURN speaker.id AS speakerId, t
  }
  WITH speakerId, t
  WHERE t.rejected IS NULL
  WITH speakerId, t.stance AS stance, t, startNode(t) AS s,
    CASE
      WHEN t.statedOn IS NULL THEN 'undated'
      WHEN coalesce(t.statedOnPrecision, 'day') = 'day'
        OR ($unit = 'month' AND t.statedOnPrecision = 'month') THEN 'dated'
      ELSE 'imprecise'
    END AS placement
  WITH speakerId, stance, s, placement, t.statedOn AS statedOn,
    CASE WHEN placement = 'dated' THEN date.truncate($unit, t.statedOn) END AS period
  ORDER BY statedOn DESC, s.id
  WITH period, placement, speakerId, stance, collect(s) AS statements
  ORDER BY period, speakerId, stance
  // The listed statements as cypher/statement/get-statements-by-ids.cypher gives them with no relation asked,
  // only when asked: a busy speaker's timeline lists many statements, and their text, read for nothing, made
  // most of its answer.
  RETURN collect({
    period: toString(period), placement: placement, speakerId: speakerId, stance: stance,
    statementCount: size(statements), statementIds: [s IN statements[0..$perCell] | s.id],
    statements: [s IN CASE WHEN $withStatements THEN statements[0..$perCell] ELSE [] END | s {
      .id, .text, .quote, .speechAct, .negated, .conditional, .condition, .cue, .confidence, .extractedBy,
      needsReview: coalesce(s.needsReview, false), reviewStatus: s.reviewStatus,
      reviewLog: coalesce(s.reviewLog, []),
      statedOn: CASE WHEN s.statedOn IS NULL THEN null ELSE
        {value: toString(s.statedOn), precision: s.statedOnPrecision, context: s.statedOnContext} END
    }]
  }) AS cells
}
RETURN p {.id, .name, .description} AS position, cells
