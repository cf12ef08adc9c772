// The next page of one type of entity for the GraphML export, which writes every entity node once, before the
// statements, instead of remembering which it has written. A page looks at the next $limit entities of the type
// in id order after a keyset cursor and keeps those that the exported statements touch: the statements that
// match the filter of export/page-statements (the same text below, held to it by
// tests/unit/export/statement-filter-text.test.ts: Cypher cannot share it) and point at the entity (SAID, SAID_TO,
// CITED_VIA, TAKES_POSITION, MENTIONS, CONCERNS, REPORTS) or, for an outlet, are reported by an article it
// published. `last` (the largest id looked at) is the next cursor, so a page can keep none and the walk still
// goes on; fewer than $limit looked at means the type is done. With given statement ids the candidates are the
// entities those statements touch (a neighborhood: a few), not every entity of the type.
// Only one branch of the union reads: the others have LIMIT 0.
// $type: Actor, Outlet, Position, Event or Article; $after: entity id of the cursor or null; $limit;
// $ids: [statement id] or null; $filter: as in export/page-statements.
// Columns: looked (entities looked at), last (id or null), entities ([{id, name, kind, title, url,
// publishedOn, publishedOnPrecision, publisher}], unordered).
CALL () {
  MATCH (x:Actor) WHERE x.id > coalesce($after, '')
  WITH x ORDER BY x.id LIMIT CASE WHEN $type = 'Actor' AND $ids IS NULL THEN $limit ELSE 0 END
  RETURN x
  UNION ALL
  MATCH (x:Outlet) WHERE x.id > coalesce($after, '')
  WITH x ORDER BY x.id LIMIT CASE WHEN $type = 'Outlet' AND $ids IS NULL THEN $limit ELSE 0 END
  RETURN x
  UNION ALL
  MATCH (x:Position) WHERE x.id > coalesce($after, '')
  WITH x ORDER BY x.id LIMIT CASE WHEN $type = 'Position' AND $ids IS NULL THEN $limit ELSE 0 END
  RETURN x
  UNION ALL
  MATCH (x:Event) WHERE x.id > coalesce($after, '')
  WITH x ORDER BY x.id LIMIT CASE WHEN $type = 'Event' AND $ids IS NULL THEN $limit ELSE 0 END
  RETURN x
  UNION ALL
  MATCH (x:Article) WHERE x.id > coalesce($after, '')
  WITH x ORDER BY x.id LIMIT CASE WHEN $type = 'Article' AND $ids IS NULL THEN $limit ELSE 0 END
  RETURN x
  UNION ALL
  UNWIND $ids AS id
  MATCH (s:Statement {id: id})
  CALL (s) {
    MATCH (s)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS]-(x)
    RETURN x
    UNION
    MATCH (s)<-[:REPORTS]-(:Article)-[:PUBLISHED_BY]->(x:Outlet)
    RETURN x
  }
  WITH DISTINCT x WHERE $type IN labels(x) AND x.id > coalesce($after, '')
  WITH x ORDER BY x.id LIMIT $limit
  RETURN x
}
WITH collect(x) AS page, count(x) AS looked, max(x.id) AS last
CALL (page) {
  UNWIND page AS x
  WITH x WHERE EXISTS {
    CALL (x) {
      MATCH (x)-[:SAID|SAID_TO|CITED_VIA|TAKES_POSITION|MENTIONS|CONCERNS|REPORTS]-(s:Statement)
      RETURN s
      UNION ALL
      MATCH (x:Outlet)<-[:PUBLISHED_BY]-(:Article)-[:REPORTS]->(s:Statement)
      RETURN s
    }
    WITH s WHERE $ids IS NULL OR s.id IN $ids
    WITH s, $filter AS f
    WHERE (f.speechAct IS NULL OR s.speechAct = f.speechAct)
      AND (f.from IS NULL OR s.statedOn >= date(f.from))
      AND (f.to IS NULL OR s.statedOn <= date(f.to))
      AND (f.negated IS NULL OR s.negated = f.negated)
      AND (f.conditional IS NULL OR s.conditional = f.conditional)
      AND (f.speaker IS NULL OR EXISTS { (:Actor {id: f.speaker})-[:SAID]->(s) })
      AND (f.outlet IS NULL OR EXISTS { (s)-[:SAID_TO|CITED_VIA]->(:Outlet {id: f.outlet}) })
      AND (f.position IS NULL OR EXISTS {
        (s)-[t:TAKES_POSITION]->(:Position {id: f.position}) WHERE f.stance IS NULL OR t.stance = f.stance })
      AND (f.stance IS NULL OR EXISTS { (s)-[t:TAKES_POSITION]->(:Position) WHERE t.stance = f.stance })
      AND (f.mentions IS NULL OR EXISTS { (s)-[:MENTIONS]->(:Actor {id: f.mentions}) })
      AND (f.article IS NULL OR EXISTS { (:Article {id: f.article})-[:REPORTS]->(s) })
      AND (f.event IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Event {id: f.event}) })
      AND (f.textContains IS NULL OR toLower(s.text) CONTAINS f.textContains
           OR toLower(coalesce(s.quote, '')) CONTAINS f.textContains)
      AND (f.singleSource IS NULL OR CASE
             WHEN f.singleSource THEN COUNT { MATCH (s)-[:SAID_TO|CITED_VIA]->(o:Outlet) RETURN DISTINCT o } = 1
             ELSE COUNT { MATCH (s)-[:SAID_TO|CITED_VIA]->(o:Outlet) RETURN DISTINCT o } >= 2 END)
    RETURN s
  }
  RETURN collect(x {
    .id, .name, .kind, .title, .url,
    publishedOn: toString(x.publishedOn), .publishedOnPrecision,
    publisher: head([(x:Article)-[:PUBLISHED_BY]->(o:Outlet) | o.id])
  }) AS entities
}
RETURN looked, last, entities
