// One batch of the stance-copies backfill (src/graph/stance-copies.ts), for stores written before stance
// edges carried their copies: the next $limit statements after $after in id order. Its caller runs
// statement/copy-onto-stance-edges on the ids in the same transaction.
// $after (statement id; '' for the first batch), $limit. Columns: ids (the batch, in id order).
MATCH (s:Statement)
WHERE s.id > $after
WITH s.id AS id ORDER BY id
LIMIT $limit
RETURN collect(id) AS ids
