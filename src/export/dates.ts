import { toFuzzyDate } from '../graph/dates.js';

/** A stored date cut back to its precision ("2022-01" for January 2022); null stays null. */
export function cutDate(value: string | null, precision: 'day' | 'month' | 'year' | null): string | null {
  return value === null ? null : (toFuzzyDate({ value, precision, context: null })?.value ?? null);
}
