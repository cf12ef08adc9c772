/** What a validation problem is, and how the rules report one and show values in messages. */

export type ValidationIssue = { path: string; message: string };

export type Report = (path: string, message: string) => void;

/** Something found in the document, with the path at which to report problems with it. */
export type Located<T> = { path: string } & T;

/** A value shown inside a message: quoted, escaped to one line, and cut short. */
export function quote(value: string, limit = 60): string {
  return JSON.stringify(value.length > limit ? `${value.slice(0, limit)}…` : value);
}
