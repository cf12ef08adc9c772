// How many statements an unfiltered export writes: the progress bar's total (a count from the label's store,
// no scan). Columns: count.
MATCH (s:Statement)
RETURN count(s) AS count
