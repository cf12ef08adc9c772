// Bulk path of the benchmark corpus: actors with their aliases, as actor/merge-actors writes them, for a whole
// batch per transaction.
// $actors: [{id, name, kind, description, aliases: [text]}]. Columns: count.
UNWIND $actors AS input
MERGE (a:Actor {id: input.id})
SET a.name = input.name, a.nameKey = toLower(input.name), a.kind = input.kind, a.description = input.description
WITH a, input
CALL (a, input) {
  UNWIND input.aliases AS text
  MERGE (al:Alias {key: toLower(text)})
  ON CREATE SET al.text = text
  MERGE (a)-[:HAS_ALIAS]->(al)
}
RETURN count(*) AS count
