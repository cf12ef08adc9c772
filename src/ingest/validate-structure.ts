import type { z } from 'zod';
import { formatPath } from './format.js';
import { quote, type ValidationIssue } from './validate-issues.js';

/**
 * The structural half of validating an annotated article: zod's issues as path-specific messages, and the
 * strings that are not valid Unicode. The document rules are in validate-references.ts and validate-text.ts.
 */

export function describeZodIssue(issue: z.core.$ZodIssue, input: unknown): ValidationIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      message: 'is not a known field',
    }));
  }
  return [{ path: formatPath(issue.path), message: zodMessage(issue, valueAt(input, issue.path)) }];
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
};

const FORMAT_NAMES: Record<string, string> = { url: 'http(s) URL' };

function zodMessage(issue: z.core.$ZodIssue, found: Found): string {
  if (!found.present && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return 'is required';
  }
  const was = `(found ${describeValue(found.value)})`;
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected} ${was}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])} ${was}`
        : `must be one of ${issue.values.join(', ')} ${was}`;
    case 'invalid_format': {
      // Our regexes carry their own human message; zod's default ones only name the format.
      const rule =
        issue.format === 'regex'
          ? issue.message
          : `must be a valid ${FORMAT_NAMES[issue.format] ?? issue.format}`;
      return `${rule} ${was}`;
    }
    case 'too_small':
      return boundMessage(issue.origin, 'least', issue.minimum, issue.inclusive, found.value);
    case 'too_big':
      return boundMessage(issue.origin, 'most', issue.maximum, issue.inclusive, found.value);
    default:
      return issue.message;
  }
}

function boundMessage(
  origin: string,
  side: 'least' | 'most',
  bound: number | bigint,
  inclusive: boolean | undefined,
  value: unknown,
): string {
  if (origin === 'number' || origin === 'int' || origin === 'bigint') {
    const limit = inclusive === false ? `${side === 'least' ? 'more' : 'less'} than` : `at ${side}`;
    return `must be ${limit} ${bound} (found ${describeValue(value)})`;
  }
  if (side === 'least' && Number(bound) === 1) return 'must not be empty';
  const size = Array.isArray(value) || typeof value === 'string' ? value.length : 0;
  const unit = origin === 'array' ? 'items' : 'characters';
  return `must have at ${side} ${bound} ${unit} (found ${size})`;
}

type Found = { present: boolean; value: unknown };

function valueAt(root: unknown, path: readonly PropertyKey[]): Found {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !(key in value)) {
      return { present: false, value: undefined };
    }
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { present: value !== undefined, value };
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return quote(value);
  return String(value);
}

/**
 * Deeper than any annotated article nests (about six levels): such a value is reported rather than walked, so
 * that no document can exhaust the stack (a deep enough array did, as an unexpected error).
 */
export const MAX_DOCUMENT_DEPTH = 64;

type Step = { value: unknown; key: PropertyKey; parent: Step | undefined; depth: number };

/** The path of a step, built only when a problem is reported there. */
function pathOf(step: Step): string {
  const keys: PropertyKey[] = [];
  for (let at: Step | undefined = step; at?.parent; at = at.parent) keys.push(at.key);
  return formatPath(keys.reverse());
}

/**
 * Strings must be valid Unicode: half of a UTF-16 surrogate pair cannot be stored (Neo4j would keep U+FFFD
 * instead), so the document is refused rather than changed. The walk keeps its own stack and builds no path
 * until it reports, so its cost is linear in the document, however deep or wide.
 */
export function checkWellFormed(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const stack: Step[] = [{ value: input, key: '', parent: undefined, depth: 0 }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    const value = step.value;
    if (typeof value === 'string') {
      const at = loneSurrogateAt(value);
      if (at !== -1) {
        issues.push({
          path: pathOf(step),
          message: `has a lone UTF-16 surrogate at offset ${at} (not valid Unicode)`,
        });
      }
    } else if (value !== null && typeof value === 'object') {
      if (step.depth >= MAX_DOCUMENT_DEPTH) {
        issues.push({ path: pathOf(step), message: `is nested deeper than ${MAX_DOCUMENT_DEPTH} levels` });
        continue;
      }
      // Pushed last first, so that problems are reported in document order. Object.keys, not entries: on an
      // object of very many fields entries took several times as long.
      const depth = step.depth + 1;
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--)
          stack.push({ value: value[i], key: i, parent: step, depth });
      } else {
        const record = value as Record<string, unknown>;
        const keys = Object.keys(record);
        for (let i = keys.length - 1; i >= 0; i--) {
          const key = keys[i] as string;
          stack.push({ value: record[key], key, parent: step, depth });
        }
      }
    }
  }
  return issues;
}

/** Offset of the first unpaired surrogate code unit, or -1 when the string is valid Unicode. */
export function loneSurrogateAt(value: string): number {
  const match = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(value);
  return match ? match.index : -1;
}
