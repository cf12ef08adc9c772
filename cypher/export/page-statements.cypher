// The next page of statements matching a filter, in id order after a keyset cursor, with everything a statement
// points at: what the GraphML, CSV and JSON-LD exports and the live feed write. Every relationship comes back, not
// the first of a kind: a statement further reports credit to another speaker or medium has two SAID or SAID_TO, and
// an export that wrote one of them would leave the other's node without its edge. The id order walks the uniqueness
// index from the cursor, so each page reads on from where the last one stopped and a whole export reads every
// statement once (a date order would sort all matches for every page). The filter means what it means in
// statement/find-statements (`statements(filter:)`); `$ids` restricts the walk to given statements (a neighborhood,
// one imported article). Given ids are looked up within the range of their smallest and largest id ($after just
// below the one, $until the other), so an imported article's statements, which share its id as prefix, are one short
// index range.
// $after: statement id of the cursor or null, $until: last id to read or null, $limit, $ids: [id] or null,
// $filter: {speaker, outlet, position, stance, speechAct, mentions, article, event, from, to, negated, conditional,
// textContains (lowercase), singleSource}, tested by the same text as in export/page-entities (a unit test holds
// the two copies equal).
// Columns: statement.
MATCH (s:Statement)
WHERE s.id > coalesce($after, '') AND ($until IS NULL OR s.id <= $until) AND ($ids IS NULL OR s.id IN $ids)
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
WITH s ORDER BY s.id
LIMIT $limit
CALL (s) {
  OPTIONAL MATCH (speaker:Actor)-[:SAID]->(s)
  WITH speaker ORDER BY speaker.id
  RETURN collect(CASE WHEN speaker IS NULL THEN null ELSE
    {id: speaker.id, name: speaker.name, kind: speaker.kind} END) AS speakers
}
CALL (s) {
  OPTIONAL MATCH (s)-[:SAID_TO]->(medium:Outlet)
  WITH medium ORDER BY medium.id
  RETURN collect(CASE WHEN medium IS NULL THEN null ELSE {id: medium.id, name: medium.name} END) AS media
}
CALL (s) {
  OPTIONAL MATCH (s)-[c:CITED_VIA]->(o:Outlet)
  WITH c, o ORDER BY o.id, c.article
  RETURN collect(CASE WHEN o IS NULL THEN null ELSE {id: o.id, name: o.name, article: c.article} END) AS citedVia
}
CALL (s) {
  OPTIONAL MATCH (s)-[t:TAKES_POSITION]->(p:Position)
  WITH t, p ORDER BY p.id, t.stance
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {id: p.id, name: p.name, stance: t.stance} END) AS positions
}
CALL (s) {
  OPTIONAL MATCH (s)-[m:MENTIONS]->(actor:Actor)
  WITH m, actor ORDER BY actor.id
  RETURN collect(CASE WHEN actor IS NULL THEN null ELSE
    {id: actor.id, name: actor.name, kind: actor.kind, role: m.role} END) AS mentions
}
CALL (s) {
  OPTIONAL MATCH (s)-[:CONCERNS]->(e:Event)
  WITH e ORDER BY e.id
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE {id: e.id, name: e.name} END) AS events
}
CALL (s) {
  OPTIONAL MATCH (art:Article)-[:REPORTS]->(s)
  OPTIONAL MATCH (art)-[:PUBLISHED_BY]->(publisher:Outlet)
  WITH art, publisher ORDER BY art.id
  RETURN collect(CASE WHEN art IS NULL THEN null ELSE {id: art.id, title: art.title, url: art.url,
    publishedOn: toString(art.publishedOn), publishedOnPrecision: art.publishedOnPrecision, publisher: publisher.id, publisherName: publisher.name} END) AS reports
}
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_EVIDENCE]->(ev:Evidence)-[:IN_ARTICLE]->(art:Article)
  WHERE ev.start IS NOT NULL
  WITH ev, art ORDER BY art.id, ev.start, ev.id
  RETURN collect(CASE WHEN ev IS NULL THEN null ELSE
    {article: art.id, start: ev.start, end: ev.end, text: ev.text} END) AS evidence
}
RETURN {
  id: s.id, text: s.text, quote: s.quote, speechAct: s.speechAct, negated: s.negated,
  conditional: s.conditional, condition: s.condition, cue: s.cue,
  statedOn: toString(s.statedOn), statedOnPrecision: s.statedOnPrecision,
  speakers: speakers, media: media, citedVia: citedVia, positions: positions, mentions: mentions,
  events: events, reports: reports, evidence: evidence,
  review: CASE WHEN s.reviewStatus IS NULL THEN null ELSE
    {status: s.reviewStatus, reviewer: s.reviewedBy, reviewedAt: toString(s.reviewedAt), entry: last(s.reviewLog)} END
} AS statement
