// Running transactions with the metadata claimgraph attaches (the query name), for diagnostics.
// No parameters. Columns: transactionId, metaData, currentQuery, elapsedMs.
SHOW TRANSACTIONS YIELD transactionId, metaData, currentQuery, elapsedTime
RETURN transactionId, metaData, currentQuery, elapsedTime.milliseconds AS elapsedMs
