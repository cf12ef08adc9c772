import { describe, expect, it } from 'vitest';
import { daysBetween, periodEnd, periodLabel, weekStart } from '../../../src/graph/analysis-periods.js';

describe('timeline periods', () => {
  it('starts weeks on Monday, also across a month and a year', () => {
    expect(weekStart('2025-03-04')).toBe('2025-03-03');
    expect(weekStart('2025-03-03')).toBe('2025-03-03');
    expect(weekStart('2025-03-09')).toBe('2025-03-03');
    expect(weekStart('2025-01-01')).toBe('2024-12-30');
  });

  it('names ISO weeks by the year of their Thursday', () => {
    expect(periodLabel('2025-03-03', 'week')).toBe('2025-W10');
    expect(periodLabel('2024-12-30', 'week')).toBe('2025-W01');
    expect(periodLabel('2020-12-28', 'week')).toBe('2020-W53');
    expect(periodLabel('2025-03-01', 'month')).toBe('2025-03');
    expect(periodLabel('2025-03-04', 'day')).toBe('2025-03-04');
  });

  it('ends periods on their last day', () => {
    expect(periodEnd('2025-03-03', 'week')).toBe('2025-03-09');
    expect(periodEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(periodEnd('2025-12-01', 'month')).toBe('2025-12-31');
    expect(periodEnd('2025-03-04', 'day')).toBe('2025-03-04');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2025-03-11', '2025-03-13')).toBe(2);
    expect(daysBetween('2025-03-30', '2025-03-31')).toBe(1);
    expect(daysBetween('2025-04-01', '2025-03-04')).toBe(-28);
  });
});
