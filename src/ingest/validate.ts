import type { z } from 'zod';
import {
  type AnnotatedArticle,
  annotatedArticleSchema,
  type FuzzyDate,
  formatPath,
  type Span,
} from './format.js';

/**
 * Validation of annotated-article documents: the zod schema for structure, then the rules that need the whole
 * document (references, spans against the text, dates, event order). Every problem is reported, not just the
 * first, so that an annotator can fix a document in one pass. The messages are documented in
 * docs/annotation-format.md; keep the two in step.
 */

export type ValidationIssue = { path: string; message: string };

export type ValidationResult =
  | { ok: true; value: AnnotatedArticle }
  | { ok: false; errors: ValidationIssue[] };

export function validateAnnotatedArticle(input: unknown): ValidationResult {
  const parsed = annotatedArticleSchema.safeParse(input);
  const unicode = checkWellFormed(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((issue) => describeZodIssue(issue, input));
    return { ok: false, errors: [...unicode, ...issues] };
  }
  const errors = [...unicode, ...checkDocument(parsed.data)];
  return errors.length === 0 ? { ok: true, value: parsed.data } : { ok: false, errors };
}

export function formatIssues(errors: readonly ValidationIssue[]): string {
  return errors.map(({ path, message }) => `${path} ${message}`).join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Structural problems (zod issues) as path-specific messages

function describeZodIssue(issue: z.core.$ZodIssue, input: unknown): ValidationIssue[] {
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

// ---------------------------------------------------------------------------------------------------------
// Whole-document rules

/**
 * Strings must be valid Unicode: half of a UTF-16 surrogate pair cannot be stored (Neo4j would keep U+FFFD
 * instead), so the document is refused rather than changed.
 */
function checkWellFormed(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const at = loneSurrogateAt(value);
      if (at !== -1) {
        issues.push({
          path: formatPath(path),
          message: `has a lone UTF-16 surrogate at offset ${at} (not valid Unicode)`,
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...path, i]);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(input, []);
  return issues;
}

/** Offset of the first unpaired surrogate code unit, or -1 when the string is valid Unicode. */
export function loneSurrogateAt(value: string): number {
  const match = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(value);
  return match ? match.index : -1;
}

type Report = (path: string, message: string) => void;

/** Something found in the document, with the path at which to report problems with it. */
type Located<T> = { path: string } & T;

function checkDocument(doc: AnnotatedArticle): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const report: Report = (path, message) => {
    issues.push({ path, message });
  };
  checkArticleContext(doc, report);
  checkDeclaredIds(doc, report);
  checkStatementIds(doc, report);
  checkSurfaceForms('actors', doc.actors, report);
  checkSurfaceForms('outlets', doc.outlets, report);
  checkReferences(doc, report);
  checkRepeatedEntries(doc, report);
  checkSelfAffiliations(doc, report);
  checkEventOrder(doc, report);
  checkConditions(doc, report);
  checkQuotes(doc, report);
  for (const { span, path } of spans(doc)) checkSpan(span, path, doc.article.text, report);
  for (const { date, path } of dates(doc)) checkDate(date, path, report);
  return issues;
}

/** A value shown inside a message: quoted, escaped to one line, and cut short. */
function quote(value: string, limit = 60): string {
  return JSON.stringify(value.length > limit ? `${value.slice(0, limit)}…` : value);
}

function checkArticleContext({ article }: AnnotatedArticle, report: Report): void {
  for (const field of article.context) {
    if (article[field] === null) {
      report('article.context', `lists "${field}" but article.${field} is not given`);
    }
  }
}

const DECLARATION_LISTS = ['actors', 'outlets', 'positions', 'events', 'statements'] as const;
type DeclarationList = (typeof DECLARATION_LISTS)[number];

/**
 * Ids are unique within the document, so that an id names one thing wherever it appears, with one exception:
 * an actor and an outlet may share an id, because that is how a document says that the organisation which
 * publishes is also the one acting or being talked about.
 */
function mayShareId(a: DeclarationList, b: DeclarationList): boolean {
  return (a === 'actors' && b === 'outlets') || (a === 'outlets' && b === 'actors');
}

function checkDeclaredIds(doc: AnnotatedArticle, report: Report): void {
  const declared = new Map<string, { list: DeclarationList; path: string }[]>();
  for (const list of DECLARATION_LISTS) {
    doc[list].forEach(({ id }, index) => {
      const path = `${list}[${index}]`;
      const earlier = declared.get(id) ?? [];
      const sameList = earlier.find((d) => d.list === list);
      const otherList = earlier.find((d) => d.list !== list && !mayShareId(d.list, list));
      if (sameList) report(`${path}.id`, `${quote(id)} is declared twice (first at ${sameList.path})`);
      else if (otherList) report(`${path}.id`, `${quote(id)} is already declared at ${otherList.path}`);
      declared.set(id, [...earlier, { list, path }]);
    });
  }
}

/** Statements belong to their article; the prefix keeps their ids unique across all imported articles. */
function checkStatementIds(doc: AnnotatedArticle, report: Report): void {
  const prefix = `${doc.article.id}:`;
  doc.statements.forEach(({ id }, index) => {
    if (!id.startsWith(prefix)) {
      report(
        `statements[${index}].id`,
        `${quote(id)} must start with the article id and a colon (${quote(prefix)})`,
      );
    }
  });
}

/** A name or alias must resolve to one actor (or one outlet), otherwise speaker resolution is ambiguous. */
function checkSurfaceForms(
  list: 'actors' | 'outlets',
  items: readonly { id: string; name: string; aliases: string[] }[],
  report: Report,
): void {
  const owners = new Map<string, { index: number; id: string; kind: 'name' | 'alias' }>();
  items.forEach(({ id, name, aliases }, index) => {
    const forms = [
      { form: name, kind: 'name' as const, path: `${list}[${index}].name` },
      ...aliases.map((form, a) => ({
        form,
        kind: 'alias' as const,
        path: `${list}[${index}].aliases[${a}]`,
      })),
    ];
    for (const { form, kind, path } of forms) {
      const key = form.toLowerCase();
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, { index, id, kind });
      else if (owner.index !== index) {
        report(
          path,
          `${quote(form)} is already the ${owner.kind} of ${list}[${owner.index}] (${quote(owner.id)})`,
        );
      }
    }
  });
}

type ReferenceKind = 'actor' | 'outlet' | 'position' | 'event';
type Reference = Located<{ kind: ReferenceKind; id: string }>;

function* references({ article, affiliations, events, statements }: AnnotatedArticle): Generator<Reference> {
  if (article.publisher !== null) yield { kind: 'outlet', id: article.publisher, path: 'article.publisher' };
  for (const [i, id] of article.imageCredits.entries()) {
    yield { kind: 'outlet', id, path: `article.imageCredits[${i}]` };
  }
  for (const [i, { actor, of }] of affiliations.entries()) {
    yield { kind: 'actor', id: actor, path: `affiliations[${i}].actor` };
    yield { kind: 'actor', id: of, path: `affiliations[${i}].of` };
  }
  for (const [i, event] of events.entries()) {
    for (const [j, { actor }] of event.participants.entries()) {
      yield { kind: 'actor', id: actor, path: `events[${i}].participants[${j}].actor` };
    }
    if (event.follows !== undefined) yield { kind: 'event', id: event.follows, path: `events[${i}].follows` };
  }
  for (const [i, statement] of statements.entries()) {
    const at = `statements[${i}]`;
    if (statement.speaker !== null) yield { kind: 'actor', id: statement.speaker, path: `${at}.speaker` };
    for (const [j, { actor }] of statement.mentions.entries()) {
      yield { kind: 'actor', id: actor, path: `${at}.mentions[${j}].actor` };
    }
    if (statement.originalMedium !== null) {
      yield { kind: 'outlet', id: statement.originalMedium, path: `${at}.originalMedium` };
    }
    for (const [j, id] of statement.citedVia.entries()) {
      yield { kind: 'outlet', id, path: `${at}.citedVia[${j}]` };
    }
    for (const [j, { position }] of statement.positions.entries()) {
      yield { kind: 'position', id: position, path: `${at}.positions[${j}].position` };
    }
    for (const [j, id] of statement.events.entries()) yield { kind: 'event', id, path: `${at}.events[${j}]` };
  }
}

function checkReferences(doc: AnnotatedArticle, report: Report): void {
  const declared: Record<ReferenceKind, Set<string>> = {
    actor: new Set(doc.actors.map(({ id }) => id)),
    outlet: new Set(doc.outlets.map(({ id }) => id)),
    position: new Set(doc.positions.map(({ id }) => id)),
    event: new Set(doc.events.map(({ id }) => id)),
  };
  for (const { kind, id, path } of references(doc)) {
    if (!declared[kind].has(id)) report(path, `${quote(id)} is not a declared ${kind}`);
  }
}

/**
 * The same reference twice in one list is at best noise and at worst a contradiction (two stances on one
 * position in one statement), so each may appear once.
 */
function checkRepeatedEntries(doc: AnnotatedArticle, report: Report): void {
  const once = <T>(list: string, items: readonly T[], key: (item: T) => string, field = '') => {
    const at = (index: number) => `${list}[${index}]${field}`;
    const first = new Map<string, number>();
    items.forEach((item, index) => {
      const k = key(item);
      const earlier = first.get(k);
      if (earlier === undefined) first.set(k, index);
      else report(at(index), `${quote(k)} is listed twice (first at ${at(earlier)})`);
    });
  };
  const self = (id: string) => id;
  once('article.context', doc.article.context, self);
  once('article.imageCredits', doc.article.imageCredits, self);
  once('affiliations', doc.affiliations, (a) => `${a.actor} ${a.role} ${a.of}`);
  doc.events.forEach((event, i) => {
    once(`events[${i}].participants`, event.participants, (p) => p.actor, '.actor');
  });
  doc.statements.forEach((statement, i) => {
    const at = `statements[${i}]`;
    once(`${at}.citedVia`, statement.citedVia, self);
    once(`${at}.events`, statement.events, self);
    once(`${at}.positions`, statement.positions, (p) => p.position, '.position');
    once(`${at}.mentions`, statement.mentions, (m) => m.actor, '.actor');
  });
}

function checkSelfAffiliations({ affiliations }: AnnotatedArticle, report: Report): void {
  affiliations.forEach(({ actor, of }, i) => {
    if (actor === of) report(`affiliations[${i}].of`, `${quote(of)} is the affiliated actor itself`);
  });
}

/** `follows` orders events in time, so it can neither point at the event itself nor go round in a circle. */
function checkEventOrder({ events }: AnnotatedArticle, report: Report): void {
  const follows = new Map(events.map((event) => [event.id, event.follows]));
  const inReportedCycle = new Set<string>();
  events.forEach((event, index) => {
    if (event.follows === undefined) return;
    const path = `events[${index}].follows`;
    if (event.follows === event.id) {
      report(path, `${quote(event.follows)} is the event itself`);
      return;
    }
    const chain = [event.id];
    let next: string | undefined = event.follows;
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = follows.get(next);
    }
    if (next === event.id && !chain.some((id) => inReportedCycle.has(id))) {
      for (const id of chain) inReportedCycle.add(id);
      report(path, `${quote(event.follows)} makes a cycle: ${[...chain, event.id].join(' follows ')}`);
    }
  });
}

/**
 * `conditional` and `condition` must agree both ways: a condition on an unconditional statement is a
 * contradiction, and a conditional statement without its condition cannot be read correctly ("Russia will
 * be forced to take countermeasures" means something else without "if NATO's expansion continues").
 */
function checkConditions({ statements }: AnnotatedArticle, report: Report): void {
  statements.forEach(({ conditional, condition }, index) => {
    const path = `statements[${index}].condition`;
    if (!conditional && condition !== null) report(path, 'is given but conditional is false');
    if (conditional && condition === null) report(path, 'is required when conditional is true');
  });
}

/** A quote is the speaker's exact words, so it must be found in what the statement's evidence covers. */
function checkQuotes({ statements }: AnnotatedArticle, report: Report): void {
  statements.forEach(({ quote: words, evidence }, index) => {
    if (words !== null && !evidence.some((span) => span.text.includes(words))) {
      report(`statements[${index}].quote`, `${quote(words)} does not occur in the statement's evidence`);
    }
  });
}

function* spans({ events, statements }: AnnotatedArticle): Generator<Located<{ span: Span }>> {
  const evidence = function* (at: string, list: readonly Span[]) {
    for (const [j, span] of list.entries()) yield { span, path: `${at}.evidence[${j}]` };
  };
  for (const [i, event] of events.entries()) yield* evidence(`events[${i}]`, event.evidence);
  for (const [i, statement] of statements.entries()) yield* evidence(`statements[${i}]`, statement.evidence);
}

function checkSpan({ start, end, text }: Span, path: string, article: string, report: Report): void {
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

function* dates({ article, events, statements }: AnnotatedArticle): Generator<Located<{ date: FuzzyDate }>> {
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

function checkDate({ value, precision }: FuzzyDate, path: string, report: Report): void {
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
