// The next page of articles as annotated-article documents (the import format), in id order after a keyset
// cursor: what `npm run export -- --format ndjson` writes, one line each, so that importing the lines rebuilds
// the graph. A document lists what its article declared (DECLARES) and, for each statement and event, only the
// references to entities it declared: every edge was written by an article that declared both ends, so each
// edge comes back from exactly such a document. Entities no article declared (a bulk-loaded corpus, upsertActor)
// are declared by every document that refers to them. Statements other articles own (further reports found by
// text ingestion) cannot be expressed in the format (a statement's id starts with its article's id) and are
// counted in `skipped` instead.
// $after: article id of the cursor or null, $limit: articles per page.
// Columns: article, actors, affiliations, outlets, positions, events, statements, skipped.
MATCH (a:Article)
WHERE $after IS NULL OR a.id > $after
WITH a ORDER BY a.id
LIMIT $limit
CALL (a) {
  OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(publisher:Outlet)
  RETURN head(collect(publisher.id)) AS publisher
}
CALL (a) {
  OPTIONAL MATCH (a)-[:CITES {role: 'image'}]->(o:Outlet)
  WITH o ORDER BY o.id
  RETURN collect(o.id) AS imageCredits
}
CALL (a) {
  OPTIONAL MATCH (x:Actor)-[r:AFFILIATED_WITH]->(y:Actor)
  WHERE a.id IN r.sources
  WITH x, r, y ORDER BY x.id, r.role, y.id
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {actor: x.id, role: r.role, of: y.id} END) AS affiliations
}
CALL (a) {
  OPTIONAL MATCH (a)-[:REPORTS]->(other:Statement)
  WHERE NOT other.id STARTS WITH a.id + ':'
  RETURN count(other) AS skipped
}
CALL (a) {
  OPTIONAL MATCH (a)-[:REPORTS]->(s:Statement)
  WHERE s.id STARTS WITH a.id + ':'
  CALL (a, s) {
    OPTIONAL MATCH (speaker:Actor)-[:SAID]->(s)
    WHERE EXISTS { (a)-[:DECLARES]->(speaker) } OR NOT EXISTS { (:Article)-[:DECLARES]->(speaker) }
    RETURN head(collect(speaker.id)) AS speaker
  }
  CALL (a, s) {
    OPTIONAL MATCH (s)-[:SAID_TO]->(medium:Outlet)
    WHERE EXISTS { (a)-[:DECLARES]->(medium) } OR NOT EXISTS { (:Article)-[:DECLARES]->(medium) }
    RETURN head(collect(medium.id)) AS originalMedium
  }
  CALL (a, s) {
    OPTIONAL MATCH (s)-[:CITED_VIA {article: a.id}]->(o:Outlet)
    WITH o ORDER BY o.id
    RETURN collect(o.id) AS citedVia
  }
  CALL (a, s) {
    OPTIONAL MATCH (s)-[t:TAKES_POSITION]->(p:Position)
    WHERE EXISTS { (a)-[:DECLARES]->(p) } OR NOT EXISTS { (:Article)-[:DECLARES]->(p) }
    WITH t, p ORDER BY p.id, t.stance
    RETURN collect(CASE WHEN p IS NULL THEN null ELSE {position: p.id, stance: t.stance} END) AS positions
  }
  CALL (a, s) {
    OPTIONAL MATCH (s)-[m:MENTIONS]->(actor:Actor)
    WHERE EXISTS { (a)-[:DECLARES]->(actor) } OR NOT EXISTS { (:Article)-[:DECLARES]->(actor) }
    WITH m, actor ORDER BY actor.id
    RETURN collect(CASE WHEN actor IS NULL THEN null ELSE {actor: actor.id, role: m.role} END) AS mentions
  }
  CALL (a, s) {
    OPTIONAL MATCH (s)-[:CONCERNS]->(e:Event)
    WHERE EXISTS { (a)-[:DECLARES]->(e) } OR NOT EXISTS { (:Article)-[:DECLARES]->(e) }
    WITH e ORDER BY e.id
    RETURN collect(e.id) AS events
  }
  CALL (a, s) {
    OPTIONAL MATCH (s)-[:HAS_EVIDENCE]->(ev:Evidence)-[:IN_ARTICLE]->(a)
    WITH ev ORDER BY ev.id
    RETURN collect(CASE WHEN ev IS NULL THEN null ELSE {start: ev.start, end: ev.end, text: ev.text} END) AS evidence
  }
  WITH s, speaker, originalMedium, citedVia, positions, mentions, events, evidence ORDER BY s.id
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {
    id: s.id, speaker: speaker, text: s.text, quote: s.quote, speechAct: s.speechAct, negated: s.negated,
    conditional: s.conditional, condition: s.condition,
    statedOn: CASE WHEN s.statedOn IS NULL THEN null ELSE
      {value: toString(s.statedOn), precision: s.statedOnPrecision, context: s.statedOnContext} END,
    cue: s.cue, originalMedium: originalMedium, citedVia: citedVia, positions: positions, mentions: mentions,
    events: events, evidence: evidence} END) AS statements
}
CALL (a, statements) {
  // The article's events, and those nobody declared that its statements concern.
  CALL (a, statements) {
    MATCH (a)-[:DECLARES]->(e:Event)
    RETURN e
    UNION
    UNWIND reduce(ids = [], s IN statements | ids + s.events) AS ref
    MATCH (e:Event {id: ref})
    WHERE NOT EXISTS { (:Article)-[:DECLARES]->(e) }
    RETURN e
  }
  CALL (a, e) {
    OPTIONAL MATCH (actor:Actor)-[r:PARTICIPATED_IN]->(e)
    WHERE EXISTS { (a)-[:DECLARES]->(actor) } OR NOT EXISTS { (:Article)-[:DECLARES]->(actor) }
    WITH actor, r ORDER BY actor.id
    RETURN collect(CASE WHEN actor IS NULL THEN null ELSE {actor: actor.id, role: r.role} END) AS participants
  }
  CALL (a, e) {
    OPTIONAL MATCH (e)-[:FOLLOWS]->(previous:Event)
    WHERE EXISTS { (a)-[:DECLARES]->(previous) } OR NOT EXISTS { (:Article)-[:DECLARES]->(previous) }
    RETURN head(collect(previous.id)) AS follows
  }
  CALL (a, e) {
    OPTIONAL MATCH (e)-[:HAS_EVIDENCE]->(ev:Evidence)-[:IN_ARTICLE]->(a)
    WITH ev ORDER BY ev.id
    RETURN collect(CASE WHEN ev IS NULL THEN null ELSE {start: ev.start, end: ev.end, text: ev.text} END) AS evidence
  }
  WITH e, participants, follows, evidence ORDER BY e.id
  RETURN collect({
    id: e.id, name: e.name, description: e.description,
    date: CASE WHEN e.date IS NULL THEN null ELSE
      {value: toString(e.date), precision: e.datePrecision, context: e.dateContext} END,
    participants: participants, follows: follows, evidence: evidence}) AS events
}
// Entities declared: the article's own, and those nobody declared that this document refers to.
WITH a, publisher, imageCredits, affiliations, events, statements, skipped,
  [x IN affiliations | x.actor] + [x IN affiliations | x.of]
    + reduce(ids = [], e IN events | ids + [p IN e.participants | p.actor])
    + [s IN statements WHERE s.speaker IS NOT NULL | s.speaker]
    + reduce(ids = [], s IN statements | ids + [m IN s.mentions | m.actor]) AS actorRefs,
  [publisher] + imageCredits + [s IN statements WHERE s.originalMedium IS NOT NULL | s.originalMedium]
    + reduce(ids = [], s IN statements | ids + s.citedVia) AS outletRefs,
  reduce(ids = [], s IN statements | ids + [p IN s.positions | p.position]) AS positionRefs
CALL (a, actorRefs) {
  CALL (a, actorRefs) {
    MATCH (a)-[:DECLARES]->(x:Actor)
    RETURN x
    UNION
    UNWIND actorRefs AS ref
    MATCH (x:Actor {id: ref})
    WHERE NOT EXISTS { (:Article)-[:DECLARES]->(x) }
    RETURN x
  }
  CALL (x) {
    OPTIONAL MATCH (x)-[:HAS_ALIAS]->(al:Alias)
    WITH al ORDER BY al.text
    RETURN collect(al.text) AS aliases
  }
  WITH x, aliases ORDER BY x.id
  RETURN collect({id: x.id, name: x.name, kind: x.kind, description: x.description, aliases: aliases}) AS actors
}
CALL (a, outletRefs) {
  CALL (a, outletRefs) {
    MATCH (a)-[:DECLARES]->(o:Outlet)
    RETURN o
    UNION
    UNWIND outletRefs AS ref
    MATCH (o:Outlet {id: ref})
    WHERE NOT EXISTS { (:Article)-[:DECLARES]->(o) }
    RETURN o
  }
  WITH o ORDER BY o.id
  RETURN collect({id: o.id, name: o.name, kind: o.kind, country: o.country, aliases: o.aliases}) AS outlets
}
CALL (a, positionRefs) {
  CALL (a, positionRefs) {
    MATCH (a)-[:DECLARES]->(p:Position)
    RETURN p
    UNION
    UNWIND positionRefs AS ref
    MATCH (p:Position {id: ref})
    WHERE NOT EXISTS { (:Article)-[:DECLARES]->(p) }
    RETURN p
  }
  WITH p ORDER BY p.id
  RETURN collect({id: p.id, name: p.name, description: p.description}) AS positions
}
RETURN {
  id: a.id, title: a.title, publisher: publisher, url: a.url,
  publishedOn: CASE WHEN a.publishedOn IS NULL THEN null ELSE
    {value: toString(a.publishedOn), precision: a.publishedOnPrecision, context: a.publishedOnContext} END,
  context: a.contextFields, imageCredits: imageCredits, text: a.text
} AS article, actors, affiliations, outlets, positions, events, statements, skipped
