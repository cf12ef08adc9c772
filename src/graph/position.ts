import { alignByIds } from './by-ids.js';
import type { QueryExecutor } from './executor.js';
import { containsKey, nameKey } from './name-keys.js';
import { type Page, type PageRequest, pageParams, toPage } from './page.js';

export type PositionModel = { id: string; name: string; description: string | null };

export type PositionStanceModel = { actorId: string; stance: string; statementIds: string[] };

type PageRow = { ids: string[]; sortKeys: string[]; totalCount: number | null };

export class PositionRepository {
  private readonly getPositionsByIdsQuery;
  private readonly findPositionsByNameQuery;
  private readonly findPositionsQuery;
  private readonly getPositionStancesQuery;

  constructor(executor: QueryExecutor) {
    this.getPositionsByIdsQuery = executor.query<{ position: PositionModel }>(
      'position/get-positions-by-ids',
    );
    this.findPositionsByNameQuery = executor.query<{ id: string }>('position/find-positions-by-name');
    this.findPositionsQuery = executor.query<PageRow>('position/find-positions');
    this.getPositionStancesQuery = executor.query<PositionStanceModel & { positionId: string }>(
      'position/get-position-stances',
    );
  }

  async getPositionsByIds(ids: readonly string[]): Promise<(PositionModel | null)[]> {
    const rows = await this.getPositionsByIdsQuery({ ids: [...ids] });
    return alignByIds(
      ids,
      rows.map((r) => r.position),
    );
  }

  async findPositionsByName(name: string): Promise<string[]> {
    return (await this.findPositionsByNameQuery({ key: nameKey(name) })).map((r) => r.id);
  }

  async findPositions(filter: { nameContains?: string | null }, page: PageRequest): Promise<Page> {
    const [row] = await this.findPositionsQuery({
      nameContains: containsKey(filter.nameContains),
      ...pageParams('positions', page),
    });
    return toPage('positions', page, row);
  }

  async getPositionStances(ids: readonly string[]): Promise<PositionStanceModel[][]> {
    const rows = await this.getPositionStancesQuery({ ids: [...ids] });
    return ids.map((id) =>
      rows
        .filter((r) => r.positionId === id)
        .map(({ actorId, stance, statementIds }) => ({ actorId, stance, statementIds })),
    );
  }
}
