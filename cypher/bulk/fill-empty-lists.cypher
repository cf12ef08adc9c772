// After a first load by neo4j-admin import: the list properties that the transactional loader writes as empty
// lists. The import tool writes no property for an empty array field, so these are set here, on the nodes and
// relationships that came without them (neither the corpus nor an annotated article leaves these lists null).
// No parameters. Columns: count.
CALL () {
  MATCH (a:Article) WHERE a.contextFields IS NULL
  SET a.contextFields = []
  RETURN count(*) AS articles
}
CALL () {
  MATCH (o:Outlet) WHERE o.aliases IS NULL
  SET o.aliases = [], o.aliasKeys = []
  RETURN count(*) AS outlets
}
CALL () {
  MATCH ()-[r:AFFILIATED_WITH]->() WHERE r.sources IS NULL
  SET r.sources = []
  RETURN count(*) AS affiliations
}
CALL () {
  MATCH (:Article)-[r:DECLARES]->(:Outlet) WHERE r.aliases IS NULL
  SET r.aliases = []
  RETURN count(*) AS declarations
}
RETURN articles + outlets + affiliations + declarations AS count
