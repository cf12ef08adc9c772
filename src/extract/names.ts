import { distance } from 'fastest-levenshtein';

/** A slug id as the annotation format wants it: lowercase ASCII words joined by single hyphens. */
export function slugify(value: string, maxLength = 80): string {
  const slug = value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, '');
}

/** The key under which surface forms are looked up: case and spacing do not matter. */
export function surfaceKey(form: string): string {
  return form.replace(/[’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A transliteration key: the same Cyrillic (or other) name romanised in different ways ("Ryabkov" and
 * "Riabkov", "Peskov" and "Peskow", "Zelensky" and "Zelenskyy") gets the same or a very close key.
 */
export function transliterationKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = computeKey(name);
    if (keys.size > 10_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

const keys = new Map<string, string>();

function computeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Names of at least this length may differ by one edit and still be the same name. */
export const FUZZY_MIN_LENGTH = 5;

/** Whether two spellings are variants of one name: equal transliteration keys, or one edit apart when long. */
export function sameName(a: string, b: string): boolean {
  const ka = transliterationKey(a);
  const kb = transliterationKey(b);
  if (ka === kb) return ka !== '';
  return Math.min(ka.length, kb.length) >= FUZZY_MIN_LENGTH && distance(ka, kb) <= 1;
}
