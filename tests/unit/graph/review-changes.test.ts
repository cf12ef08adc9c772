import { describe, expect, it } from 'vitest';
import {
  applyCorrection,
  changesBetween,
  type ReviewState,
  reviewEntry,
} from '../../../src/graph/review-changes.js';

const machine: ReviewState = {
  speaker: 'volkov',
  positions: [{ position: 'sanctions', stance: 'opposes' }],
  originalMedium: null,
  citedVia: ['reuters', 'reuters'],
  negated: false,
  conditional: false,
};
const base = {
  machine: { ...machine, extractedBy: 'x@1', confidence: 0.6 },
  reviewer: 'alice',
  reviewedAt: 'T',
};

describe('review changes', () => {
  it('replaces only the fields a correction gives; stance applies to every position', () => {
    expect(
      applyCorrection(machine, {
        positions: [
          { position: 'sanctions', stance: 'opposes' },
          { position: 'nato-expansion', stance: 'supports' },
        ],
        stance: 'warns',
      }),
    ).toEqual({
      ...machine,
      citedVia: ['reuters'],
      positions: [
        { position: 'nato-expansion', stance: 'warns' },
        { position: 'sanctions', stance: 'warns' },
      ],
    });
    expect(applyCorrection(machine, { speaker: null, originalMedium: 'cnn' })).toMatchObject({
      speaker: null,
      originalMedium: 'cnn',
      positions: machine.positions,
    });
  });

  it('lists what differs in a fixed order, ignoring list order and duplicates', () => {
    expect(changesBetween(machine, { ...machine, citedVia: ['reuters'] })).toEqual([]);
    expect(changesBetween(machine, { ...machine, conditional: true, speaker: 'x' })).toEqual([
      { field: 'speaker', from: 'volkov', to: 'x' },
      { field: 'conditional', from: false, to: true },
    ]);
  });

  it('says confirmed, corrected or rejected against the machine version, not the previous review', () => {
    const correct = reviewEntry({
      ...base,
      before: machine,
      wasRejected: false,
      correction: { negated: true },
    });
    expect(correct.status).toBe('corrected');
    const undo = reviewEntry({
      ...base,
      before: correct.after,
      wasRejected: false,
      correction: { negated: false },
    });
    expect(undo).toMatchObject({
      status: 'confirmed',
      changes: [{ field: 'negated', from: true, to: false }],
    });
    const reject = reviewEntry({
      ...base,
      before: machine,
      wasRejected: false,
      correction: { reject: true },
    });
    expect(reject).toMatchObject({
      status: 'rejected',
      changes: [{ field: 'rejected', from: false, to: true }],
    });
    const keepRejected = reviewEntry({ ...base, before: machine, wasRejected: true, correction: {} });
    expect(keepRejected).toMatchObject({ status: 'rejected', changes: [] });
  });
});
