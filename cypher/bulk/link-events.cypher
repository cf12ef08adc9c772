// Bulk path: the order of events, once every event exists.
// $links: [{id, follows}]. Columns: count.
UNWIND $links AS link
MATCH (e:Event {id: link.id})
MATCH (previous:Event {id: link.follows})
MERGE (e)-[:FOLLOWS]->(previous)
RETURN count(*) AS count
