// How many entities the GraphML export looks at before its statements (every actor, outlet, position, event
// and article): the progress bar's total for that part (counts from the label stores, no scan).
// Columns: count.
RETURN COUNT { (:Actor) } + COUNT { (:Outlet) } + COUNT { (:Position) } + COUNT { (:Event) }
  + COUNT { (:Article) } AS count
