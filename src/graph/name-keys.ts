/** Lowercase lookup key of a name or alias, as stored in the nameKey properties (and Alias.key, aliasKeys). */
export const nameKey = (name: string): string => name.trim().toLowerCase();

/** A contains-filter value: null when absent or blank, else lowercase. */
export const containsKey = (text: string | null | undefined): string | null =>
  text?.trim() ? text.trim().toLowerCase() : null;
