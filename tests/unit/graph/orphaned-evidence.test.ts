import { describe, expect, it } from 'vitest';
import { placeOrphanedSpans } from '../../../src/graph/orphaned-evidence.js';

const REMARK = 'Volkov thinks that new sanctions would fail.';
const span = (start: number | null, text = REMARK) => ({
  id: 'e',
  start,
  end: start === null ? null : start + text.length,
  text,
});

describe('an orphaned span placed in its article’s new text', () => {
  it('keeps its offsets when the new text holds it at the same place, even if it recurs later', () => {
    const text = `${REMARK} ${REMARK}`;
    expect(placeOrphanedSpans(text, [span(0)])).toEqual([{ id: 'e', start: 0, end: REMARK.length }]);
  });

  it('moves to the one place the new text holds it', () => {
    const text = `A new first paragraph.\n\n${REMARK}`;
    const [placed] = placeOrphanedSpans(text, [span(0)]);
    expect(placed).toEqual({ id: 'e', start: 24, end: 24 + REMARK.length });
    expect(text.slice(placed?.start ?? 0, placed?.end ?? 0)).toBe(REMARK);
  });

  it('loses its offsets when the text is gone or stands more than once elsewhere', () => {
    expect(placeOrphanedSpans('Nothing of it is left.', [span(0)])).toEqual([
      { id: 'e', start: null, end: null },
    ]);
    expect(placeOrphanedSpans(`Intro. ${REMARK} And: ${REMARK}`, [span(0)])).toEqual([
      { id: 'e', start: null, end: null },
    ]);
  });

  it('places a span that had lost its offsets once its text stands exactly once again', () => {
    expect(placeOrphanedSpans(`Back: ${REMARK}`, [span(null)])).toEqual([
      { id: 'e', start: 6, end: 6 + REMARK.length },
    ]);
  });

  it('counts overlapping occurrences as more than one', () => {
    expect(placeOrphanedSpans('abab ababab', [span(0, 'abab')])).toEqual([{ id: 'e', start: 0, end: 4 }]);
    expect(placeOrphanedSpans('xababab', [span(0, 'abab')])).toEqual([{ id: 'e', start: null, end: null }]);
  });
});
