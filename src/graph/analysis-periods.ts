/** The periods a stance timeline groups statements by. */
export const GRANULARITIES = ['day', 'week', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

const DAY_MS = 86_400_000;

const utc = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Whole days from `a` to `b` (calendar days YYYY-MM-DD); negative when b comes first. */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b) - utc(a)) / DAY_MS);
}

/** The first day of the ISO week (Monday) holding `day`. */
export function weekStart(day: string): string {
  const ms = utc(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  return iso(ms - weekday * DAY_MS);
}

/** ISO week-numbering year and week of a Monday: the week belongs to the year of its Thursday. */
function isoWeek(monday: string): { year: number; week: number } {
  const thursday = new Date(utc(monday) + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return { year, week };
}

/** The last day of the period that starts on `start`. */
export function periodEnd(start: string, granularity: Granularity): string {
  if (granularity === 'day') return start;
  if (granularity === 'week') return iso(utc(start) + 6 * DAY_MS);
  const [year, month] = start.split('-').map(Number) as [number, number];
  return iso(Date.UTC(year, month, 1) - DAY_MS);
}

/** How a period is named: `2025-03-04`, `2025-W10` (ISO week) or `2025-03`. */
export function periodLabel(start: string, granularity: Granularity): string {
  if (granularity === 'day') return start;
  if (granularity === 'month') return start.slice(0, 7);
  const { year, week } = isoWeek(start);
  return `${year}-W${String(week).padStart(2, '0')}`;
}
