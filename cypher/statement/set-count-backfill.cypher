// Records how far the position-count backfill got, in the transaction of the batch it finished (the marker
// never runs ahead of the counts), or that a store's counts are whole ($complete).
// $after (the last position id recounted), $complete. Columns: name.
MERGE (m:Backfill {name: 'position-counts'})
// A whole store's marker reads the same however it got whole (a test compares stores loaded two ways).
SET m.after = CASE WHEN $complete THEN '' ELSE $after END, m.complete = $complete, m.updatedAt = datetime()
RETURN m.name AS name
