// How many articles an NDJSON export walks: the progress bar's total (a count from the label's store, no scan).
// Columns: count.
MATCH (a:Article)
RETURN count(a) AS count
