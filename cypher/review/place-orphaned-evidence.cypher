// After a re-import, the evidence of reviewed statements it no longer finds (orphans) gets offsets into the new
// text, or none (null removes them: the span's text is kept, see src/graph/orphaned-evidence.ts). A span whose
// offsets did not change is not written: most re-imports move nothing, and a write would only churn the store.
// $spans: [{id, start, end}]. Columns: placed (the spans whose offsets changed).
UNWIND $spans AS span
MATCH (ev:Evidence {id: span.id})
// Offsets are never negative, so -1 stands for "none" on both sides of the comparison.
WITH ev, span
WHERE coalesce(ev.start, -1) <> coalesce(span.start, -1) OR coalesce(ev.end, -1) <> coalesce(span.end, -1)
SET ev.start = span.start, ev.end = span.end
RETURN count(ev) AS placed
