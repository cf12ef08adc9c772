// Keeps the stance copies (docs/model.md) of the given statements' stance edges: each TAKES_POSITION carries the
// id of its statement's speaker (`speaker`; '*' when several actors said it, as further reports can attribute
// it differently; null for the article's own assertions) and of its position (`position`), the statement's date
// and its precision (`statedOn`, `statedOnPrecision`; null when undated) and `rejected: true` when a review
// rejected it, so that one speaker's statements on one position are a seek on the takes_position_speaker index
// and a timeline reads neither a busy speaker's or position's relationships nor the statements it only counts.
// Run in the transaction of every write that creates stance edges or changes a statement's speakers, date or
// review state (an import, a review, a retracted article, a merge of actors); only edges whose copy differs are
// written.
// $ids: [statement id] (ids of statements that no longer exist are skipped). Columns: updated (edges written).
UNWIND $ids AS id
MATCH (s:Statement {id: id})
CALL (s) {
  OPTIONAL MATCH (a:Actor)-[:SAID]->(s)
  WITH s, collect(a.id) AS speakers
  WITH s, CASE size(speakers) WHEN 0 THEN null WHEN 1 THEN speakers[0] ELSE '*' END AS speaker,
    CASE WHEN s.reviewStatus = 'rejected' THEN true END AS rejected
  MATCH (s)-[t:TAKES_POSITION]->(p:Position)
  WITH t, speaker, p.id AS position, s.statedOn AS statedOn,
    CASE WHEN s.statedOn IS NOT NULL THEN s.statedOnPrecision END AS precision, rejected
  WHERE coalesce(t.speaker, '') <> coalesce(speaker, '') OR coalesce(t.position, '') <> position
    OR coalesce(toString(t.statedOn), '') <> coalesce(toString(statedOn), '')
    OR coalesce(t.statedOnPrecision, '') <> coalesce(precision, '')
    OR coalesce(t.rejected, false) <> coalesce(rejected, false)
  SET t.speaker = speaker, t.position = position, t.statedOn = statedOn, t.statedOnPrecision = precision,
    t.rejected = rejected
  RETURN count(t) AS updated
}
RETURN sum(updated) AS updated
