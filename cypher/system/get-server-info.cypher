// The server's product name, version and edition, for Query.serverInfo.
// No parameters. Columns: name, version, edition.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
