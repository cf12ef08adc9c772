import { InvalidInputError } from './errors.js';
import type { QueryExecutor } from './executor.js';

/** Bounds the rows of one matrix or coverage query. */
export const ANALYSIS_MAX_IDS = 100;

export type StanceCellModel = { actorId: string; positionId: string; stance: string; statementIds: string[] };

export type OutletCoverageModel = {
  outletId: string;
  actorId: string;
  statementCount: number;
  originalMediumCount: number;
  citedViaCount: number;
};

/** Distinct ids, at most ANALYSIS_MAX_IDS of them. */
export function checkIds(name: string, ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length > ANALYSIS_MAX_IDS) {
    throw new InvalidInputError(`${name} takes at most ${ANALYSIS_MAX_IDS} ids (got ${unique.length})`);
  }
  return unique;
}

/** Derived analyses (cypher/analysis/): who takes which stance, which outlets carry whom. */
export class AnalysisRepository {
  private readonly getStanceMatrixQuery;
  private readonly getOutletCoverageQuery;

  constructor(executor: QueryExecutor) {
    this.getStanceMatrixQuery = executor.query<StanceCellModel>('analysis/get-stance-matrix');
    this.getOutletCoverageQuery = executor.query<OutletCoverageModel>('analysis/get-outlet-coverage');
  }

  /**
   * Cells of the stance matrix in the order of `actorIds`, then position id and stance. `positionIds` null
   * means every position.
   */
  async getStanceMatrix(
    actorIds: readonly string[],
    positionIds: readonly string[] | null,
    includeAffiliates: boolean,
  ): Promise<StanceCellModel[]> {
    if (actorIds.length === 0 || positionIds?.length === 0) return [];
    const rows = await this.getStanceMatrixQuery({
      actorIds: [...actorIds],
      positionIds: positionIds ? [...positionIds] : null,
      includeAffiliates,
    });
    const order = new Map(actorIds.map((id, i) => [id, i]));
    // The query sorts within an actor; stable sorting keeps that order.
    return rows.sort((a, b) => (order.get(a.actorId) ?? 0) - (order.get(b.actorId) ?? 0));
  }

  /** Outlet–actor pairs with how many of the actor's statements the outlet carries; null filters mean all. */
  async getOutletCoverage(
    outletIds: readonly string[] | null,
    actorIds: readonly string[] | null,
  ): Promise<OutletCoverageModel[]> {
    return this.getOutletCoverageQuery({
      outletIds: outletIds ? [...outletIds] : null,
      actorIds: actorIds ? [...actorIds] : null,
    });
  }
}
