// Full-text search: what was said (paraphrase and verbatim quote) and who is meant (names and aliases).
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text, n.quote];
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor|Alias) ON EACH [n.name, n.text];
