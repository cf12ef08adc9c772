// Statements by the given speakers that other articles report: the candidates an incoming statement may be a
// further report of (the matching rule itself is src/extract/same-remark.ts).
// $articleId, $speakers: [actor id]. Columns: id, speaker, text, quote, statedOn, positions.
UNWIND $speakers AS speakerId
MATCH (:Actor {id: speakerId})-[:SAID]->(s:Statement)
WHERE NOT EXISTS { (:Article {id: $articleId})-[:REPORTS]->(s) }
CALL (s) {
  OPTIONAL MATCH (s)-[t:TAKES_POSITION]->(p:Position)
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {position: p.id, stance: t.stance} END) AS positions
}
RETURN s.id AS id, speakerId AS speaker, s.text AS text, s.quote AS quote,
  CASE WHEN s.statedOn IS NULL THEN null ELSE
    {value: toString(s.statedOn), precision: s.statedOnPrecision, context: s.statedOnContext} END AS statedOn,
  positions
