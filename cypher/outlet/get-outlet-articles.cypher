// Articles that an outlet published or that cite it (as a source or for an image), per outlet.
// $ids. Columns: outletId, articles [{articleId, role}].
UNWIND $ids AS outletId
OPTIONAL MATCH (a:Article)-[r:PUBLISHED_BY|CITES]->(:Outlet {id: outletId})
WITH outletId, a, r ORDER BY a.publishedOn DESC, a.id
RETURN outletId, collect(CASE WHEN a IS NULL THEN null ELSE
  {articleId: a.id, role: CASE type(r) WHEN 'PUBLISHED_BY' THEN 'publisher' ELSE r.role END} END) AS articles
