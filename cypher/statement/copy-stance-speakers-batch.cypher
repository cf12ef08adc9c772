// One batch of the speaker-copy backfill (src/graph/stance-speakers.ts), for stores written before stance
// edges carried their speaker: the next $limit statements after $after in id order. Its caller runs
// statement/copy-stance-speakers on the ids in the same transaction.
// $after (statement id; '' for the first batch), $limit. Columns: ids (the batch, in id order).
MATCH (s:Statement)
WHERE s.id > $after
WITH s.id AS id ORDER BY id
LIMIT $limit
RETURN collect(id) AS ids
