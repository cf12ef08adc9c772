/**
 * Orders rows of a get-*-by-ids query like the requested ids, with null for ids that do not exist: the shape
 * DataLoader batch functions must return.
 */
export function alignByIds<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Lowercase lookup key, as stored in the nameKey properties. */
export const nameKey = (name: string): string => name.trim().toLowerCase();

/** A contains-filter value: null when absent or blank, else lowercase. */
export const containsKey = (text: string | null | undefined): string | null =>
  text?.trim() ? text.trim().toLowerCase() : null;
