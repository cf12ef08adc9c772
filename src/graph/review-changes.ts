/**
 * What a review changes, as plain data: the correctable part of a statement, a correction applied to it, the
 * differences, and the entry a review leaves in the statement's history. No database here (unit-tested).
 */

/** The part of a statement a reviewer may correct. */
export type ReviewState = {
  speaker: string | null;
  positions: { position: string; stance: string }[];
  originalMedium: string | null;
  citedVia: string[];
  negated: boolean;
  conditional: boolean;
};

/** The statement as the machine proposed it: its correctable part and who proposed it, how surely. */
export type MachineVersion = ReviewState & { extractedBy: string | null; confidence: number | null };

/** A correction: every field optional; a given field replaces the statement's (speaker null: no speaker). */
export type Correction = {
  speaker?: string | null;
  positions?: { position: string; stance: string }[];
  /** Sets this stance on every position the statement takes (after `positions`, when both are given). */
  stance?: string;
  originalMedium?: string | null;
  citedVia?: string[];
  negated?: boolean;
  conditional?: boolean;
  /** The statement is wrong as a whole (not said, not a statement, misattributed beyond repair). */
  reject?: boolean;
  note?: string | null;
};

export type ReviewStatus = 'confirmed' | 'corrected' | 'rejected';

export type FieldChange = { field: keyof ReviewState | 'rejected'; from: unknown; to: unknown };

/** One review as the statement keeps it (JSON in `Statement.reviewLog`). */
export type ReviewEntry = {
  reviewer: string;
  reviewedAt: string;
  status: ReviewStatus;
  note: string | null;
  changes: FieldChange[];
  machine: MachineVersion;
  after: ReviewState;
};

const byPosition = (a: { position: string; stance: string }, b: { position: string; stance: string }) =>
  a.position === b.position ? (a.stance < b.stance ? -1 : 1) : a.position < b.position ? -1 : 1;

/** One order for the lists, so that equal states compare equal. */
export function normalized(state: ReviewState): ReviewState {
  const pairs = new Map(state.positions.map((p) => [`${p.position} ${p.stance}`, p]));
  return {
    speaker: state.speaker,
    positions: [...pairs.values()].map((p) => ({ position: p.position, stance: p.stance })).sort(byPosition),
    originalMedium: state.originalMedium,
    citedVia: [...new Set(state.citedVia)].sort(),
    negated: state.negated,
    conditional: state.conditional,
  };
}

export function applyCorrection(before: ReviewState, correction: Correction): ReviewState {
  const has = (key: keyof Correction) => correction[key] !== undefined;
  let positions = has('positions') ? (correction.positions ?? []) : before.positions;
  if (correction.stance !== undefined) {
    const stance = correction.stance;
    positions = positions.map((p) => ({ position: p.position, stance }));
  }
  return normalized({
    speaker: has('speaker') ? (correction.speaker ?? null) : before.speaker,
    positions,
    originalMedium: has('originalMedium') ? (correction.originalMedium ?? null) : before.originalMedium,
    citedVia: has('citedVia') ? (correction.citedVia ?? []) : before.citedVia,
    negated: correction.negated ?? before.negated,
    conditional: correction.conditional ?? before.conditional,
  });
}

const FIELDS = ['speaker', 'positions', 'originalMedium', 'citedVia', 'negated', 'conditional'] as const;

/** The fields that differ, in a fixed order. */
export function changesBetween(from: ReviewState, to: ReviewState): FieldChange[] {
  const a = normalized(from);
  const b = normalized(to);
  return FIELDS.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f])).map((field) => ({
    field,
    from: a[field],
    to: b[field],
  }));
}

/**
 * The entry one review leaves. The machine's version is the state before the first review, carried over by
 * every later one; the status compares the result with it, so a second review that undoes a correction leaves
 * the statement `confirmed`.
 */
export function reviewEntry(input: {
  before: ReviewState;
  wasRejected: boolean;
  machine: MachineVersion;
  correction: Correction;
  reviewer: string;
  reviewedAt: string;
}): ReviewEntry {
  const after = applyCorrection(input.before, input.correction);
  const rejected = input.correction.reject ?? input.wasRejected;
  const changes = changesBetween(input.before, after);
  if (rejected !== input.wasRejected)
    changes.push({ field: 'rejected', from: input.wasRejected, to: rejected });
  const status: ReviewStatus = rejected
    ? 'rejected'
    : changesBetween(input.machine, after).length > 0
      ? 'corrected'
      : 'confirmed';
  return {
    reviewer: input.reviewer,
    reviewedAt: input.reviewedAt,
    status,
    note: input.correction.note ?? null,
    changes,
    machine: input.machine,
    after,
  };
}
