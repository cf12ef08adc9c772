import { InvalidInputError } from './errors.js';

/** Bounds a numeric argument of a view or search next to the query whose cost it bounds. */
export function requireRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidInputError(`${name} must be an integer from ${min} to ${max} (got ${value})`);
  }
}
