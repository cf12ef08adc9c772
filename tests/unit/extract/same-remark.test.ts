import { describe, expect, it } from 'vitest';
import {
  datesOverlap,
  findSameRemark,
  matchRemark,
  type RemarkRecord,
} from '../../../src/extract/same-remark.js';

const day = (value: string) => ({ value, precision: 'day' as const, context: false });
const month = (value: string) => ({ value, precision: 'month' as const, context: false });

const cnn: RemarkRecord = {
  speaker: 'dmitry-peskov',
  text: 'Russia needs the security guarantees to be put in writing.',
  quote: null,
  statedOn: day('2022-01-16'),
  positions: [{ position: 'security-guarantees', stance: 'demands' }],
};

describe('same remark', () => {
  it('matches a re-report of the same remark in other words', () => {
    const reReport = {
      ...cnn,
      text: 'Russia needs security guarantees in writing, Peskov said.',
      statedOn: month('2022-01'),
    };
    expect(matchRemark(reReport, cnn)).toMatchObject({ same: true });
  });

  it('requires the same speaker and never matches the article’s own assertions', () => {
    expect(matchRemark({ ...cnn, speaker: 'sergei-lavrov' }, cnn)).toMatchObject({
      same: false,
      reason: 'different speakers',
    });
    expect(matchRemark({ ...cnn, speaker: null }, { ...cnn, speaker: null }).same).toBe(false);
  });

  it('rules out remarks on dates that cannot overlap, and tolerates one day', () => {
    expect(matchRemark({ ...cnn, statedOn: day('2022-02-20') }, cnn)).toMatchObject({ same: false });
    expect(matchRemark({ ...cnn, statedOn: day('2022-01-17') }, cnn).same).toBe(true);
    expect(matchRemark({ ...cnn, statedOn: null }, cnn).same).toBe(true);
    expect(datesOverlap(month('2022-01'), day('2022-01-31'))).toBe(true);
    expect(datesOverlap(month('2022-01'), day('2022-02-01'))).toBe(false);
  });

  it('decides on equal quotes, and rejects different content', () => {
    const quoted = { ...cnn, text: 'x', quote: 'We are not asking for favours' };
    expect(matchRemark(quoted, { ...cnn, text: 'y', quote: 'we are NOT asking for favours!' })).toMatchObject(
      { same: true, score: 1 },
    );
    const other = { ...cnn, text: 'The sanctions will not hurt the Russian economy.', positions: [] };
    expect(matchRemark(other, cnn).same).toBe(false);
  });

  it('lists the matching candidates best first', () => {
    const weaker = {
      ...cnn,
      id: 'b',
      text: 'Russia needs guarantees, which NATO refuses to give in writing.',
    };
    const found = findSameRemark({ ...cnn, id: 'new' }, [
      { ...cnn, id: 'a', speaker: 'x' },
      weaker,
      { ...cnn, id: 'c' },
    ]);
    expect(found.map((f) => f.candidate.id)).toEqual(['c', 'b']);
  });

  it("reads each record's words once however many pairs it is in (an import compares all of them)", () => {
    // Counts reads of a candidate's text: before, its words were worked out again for every incoming statement,
    // and 500 statements against 5,000 candidates held the event loop for minutes.
    let reads = 0;
    const counted = { ...cnn, id: 'counted' };
    Object.defineProperty(counted, 'text', {
      get: () => {
        reads += 1;
        return cnn.text;
      },
    });
    for (let i = 0; i < 50; i++)
      findSameRemark({ ...cnn, id: `new-${i}`, text: `${cnn.text} ${i}` }, [counted]);
    expect(reads).toBe(1);
  });
});
