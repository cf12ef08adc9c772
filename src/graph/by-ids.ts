/**
 * Orders rows of a get-*-by-ids query like the requested ids, with null for ids that do not exist: the shape
 * DataLoader batch functions must return.
 */
export function alignByIds<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}
