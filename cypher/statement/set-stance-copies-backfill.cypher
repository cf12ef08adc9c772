// Records how far the stance-copies backfill got, in the transaction of the batch it finished (the marker never
// runs ahead of the copies), or that a store's copies are whole ($complete).
// $after (the last statement id looked at), $complete. Columns: name.
MERGE (m:Backfill {name: 'stance-copies'})
SET m.after = $after, m.complete = $complete, m.updatedAt = datetime()
RETURN m.name AS name
