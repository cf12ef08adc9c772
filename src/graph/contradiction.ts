import {
  type AllyRow,
  allyDisagreements,
  type ContradictionKind,
  type ContradictionModel,
  quoteVariants,
  type ReportVariantRow,
  rankContradictions,
  type SequenceRow,
  type SpeakerVariantRow,
  speakerVariants,
  stanceChanges,
} from './contradiction-rules.js';
import type { QueryExecutor } from './executor.js';
import { ALL_STATEMENT_PARTS, type StatementRepository } from './statement.js';

/** Who and what to look at: an actor's statements, a position's, or an actor's on one position. */
export type ContradictionScope = { actorId: string | null; positionId: string | null };

/** Finds contradictions of the kinds asked for; the rules themselves are in contradiction-rules.ts. */
export class ContradictionRepository {
  private readonly sequenceQuery;
  private readonly allyQuery;
  private readonly reportVariantQuery;
  private readonly speakerVariantQuery;

  constructor(
    executor: QueryExecutor,
    private readonly statements: StatementRepository,
  ) {
    this.sequenceQuery = executor.query<SequenceRow>('analysis/get-stance-sequence');
    this.allyQuery = executor.query<AllyRow>('analysis/get-ally-stances');
    this.reportVariantQuery = executor.query<ReportVariantRow>('analysis/get-report-variants');
    this.speakerVariantQuery = executor.query<SpeakerVariantRow>('analysis/get-speaker-variants');
  }

  async findContradictions(
    scope: ContradictionScope,
    kinds: ReadonlySet<ContradictionKind>,
  ): Promise<ContradictionModel[]> {
    const params = {
      speakerIds: scope.actorId ? [scope.actorId] : null,
      positionId: scope.positionId,
    };
    const wanted = (...k: ContradictionKind[]) => k.some((x) => kinds.has(x));
    const none = Promise.resolve([]);
    const [sequence, allies, reports, speakers] = await Promise.all([
      wanted('stance_change', 'both_stances_in_period') ? this.sequenceQuery(params) : none,
      wanted('ally_disagreement') ? this.allyQuery(params) : none,
      wanted('quote_variant') ? this.reportVariantQuery(params) : none,
      wanted('speaker_variant') ? this.speakerVariantQuery(params) : none,
    ]);
    const found = [
      ...stanceChanges(sequence),
      ...allyDisagreements(allies),
      ...quoteVariants(reports),
      ...speakerVariants(speakers),
    ].filter((c) => kinds.has(c.kind));
    return rankContradictions(await this.withEvidence(found));
  }

  /** Sides that stand for a whole statement show all its spans, read in one query for every side. */
  private async withEvidence(list: ContradictionModel[]): Promise<ContradictionModel[]> {
    const ids = list.flatMap((c) => [c.left, c.right].filter((s) => !s.evidence).map((s) => s.statementId));
    if (ids.length === 0) return list;
    const parts = Object.fromEntries(Object.keys(ALL_STATEMENT_PARTS).map((k) => [k, k === 'evidence']));
    const byId = await this.statements.getStatementMap(ids, parts as typeof ALL_STATEMENT_PARTS);
    // Literals, not spreads: two sides per contradiction found, and V8 builds spreads slowly.
    const fill = (s: ContradictionModel['left']): ContradictionModel['left'] =>
      s.evidence
        ? s
        : {
            statementId: s.statementId,
            speakerId: s.speakerId,
            positionId: s.positionId,
            stance: s.stance,
            statedOn: s.statedOn,
            articleId: s.articleId,
            evidence: byId.get(s.statementId)?.evidence ?? [],
            quotedText: s.quotedText,
          };
    return list.map((c) => ({
      kind: c.kind,
      score: c.score,
      reason: c.reason,
      left: fill(c.left),
      right: fill(c.right),
    }));
  }
}
