/** A date known to a precision; `context` marks a date that comes from outside the article text. */
export type FuzzyDateModel = { value: string; precision: 'day' | 'month' | 'year'; context: boolean };

const LENGTH = { day: 10, month: 7, year: 4 } as const;

/**
 * Neo4j stores a fuzzy date as the first day of its period; reading it back cuts the ISO string to the
 * precision, so that "January 2022" is never shown as "2022-01-01".
 */
export function toFuzzyDate(stored: unknown): FuzzyDateModel | null {
  if (!stored || typeof stored !== 'object') return null;
  const d = stored as {
    value: string;
    precision: FuzzyDateModel['precision'] | null;
    context: boolean | null;
  };
  const precision = d.precision ?? 'day';
  return { value: d.value.slice(0, LENGTH[precision]), precision, context: d.context ?? false };
}

/** True for a real calendar day `YYYY-MM-DD` from year 0001 on (not 2022-99-01, 2022-02-30 or 0000-01-01). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith('0000')) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
