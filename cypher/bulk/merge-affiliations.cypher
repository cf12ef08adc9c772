// Bulk path: affiliations between actors; `sources` is empty because no article states them.
// $affiliations: [{actor, role, of}]. Columns: count.
UNWIND $affiliations AS input
MATCH (a:Actor {id: input.actor})
MATCH (b:Actor {id: input.of})
MERGE (a)-[r:AFFILIATED_WITH {role: input.role}]->(b)
ON CREATE SET r.sources = []
RETURN count(*) AS count
