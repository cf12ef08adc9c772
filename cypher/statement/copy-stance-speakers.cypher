// Keeps the speaker copy (docs/model.md) of the given statements' stance edges: each TAKES_POSITION carries the
// id of its statement's speaker (`speaker`; '*' when several actors said it, as further reports can attribute
// it differently; null for the article's own assertions) and of its position (`position`), so that one
// speaker's statements on one position are a seek on the takes_position_speaker index. Run in the transaction
// of every write that creates stance edges or changes a statement's speakers (an import, a review, a retracted
// article, a merge of actors); only edges whose copy differs are written.
// $ids: [statement id] (ids of statements that no longer exist are skipped). Columns: updated (edges written).
UNWIND $ids AS id
MATCH (s:Statement {id: id})
CALL (s) {
  OPTIONAL MATCH (a:Actor)-[:SAID]->(s)
  WITH s, collect(a.id) AS speakers
  WITH s, CASE size(speakers) WHEN 0 THEN null WHEN 1 THEN speakers[0] ELSE '*' END AS speaker
  MATCH (s)-[t:TAKES_POSITION]->(p:Position)
  WITH t, speaker, p.id AS position
  WHERE coalesce(t.speaker, '') <> coalesce(speaker, '') OR coalesce(t.position, '') <> position
  SET t.speaker = speaker, t.position = position
  RETURN count(t) AS updated
}
RETURN sum(updated) AS updated
