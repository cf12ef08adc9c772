import type { StatementModel } from '../../src/graph/statement.js';

/** A statement row as statement/get-statements-by-ids returns it, for canned answers: no relations loaded. */
export function statementRow(
  id: string,
  fields: Partial<StatementModel> = {},
): { statement: StatementModel } {
  return {
    statement: {
      id,
      text: `Statement ${id}`,
      quote: null,
      speechAct: 'CLAIM',
      negated: false,
      conditional: false,
      condition: null,
      cue: null,
      statedOn: null,
      speakerId: null,
      originalMediumId: null,
      citedViaIds: [],
      positions: [],
      mentions: [],
      eventIds: [],
      evidence: [],
      lostEvidence: [],
      reportIds: [],
      orphanedInIds: [],
      corroboration: 0,
      confidence: null,
      extractedBy: null,
      needsReview: false,
      reviewStatus: null,
      reviewLog: [],
      refs: { actors: [], outlets: [], positions: [] },
      ...fields,
    },
  };
}
