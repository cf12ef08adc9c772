import type { QueryExecutor } from './executor.js';

export type ServerInfo = { name: string; version: string; edition: string };

/** Facts about the database server itself. */
export class SystemRepository {
  private readonly getServerInfoQuery;

  constructor(executor: QueryExecutor) {
    this.getServerInfoQuery = executor.query<ServerInfo>('system/get-server-info');
  }

  async getServerInfo(): Promise<ServerInfo> {
    const rows = await this.getServerInfoQuery({});
    const row = rows.find((r) => r.name === 'Neo4j Kernel') ?? rows[0];
    if (!row) throw new Error('dbms.components() returned nothing');
    return row;
  }
}
