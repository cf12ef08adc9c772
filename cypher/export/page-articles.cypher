// The next page of articles as annotated-article documents (the import format), in id order after a keyset
// cursor: what `npm run export -- --format ndjson` writes, one line each, so that importing the lines rebuilds
// the graph. A document lists what its article declared, as its DECLARES edge says it (not as the last import
// left the entity), with the aliases it gave, and on each statement and event only the edges whose `articles`
// list names it, so that re-importing the documents rebuilds every provenance list. Edges without a list (the
// bulk corpus) come back from the documents that declared both ends, as every such edge was written. Entities
// no article declared (a bulk-loaded corpus, upsertActor) count as declared by every article that refers to
// them, as stored. Statements other articles own (further reports found
// by text ingestion) cannot be expressed in the format (a statement's id starts with its article's id) and are
// counted in `skipped` instead. A reviewed statement that a re-extraction orphaned and whose evidence could not
// be placed in the article's new text (see review/place-orphaned-evidence) has no span in the article, which the
// format requires, so it is left out of the document and counted in `lost` (its review stays in the graph).
// Lists come unordered (pattern comprehensions, which plan far faster than
// subqueries); the repository sorts them, and evidence by its id, which carries the span's position.
// `$ids` restricts the walk to given articles (those owning the statements of a narrow filter), looked up within
// the range of their smallest and largest id ($after just below the one, $until the other), as
// export/page-statements does with statement ids.
// $after: article id of the cursor or null, $until: last id to read or null, $ids: [article id] or null,
// $limit: articles per page.
// Columns: article, actors, affiliations, outlets, positions, events, statements, skipped, lost.
MATCH (a:Article)
WHERE a.id > coalesce($after, '') AND ($until IS NULL OR a.id <= $until) AND ($ids IS NULL OR a.id IN $ids)
WITH a ORDER BY a.id
LIMIT $limit
WITH a, [(a)-[:REPORTS]->(s:Statement) WHERE s.id STARTS WITH a.id + ':' | s] AS mine
WITH a, mine, [s IN mine WHERE EXISTS {
    (s)-[:HAS_EVIDENCE]->(ev:Evidence)-[:IN_ARTICLE]->(a) WHERE ev.start IS NOT NULL }] AS own
WITH a, own, COUNT { (a)-[:REPORTS]->(:Statement) } - size(mine) AS skipped, size(mine) - size(own) AS lost,
  [s IN own | s {
    .id, .text, .quote, .speechAct, .negated, .conditional, .condition, .cue,
    statedOn: CASE WHEN s.statedOn IS NULL THEN null ELSE
      {value: toString(s.statedOn), precision: s.statedOnPrecision, context: s.statedOnContext} END,
    speaker: head([(x:Actor)-[r:SAID]->(s)
      WHERE CASE WHEN r.articles IS NULL THEN EXISTS { (a)-[:DECLARES]->(x) } OR NOT EXISTS { (:Article)-[:DECLARES]->(x) }
        ELSE a.id IN r.articles END | x.id]),
    originalMedium: head([(s)-[r:SAID_TO]->(x:Outlet)
      WHERE CASE WHEN r.articles IS NULL THEN EXISTS { (a)-[:DECLARES]->(x) } OR NOT EXISTS { (:Article)-[:DECLARES]->(x) }
        ELSE a.id IN r.articles END | x.id]),
    citedVia: [(s)-[c:CITED_VIA]->(x:Outlet) WHERE c.article = a.id | x.id],
    positions: [(s)-[t:TAKES_POSITION]->(x:Position)
      WHERE CASE WHEN t.articles IS NULL THEN EXISTS { (a)-[:DECLARES]->(x) } OR NOT EXISTS { (:Article)-[:DECLARES]->(x) }
        ELSE a.id IN t.articles END
      | {position: x.id, stance: t.stance}],
    mentions: [(s)-[m:MENTIONS]->(x:Actor)
      WHERE CASE WHEN m.articles IS NULL THEN EXISTS { (a)-[:DECLARES]->(x) } OR NOT EXISTS { (:Article)-[:DECLARES]->(x) }
        ELSE a.id IN m.articles END
      | {actor: x.id, role: m.role}],
    events: [(s)-[r:CONCERNS]->(x:Event)
      WHERE CASE WHEN r.articles IS NULL THEN EXISTS { (a)-[:DECLARES]->(x) } OR NOT EXISTS { (:Article)-[:DECLARES]->(x) }
        ELSE a.id IN r.articles END | x.id],
    evidence: [(s)-[:HAS_EVIDENCE]->(ev:Evidence)-[:IN_ARTICLE]->(a) WHERE ev.start IS NOT NULL | {id: ev.id, start: ev.start, end: ev.end, text: ev.text}]
  }] AS statements
// What this article said of each entity it declared (its DECLARES edge): a declared entity is written as the
// article declared it, not as the last import left it.
WITH a, skipped, lost, statements, [(a)-[d:DECLARES]->(x) | {node: elementId(x), said: d}] AS declared,
  [(a)-[:DECLARES]->(e:Event) | e]
    + [id IN reduce(ids = [], s IN statements | ids + s.events) |
        head(COLLECT { MATCH (e:Event {id: id}) WHERE NOT EXISTS { (:Article)-[:DECLARES]->(e) } RETURN e })] AS eventNodes
WITH a, skipped, lost, statements, declared, [e IN eventNodes WHERE e IS NOT NULL | e {
    .id, .name, .description,
    date: CASE WHEN e.date IS NULL THEN null ELSE {value: toString(e.date), precision: e.datePrecision, context: e.dateContext} END,
    said: head([p IN declared WHERE p.node = elementId(e) | p.said]),
    participants: [(x:Actor)-[r:PARTICIPATED_IN]->(e)
      WHERE CASE WHEN r.articles IS NULL THEN EXISTS { (a)-[:DECLARES]->(x) } OR NOT EXISTS { (:Article)-[:DECLARES]->(x) }
        ELSE a.id IN r.articles END
      | {actor: x.id, role: r.role}],
    follows: head([(e)-[r:FOLLOWS]->(x:Event)
      WHERE CASE WHEN r.articles IS NULL THEN EXISTS { (a)-[:DECLARES]->(x) } OR NOT EXISTS { (:Article)-[:DECLARES]->(x) }
        ELSE a.id IN r.articles END | x.id]),
    evidence: [(e)-[:HAS_EVIDENCE]->(ev:Evidence)-[:IN_ARTICLE]->(a) WHERE ev.start IS NOT NULL | {id: ev.id, start: ev.start, end: ev.end, text: ev.text}]
  }] AS eventsAsStored,
  // An article lists itself in the sources of an affiliation only between two actors it declares (the import
  // refuses undeclared references): reached from its own actors, not by reading every affiliation.
  [(a)-[:DECLARES]->(x:Actor)-[r:AFFILIATED_WITH]->(y:Actor) WHERE a.id IN r.sources
    | {actor: x.id, role: r.role, of: y.id}] AS affiliations,
  head([(a)-[:PUBLISHED_BY]->(o:Outlet) | o.id]) AS publisher,
  [(a)-[:CITES {role: 'image'}]->(o:Outlet) | o.id] AS imageCredits
// Entities declared: the article's own, and those nobody declared that this document refers to.
WITH a, skipped, lost, statements, declared, affiliations, publisher, imageCredits,
  [e IN eventsAsStored | CASE WHEN e.said IS NULL THEN e {.*, said: null} ELSE e {.*, said: null,
    name: e.said.name, description: e.said.description,
    date: CASE WHEN e.said.date IS NULL THEN null ELSE
      {value: toString(date(e.said.date)), precision: e.said.datePrecision, context: e.said.dateContext} END} END] AS events
WITH a, skipped, lost, statements, declared, events, affiliations, publisher, imageCredits,
  [x IN affiliations | x.actor] + [x IN affiliations | x.of]
    + reduce(ids = [], e IN events | ids + [p IN e.participants | p.actor])
    + [s IN statements WHERE s.speaker IS NOT NULL | s.speaker]
    + reduce(ids = [], s IN statements | ids + [m IN s.mentions | m.actor]) AS actorRefs,
  [publisher] + imageCredits + [s IN statements WHERE s.originalMedium IS NOT NULL | s.originalMedium]
    + reduce(ids = [], s IN statements | ids + s.citedVia) AS outletRefs,
  reduce(ids = [], s IN statements | ids + [p IN s.positions | p.position]) AS positionRefs
WITH a, skipped, lost, statements, declared, events, affiliations, publisher, imageCredits,
  [(a)-[:DECLARES]->(x:Actor) | x]
    + [id IN actorRefs | head(COLLECT { MATCH (x:Actor {id: id}) WHERE NOT EXISTS { (:Article)-[:DECLARES]->(x) } RETURN x })] AS actorNodes,
  [(a)-[:DECLARES]->(x:Outlet) | x]
    + [id IN outletRefs | head(COLLECT { MATCH (x:Outlet {id: id}) WHERE NOT EXISTS { (:Article)-[:DECLARES]->(x) } RETURN x })] AS outletNodes,
  [(a)-[:DECLARES]->(x:Position) | x]
    + [id IN positionRefs | head(COLLECT { MATCH (x:Position {id: id}) WHERE NOT EXISTS { (:Article)-[:DECLARES]->(x) } RETURN x })] AS positionNodes
RETURN {
  id: a.id, title: a.title, publisher: publisher, url: a.url,
  publishedOn: CASE WHEN a.publishedOn IS NULL THEN null ELSE
    {value: toString(a.publishedOn), precision: a.publishedOnPrecision, context: a.publishedOnContext} END,
  context: a.contextFields, imageCredits: imageCredits, text: a.text
} AS article,
  [x IN actorNodes WHERE x IS NOT NULL | CASE WHEN head([p IN declared WHERE p.node = elementId(x) | p.said]) IS NULL
    THEN x {.id, .name, .kind, .description, aliases: [(x)-[:HAS_ALIAS]->(al:Alias) | al.text]}
    ELSE x {.id, name: head([p IN declared WHERE p.node = elementId(x) | p.said]).name, kind: head([p IN declared WHERE p.node = elementId(x) | p.said]).kind, description: head([p IN declared WHERE p.node = elementId(x) | p.said]).description,
      aliases: [(x)-[h:HAS_ALIAS]->(al:Alias) WHERE a.id IN h.articles | al.text]} END] AS actors,
  affiliations,
  [x IN outletNodes WHERE x IS NOT NULL | CASE WHEN head([p IN declared WHERE p.node = elementId(x) | p.said]) IS NULL
    THEN x {.id, .name, .kind, .country, .aliases}
    ELSE x {.id, name: head([p IN declared WHERE p.node = elementId(x) | p.said]).name, kind: head([p IN declared WHERE p.node = elementId(x) | p.said]).kind, country: head([p IN declared WHERE p.node = elementId(x) | p.said]).country,
      aliases: head([p IN declared WHERE p.node = elementId(x) | p.said]).aliases} END] AS outlets,
  [x IN positionNodes WHERE x IS NOT NULL | CASE WHEN head([p IN declared WHERE p.node = elementId(x) | p.said]) IS NULL
    THEN x {.id, .name, .description}
    ELSE x {.id, name: head([p IN declared WHERE p.node = elementId(x) | p.said]).name, description: head([p IN declared WHERE p.node = elementId(x) | p.said]).description} END] AS positions,
  events, statements, skipped, lost
