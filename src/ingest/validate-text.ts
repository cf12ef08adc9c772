import type { AnnotatedArticle, FuzzyDate, Span } from './format.js';
import { type Located, quote, type Report } from './validate-issues.js';

/**
 * The document rules of an annotated article that hold it to its own text and to the calendar: quotes within
 * their evidence, evidence spans against the article text, dates that exist.
 */

/** A quote is the speaker's exact words, so it must be found in what the statement's evidence covers. */
export function checkQuotes({ statements }: AnnotatedArticle, report: Report): void {
  statements.forEach(({ quote: words, evidence }, index) => {
    if (words !== null && !evidence.some((span) => span.text.includes(words))) {
      report(`statements[${index}].quote`, `${quote(words)} does not occur in the statement's evidence`);
    }
  });
}

export function* spans({ events, statements }: AnnotatedArticle): Generator<Located<{ span: Span }>> {
  const evidence = function* (at: string, list: readonly Span[]) {
    for (const [j, span] of list.entries()) yield { span, path: `${at}.evidence[${j}]` };
  };
  for (const [i, event] of events.entries()) yield* evidence(`events[${i}]`, event.evidence);
  for (const [i, statement] of statements.entries()) yield* evidence(`statements[${i}]`, statement.evidence);
}

export function checkSpan({ start, end, text }: Span, path: string, article: string, report: Report): void {
  if (start >= end) {
    report(path, `is empty or reversed (start ${start}, end ${end})`);
  } else if (end > article.length) {
    report(`${path}.end`, `is beyond the article text (${article.length} characters)`);
  } else {
    const actual = article.slice(start, end);
    if (actual !== text) report(`${path}.text`, spanMismatch(article, start, end, actual, text));
  }
}

const EXCERPT_LENGTH = 60;
const EXCERPT_LEAD = 20;

/**
 * Both texts are shown from a little before their first difference, so that a long span that is off by
 * one character still shows where it goes wrong; if the text occurs elsewhere, its offsets are given.
 */
function spanMismatch(article: string, start: number, end: number, expected: string, found: string): string {
  let differsAt = 0;
  while (differsAt < expected.length && expected[differsAt] === found[differsAt]) differsAt++;
  const from = Math.max(0, differsAt - EXCERPT_LEAD);
  const excerpt = (s: string) => {
    const head = from > 0 ? '…' : '';
    const tail = from + EXCERPT_LENGTH < s.length ? '…' : '';
    return JSON.stringify(`${head}${s.slice(from, from + EXCERPT_LENGTH)}${tail}`);
  };
  const comparison = `expected ${excerpt(expected)}, found ${excerpt(found)}`;
  const message = `does not match the article text at ${start}–${end}: ${comparison}`;
  const at = article.indexOf(found);
  return at === -1 ? message : `${message} (that text is at ${at}–${at + found.length})`;
}

export function* dates({
  article,
  events,
  statements,
}: AnnotatedArticle): Generator<Located<{ date: FuzzyDate }>> {
  if (article.publishedOn !== null) yield { date: article.publishedOn, path: 'article.publishedOn' };
  for (const [i, { date }] of events.entries()) {
    if (date !== undefined) yield { date, path: `events[${i}].date` };
  }
  for (const [i, { statedOn }] of statements.entries()) {
    if (statedOn !== null) yield { date: statedOn, path: `statements[${i}].statedOn` };
  }
}

const DATE_SHAPES: Record<FuzzyDate['precision'], string> = {
  year: 'YYYY',
  month: 'YYYY-MM',
  day: 'YYYY-MM-DD',
};

export function checkDate({ value, precision }: FuzzyDate, path: string, report: Report): void {
  const shape = DATE_SHAPES[precision];
  if (value.length !== shape.length) {
    report(`${path}.value`, `${quote(value)} does not match precision "${precision}" (expected ${shape})`);
  } else if (!isCalendarDate(value)) {
    report(`${path}.value`, `${quote(value)} is not a calendar date`);
  } else if (value.startsWith('0000')) {
    report(`${path}.value`, `${quote(value)} has year 0000, which no calendar has (years start at 0001)`);
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The schema has checked the shape (YYYY, YYYY-MM or YYYY-MM-DD); this checks the month and day ranges. */
function isCalendarDate(value: string): boolean {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days;
}
