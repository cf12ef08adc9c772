// Waits until every index is online and populated (full-text indexes catch up with writes asynchronously),
// so a benchmark never measures a search over a half-built index.
// No parameters. Columns: none (the procedure yields nothing).
CALL db.awaitIndexes(300)
