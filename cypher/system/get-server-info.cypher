// The server's product name, version and edition, for Query.serverInfo.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
