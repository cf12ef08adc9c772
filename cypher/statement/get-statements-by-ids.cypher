// Statements by id with what they point at, so that one query per nesting level loads a whole list of
// statements. $parts says which relations the request will show (speaker, outlets, positions, mentions,
// events, evidence, reports): a part left out costs no expansion and comes back empty. The actors, outlets and
// positions they point at come along as `refs` (their own properties, found on the way anyway) and prime those
// loaders: a list of statements with speakers, outlets and positions is one query, not one per level.
// $ids: [id], $parts: {speaker, outlets, positions, mentions, events, evidence, reports}.
// Columns: statement (a map; see StatementModel in src/graph/statement.ts).
UNWIND $ids AS id
MATCH (s:Statement {id: id})
CALL (s) {
  WITH s WHERE $parts.speaker
  OPTIONAL MATCH (speaker:Actor)-[:SAID]->(s)
  RETURN head(collect(speaker.id)) AS speakerId, collect(speaker {.id, .name, .kind, .description}) AS speakers
}
CALL (s) {
  WITH s WHERE $parts.outlets
  OPTIONAL MATCH (s)-[r:SAID_TO|CITED_VIA]->(o:Outlet)
  WITH type(r) AS via, o ORDER BY o.id
  WITH collect({via: via, id: o.id}) AS links,
    collect(DISTINCT o {.id, .name, .kind, .country,
      aliases: COLLECT { UNWIND coalesce(o.aliases, []) AS text RETURN text ORDER BY text }}) AS outlets
  RETURN head([l IN links WHERE l.via = 'SAID_TO' | l.id]) AS originalMediumId,
    reduce(ids = [], l IN links | CASE WHEN l.via = 'CITED_VIA' AND NOT l.id IN ids THEN ids + l.id ELSE ids END)
      AS citedViaIds,
    size(outlets) AS corroboration, outlets
}
CALL (s) {
  WITH s WHERE $parts.positions
  OPTIONAL MATCH (s)-[t:TAKES_POSITION]->(p:Position)
  WITH t, p ORDER BY p.id, t.stance
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {positionId: p.id, stance: t.stance} END) AS positions,
    collect(DISTINCT p {.id, .name, .description}) AS positionRefs
}
CALL (s) {
  WITH s WHERE $parts.mentions
  OPTIONAL MATCH (s)-[m:MENTIONS]->(a:Actor)
  WITH m, a ORDER BY a.id
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {actorId: a.id, role: m.role} END) AS mentions,
    collect(DISTINCT a {.id, .name, .kind, .description}) AS mentioned
}
CALL (s) {
  WITH s WHERE $parts.events
  OPTIONAL MATCH (s)-[:CONCERNS]->(e:Event)
  WITH e ORDER BY e.id
  RETURN collect(e.id) AS eventIds
}
CALL (s) {
  WITH s WHERE $parts.evidence
  OPTIONAL MATCH (s)-[:HAS_EVIDENCE]->(ev:Evidence)-[:IN_ARTICLE]->(a:Article)
  WITH ev, a ORDER BY a.id, ev.id
  // An orphan's span without offsets (review/place-orphaned-evidence) is not placed evidence: its text alone.
  RETURN collect(CASE WHEN ev IS NULL OR ev.start IS NULL THEN null ELSE
    {articleId: a.id, start: ev.start, end: ev.end, text: ev.text} END) AS evidence,
    collect(CASE WHEN ev IS NOT NULL AND ev.start IS NULL THEN {articleId: a.id, text: ev.text} END)
      AS lostEvidence
}
CALL (s) {
  WITH s WHERE $parts.reports
  OPTIONAL MATCH (a:Article)-[r:REPORTS]->(s)
  WITH a, r ORDER BY a.id
  RETURN collect(a.id) AS reportIds, collect(CASE WHEN r.orphaned THEN a.id END) AS orphanedInIds
}
RETURN s {
  .id, .text, .quote, .speechAct, .negated, .conditional, .condition, .cue, .confidence, .extractedBy,
  needsReview: coalesce(s.needsReview, false), reviewStatus: s.reviewStatus, reviewLog: coalesce(s.reviewLog, []),
  statedOn: CASE WHEN s.statedOn IS NULL THEN null ELSE
    {value: toString(s.statedOn), precision: s.statedOnPrecision, context: s.statedOnContext} END,
  speakerId: speakerId, originalMediumId: originalMediumId, citedViaIds: citedViaIds, positions: positions,
  mentions: mentions, eventIds: eventIds, evidence: evidence, lostEvidence: lostEvidence, reportIds: reportIds, orphanedInIds: orphanedInIds,
  corroboration: corroboration,
  refs: {actors: speakers + mentioned, outlets: outlets, positions: positionRefs}
} AS statement
