// How many articles the graph holds; zero means a fresh database that start-up seeds.
// No parameters. Columns: count.
MATCH (a:Article)
RETURN count(a) AS count
