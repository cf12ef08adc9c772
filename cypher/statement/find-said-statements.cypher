// The ids of the statements an actor said, for a write that changes their speaker in the same transaction (a
// merge of actors brings the stance copies on their stance edges up to date afterwards).
// $speakerId. Columns: id.
MATCH (:Actor {id: $speakerId})-[:SAID]->(s:Statement)
RETURN s.id AS id
