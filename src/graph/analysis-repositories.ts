import { ContradictionRepository } from './contradiction.js';
import type { Executor } from './executor.js';
import { ProvenanceRepository } from './provenance.js';
import { StanceTimelineRepository } from './stance-timeline.js';
import type { StatementRepository } from './statement.js';

/** The analyst's questions (issue 16): stance over time, contradictions, provenance chains. */
export type AnalysisRepositories = {
  timelines: StanceTimelineRepository;
  contradictions: ContradictionRepository;
  provenance: ProvenanceRepository;
};

export function createAnalysisRepositories(
  executor: Executor,
  statements: StatementRepository,
): AnalysisRepositories {
  return {
    timelines: new StanceTimelineRepository(executor),
    contradictions: new ContradictionRepository(executor, statements),
    provenance: new ProvenanceRepository(executor),
  };
}
