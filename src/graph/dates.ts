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
