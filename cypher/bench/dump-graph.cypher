// Every node and relationship with labels, type and properties, for the probe's check that ingesting and
// deleting an article leaves the graph as it was. Relationship ends are given by their labels and properties.
// No parameters. Columns: kind ('node' or 'rel'), labels, type, properties, from, to.
MATCH (n)
RETURN 'node' AS kind, labels(n) AS labels, null AS type, properties(n) AS properties, null AS from, null AS to
UNION ALL
MATCH (a)-[r]->(b)
RETURN 'rel' AS kind, null AS labels, type(r) AS type, properties(r) AS properties,
  {labels: labels(a), properties: properties(a)} AS from, {labels: labels(b), properties: properties(b)} AS to
