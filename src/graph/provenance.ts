import { InvalidInputError } from './errors.js';
import type { QueryExecutor } from './executor.js';
import { type Page, type PageRequest, pageParams, toPage } from './page.js';
import {
  buildProvenance,
  type ProvenanceModel,
  type ProvenanceRow,
  reliesOnlyOn,
} from './provenance-chain.js';
import type { StatementFilter } from './statement.js';

export type SourceShareModel = { outletId: string; statementCount: number };

export type OutletDependenceModel = {
  outletId: string;
  /** Statements with a speaker that articles of the outlet report. */
  statementCount: number;
  /** Of these, the ones none of its articles cites a source for. */
  ownCount: number;
  /** Per cited outlet, the statements its articles cite it for, most first. */
  sources: SourceShareModel[];
};

/** The filters a reliance list combines with `reliesOn`; the others are refused rather than ignored. */
const RELIANCE_FILTERS = new Set(['reliesOn', 'speaker', 'position', 'stance', 'from', 'to']);

/** Sort keys of undated statements, as in statement/find-statements: last in either order. */
const UNDATED_DESC = '0001-01-01';
const UNDATED_ASC = '9999-12-31';

/** Where a statement came from and through whom (see provenance-chain.ts for the rules). */
export class ProvenanceRepository {
  private readonly provenanceQuery;
  private readonly candidatesQuery;
  private readonly dependenceQuery;

  constructor(executor: QueryExecutor) {
    this.provenanceQuery = executor.query<ProvenanceRow>('analysis/get-statement-provenance');
    this.candidatesQuery = executor.query<{ id: string; sortKey: string | null }>(
      'analysis/find-outlet-reliance-candidates',
    );
    this.dependenceQuery = executor.query<OutletDependenceModel>('analysis/get-outlet-dependence');
  }

  /** The provenance of each statement, in the order of `ids`; null for an id with no statement. */
  async getProvenance(ids: readonly string[]): Promise<(ProvenanceModel | null)[]> {
    const rows = await this.provenanceQuery({ ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [r.statementId, buildProvenance(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * A page of the statements that rely on one outlet alone ("citation laundering": however many re-reports, all
   * trace back to it), ordered by date like every statement list, with the same cursors.
   */
  async findRelyingOn(
    outletId: string,
    filter: StatementFilter & { reliesOn?: string | null },
    descending: boolean,
    page: PageRequest,
  ): Promise<Page> {
    const others = Object.entries(filter).filter(([k, v]) => v != null && !RELIANCE_FILTERS.has(k));
    if (others.length > 0) {
      throw new InvalidInputError(
        `filter.reliesOn combines only with speaker, position, stance, from and to (got ${others.map(([k]) => k).join(', ')})`,
      );
    }
    const { afterKey, afterId, limit } = pageParams('statements', page);
    const candidates = await this.candidatesQuery({
      outletId,
      speaker: filter.speaker ?? null,
      position: filter.position ?? null,
      stance: filter.stance ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
    });
    const provenance = await this.getProvenance(candidates.map((c) => c.id));
    const undated = descending ? UNDATED_DESC : UNDATED_ASC;
    const relying = candidates
      .filter((_, i) => {
        const p = provenance[i];
        return p ? reliesOnlyOn(p, outletId) : false;
      })
      .map((c) => ({ id: c.id, key: c.sortKey ?? undated }))
      .sort(
        (a, b) =>
          (descending ? b.key.localeCompare(a.key) : a.key.localeCompare(b.key)) || a.id.localeCompare(b.id),
      );
    const after = relying.filter(
      (s) =>
        afterKey === null ||
        (descending ? s.key < afterKey : s.key > afterKey) ||
        (s.key === afterKey && afterId !== null && s.id > afterId),
    );
    const shown = after.slice(0, limit);
    return toPage('statements', page, {
      ids: shown.map((s) => s.id),
      sortKeys: shown.map((s) => s.key),
      totalCount: page.withCount ? relying.length : null,
    });
  }

  /** How much of each outlet's attributed content it took from which outlets, in the order of `ids`. */
  async getDependence(ids: readonly string[]): Promise<OutletDependenceModel[]> {
    const rows = await this.dependenceQuery({ ids: [...ids] });
    const byId = new Map(rows.map((r) => [r.outletId, r]));
    return ids.map((id) => byId.get(id) ?? { outletId: id, statementCount: 0, ownCount: 0, sources: [] });
  }
}
