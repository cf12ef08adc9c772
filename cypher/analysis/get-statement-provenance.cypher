// What the provenance chain of a statement is built from (src/graph/provenance-chain.ts): its speaker, the
// outlet it was originally said to, its date, and every article reporting it with the publisher, the date and
// the outlets that article cites for it.
// $ids. Columns: statementId, speakerId, originalMediumId, statedOn, reports: [{articleId, publisherId,
// publishedOn, publishedOnPrecision, citedVia: [outlet id]}].
UNWIND $ids AS id
MATCH (s:Statement {id: id})
OPTIONAL MATCH (speaker:Actor)-[:SAID]->(s)
OPTIONAL MATCH (s)-[:SAID_TO]->(medium:Outlet)
CALL (s) {
  OPTIONAL MATCH (art:Article)-[:REPORTS]->(s)
  OPTIONAL MATCH (art)-[:PUBLISHED_BY]->(publisher:Outlet)
  CALL (s, art) {
    OPTIONAL MATCH (s)-[c:CITED_VIA]->(cited:Outlet)
    WHERE c.article = art.id
    WITH cited ORDER BY cited.id
    RETURN collect(cited.id) AS citedVia
  }
  WITH art, publisher, citedVia ORDER BY art.id
  RETURN collect(CASE WHEN art IS NULL THEN null ELSE {articleId: art.id, publisherId: publisher.id,
    publishedOn: toString(art.publishedOn), publishedOnPrecision: art.publishedOnPrecision,
    citedVia: citedVia} END) AS reports
}
RETURN s.id AS statementId, speaker.id AS speakerId, medium.id AS originalMediumId,
  toString(s.statedOn) AS statedOn, reports
