// After a re-import, the evidence of reviewed statements it no longer finds (orphans) gets offsets into the new
// text, or none (null removes them: the span's text is kept, see src/graph/orphaned-evidence.ts).
// $spans: [{id, start, end}]. Columns: placed.
UNWIND $spans AS span
MATCH (ev:Evidence {id: span.id})
SET ev.start = span.start, ev.end = span.end
RETURN count(ev) AS placed
