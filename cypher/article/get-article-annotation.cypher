// Reads an article back in the annotated-article shape: the round trip of the importer and the export.
// $id: article id. Columns: article, actors, affiliations, outlets, positions, events, statements (one row,
// none when the article does not exist).
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(publisher:Outlet)
CALL (a) {
  OPTIONAL MATCH (a)-[:CITES {role: 'image'}]->(o:Outlet)
  RETURN collect(o.id) AS imageCredits
}
CALL (a) {
  OPTIONAL MATCH (a)-[:DECLARES]->(x:Actor)
  CALL (x) {
    OPTIONAL MATCH (x)-[:HAS_ALIAS]->(al:Alias)
    RETURN collect(al.text) AS aliases
  }
  RETURN collect(CASE WHEN x IS NULL THEN null ELSE
    {id: x.id, name: x.name, kind: x.kind, description: x.description, aliases: aliases} END) AS actors
}
CALL (a) {
  // Only the article's declared actors can have affiliations it states (the import refuses undeclared ones).
  OPTIONAL MATCH (a)-[:DECLARES]->(x:Actor)-[r:AFFILIATED_WITH]->(y:Actor)
  WHERE a.id IN r.sources
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {actor: x.id, role: r.role, of: y.id} END) AS affiliations
}
CALL (a) {
  OPTIONAL MATCH (a)-[:DECLARES]->(o:Outlet)
  RETURN collect(CASE WHEN o IS NULL THEN null ELSE
    {id: o.id, name: o.name, kind: o.kind, country: o.country, aliases: o.aliases} END) AS outlets
}
CALL (a) {
  OPTIONAL MATCH (a)-[:DECLARES]->(p:Position)
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {id: p.id, name: p.name, description: p.description} END)
    AS positions
}
CALL (a) {
  OPTIONAL MATCH (a)-[:DECLARES]->(e:Event)
  CALL (a, e) {
    OPTIONAL MATCH (actor:Actor)-[r:PARTICIPATED_IN]->(e)
    RETURN collect(CASE WHEN actor IS NULL THEN null ELSE {actor: actor.id, role: r.role} END) AS participants
  }
  CALL (a, e) {
    OPTIONAL MATCH (e)-[:FOLLOWS]->(previous:Event)
    RETURN head(collect(previous.id)) AS follows
  }
  CALL (a, e) {
    OPTIONAL MATCH (e)-[:HAS_EVIDENCE]->(ev:Evidence)-[:IN_ARTICLE]->(a)
    WHERE ev.start IS NOT NULL
    WITH ev ORDER BY ev.id
    RETURN collect(CASE WHEN ev IS NULL THEN null ELSE {start: ev.start, end: ev.end, text: ev.text} END) AS evidence
  }
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE {
    id: e.id, name: e.name, description: e.description,
    date: CASE WHEN e.date IS NULL THEN null ELSE
      {value: toString(e.date), precision: e.datePrecision, context: e.dateContext} END,
    participants: participants, follows: follows, evidence: evidence} END) AS events
}
CALL (a) {
  OPTIONAL MATCH (a)-[:REPORTS]->(s:Statement)
  CALL (a, s) {
    OPTIONAL MATCH (speaker:Actor)-[:SAID]->(s)
    RETURN head(collect(speaker.id)) AS speaker
  }
  CALL (a, s) {
    OPTIONAL MATCH (s)-[:SAID_TO]->(medium:Outlet)
    RETURN head(collect(medium.id)) AS originalMedium
  }
  CALL (a, s) {
    OPTIONAL MATCH (s)-[:CITED_VIA {article: a.id}]->(o:Outlet)
    RETURN collect(o.id) AS citedVia
  }
  CALL (a, s) {
    OPTIONAL MATCH (s)-[t:TAKES_POSITION]->(p:Position)
    RETURN collect(CASE WHEN p IS NULL THEN null ELSE {position: p.id, stance: t.stance} END) AS positions
  }
  CALL (a, s) {
    OPTIONAL MATCH (s)-[m:MENTIONS]->(actor:Actor)
    RETURN collect(CASE WHEN actor IS NULL THEN null ELSE {actor: actor.id, role: m.role} END) AS mentions
  }
  CALL (a, s) {
    OPTIONAL MATCH (s)-[:CONCERNS]->(e:Event)
    RETURN collect(e.id) AS events
  }
  CALL (a, s) {
    OPTIONAL MATCH (s)-[:HAS_EVIDENCE]->(ev:Evidence)-[:IN_ARTICLE]->(a)
    WHERE ev.start IS NOT NULL
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
    events: events, evidence: evidence, confidence: s.confidence, extractedBy: s.extractedBy,
    review: CASE WHEN s.needsReview THEN true END} END) AS statements
}
RETURN {
  id: a.id, title: a.title, publisher: publisher.id, url: a.url,
  publishedOn: CASE WHEN a.publishedOn IS NULL THEN null ELSE
    {value: toString(a.publishedOn), precision: a.publishedOnPrecision, context: a.publishedOnContext} END,
  context: a.contextFields, imageCredits: imageCredits, text: a.text
} AS article, actors, affiliations, outlets, positions, events, statements
