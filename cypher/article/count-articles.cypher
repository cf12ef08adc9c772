// How many articles the graph holds; zero means a fresh database that start-up seeds.
MATCH (a:Article)
RETURN count(a) AS count
