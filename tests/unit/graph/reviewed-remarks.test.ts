import { describe, expect, it } from 'vitest';
import { matchReviewedRemarks } from '../../../src/graph/reviewed-remarks.js';

const span = (start: number, text: string) => ({ start, end: start + text.length, text });
const VOLKOV = 'Volkov thinks that new sanctions against Russia would fail.';
const GENEVA = 'Ryabkov said the talks in Geneva had reached a dead end.';

describe('matchReviewedRemarks', () => {
  it('gives a moved remark back its reviewed id and the remark that took that id by position one of its own', () => {
    const { ids, matched } = matchReviewedRemarks(
      [
        { id: 'a:s05', evidence: [span(274, GENEVA)] },
        { id: 'a:s06', evidence: [span(354, VOLKOV)] },
      ],
      [{ id: 'a:s05', spans: [span(313, VOLKOV)] }],
    );
    expect(ids.get('a:s06')).toBe('a:s05');
    expect(ids.get('a:s05')).toMatch(/^a:s05-[0-9a-f]{8}$/);
    expect([...matched]).toEqual(['a:s05']);
  });

  it('changes no id when every reviewed remark is where it was', () => {
    const { ids, matched } = matchReviewedRemarks(
      [
        { id: 'a:s04', evidence: [span(233, GENEVA)] },
        { id: 'a:s05', evidence: [span(313, VOLKOV)] },
      ],
      [{ id: 'a:s05', spans: [span(313, VOLKOV)] }],
    );
    expect(ids.size).toBe(0);
    expect([...matched]).toEqual(['a:s05']);
  });

  it('leaves a reviewed remark unmatched when no incoming evidence holds it, and lets nobody take its id', () => {
    const { ids, matched } = matchReviewedRemarks(
      [{ id: 'a:s05', evidence: [span(274, GENEVA)] }],
      [{ id: 'a:s05', spans: [span(313, VOLKOV)] }],
    );
    expect(matched.size).toBe(0);
    expect(ids.get('a:s05')).not.toBe('a:s05');
    expect(ids.get('a:s05')).toMatch(/^a:s05-/);
  });

  it('matches a span cut otherwise by containment, and prefers the same place among repeated texts', () => {
    const wider = `MOSCOW - ${VOLKOV}`;
    const contained = matchReviewedRemarks(
      [{ id: 'b:s02', evidence: [span(300, wider)] }],
      [{ id: 'a:s09', spans: [span(309, VOLKOV)] }],
    );
    expect(contained.ids.get('b:s02')).toBe('a:s09');
    const repeated = matchReviewedRemarks(
      [
        { id: 'a:s01', evidence: [span(10, VOLKOV)] },
        { id: 'a:s07', evidence: [span(500, VOLKOV)] },
      ],
      [{ id: 'a:s07', spans: [span(500, VOLKOV)] }],
    );
    expect(repeated.ids.size).toBe(0);
    expect([...repeated.matched]).toEqual(['a:s07']);
  });

  it('does not match on a short common phrase', () => {
    const { matched } = matchReviewedRemarks(
      [{ id: 'a:s01', evidence: [span(0, '"No," he said.')] }],
      [{ id: 'a:s02', spans: [span(40, 'he said')] }],
    );
    expect(matched.size).toBe(0);
  });

  it('is deterministic: the same import gives the same ids', () => {
    const run = () =>
      matchReviewedRemarks(
        [{ id: 'a:s05', evidence: [span(274, GENEVA)] }],
        [{ id: 'a:s05', spans: [span(313, VOLKOV)] }],
      ).ids.get('a:s05');
    expect(run()).toBe(run());
  });
});
