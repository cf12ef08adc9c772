import { key } from './dom.js';

/**
 * The statements in view as records a newsroom can check and file: who said it, when, what, with which stance
 * on which position, through which outlets, resting on which characters of which article.
 *
 * @param {import('./types.js').StatementFacts[]} statements statement facts (see statement-facts.js), in the
 *   order to export
 */
export function statementRecords(statements) {
  return statements.map((s) => ({
    id: s.id,
    speaker: s.speaker ? { id: s.speaker.id, name: s.speaker.name } : null,
    statedOn: s.statedOn?.value ?? null,
    text: s.text,
    quote: s.quote ?? null,
    speechAct: key(s.speechAct) || null,
    positions: (s.positions ?? []).map((p) => ({
      id: p.position?.id ?? null,
      name: p.position?.name ?? null,
      stance: key(p.stance),
    })),
    originalMedium: s.originalMedium ? { id: s.originalMedium.id, name: s.originalMedium.name } : null,
    citedVia: (s.citedVia ?? []).map((o) => ({ id: o.id, name: o.name })),
    evidence: (s.evidence ?? []).map((e) => ({
      article: e.article?.id ?? null,
      articleTitle: e.article?.title ?? null,
      url: e.article?.url ?? null,
      start: e.start,
      end: e.end,
      excerpt: e.excerpt,
    })),
  }));
}

/** @typedef {ReturnType<typeof statementRecords>[number]} StatementRecord */

export const CSV_COLUMNS = [
  'id',
  'speaker',
  'stated_on',
  'text',
  'quote',
  'speech_act',
  'positions',
  'stances',
  'original_medium',
  'cited_via',
  'evidence_article',
  'evidence_offsets',
  'evidence_excerpts',
];

/**
 * One row per statement; a cell holding several values separates them with " | ", in the same order.
 *
 * @param {StatementRecord} r
 */
function csvRow(r) {
  const join = (/** @type {(string | number | null | undefined)[]} */ values) => values.join(' | ');
  return [
    r.id,
    r.speaker?.name ?? '',
    r.statedOn ?? '',
    r.text,
    r.quote ?? '',
    r.speechAct ?? '',
    join(r.positions.map((p) => p.name ?? p.id)),
    join(r.positions.map((p) => p.stance)),
    r.originalMedium?.name ?? '',
    join(r.citedVia.map((o) => o.name)),
    join(r.evidence.map((e) => e.articleTitle ?? e.article)),
    join(r.evidence.map((e) => `${e.start}-${e.end}`)),
    join(r.evidence.map((e) => e.excerpt)),
  ];
}

/**
 * A cell as RFC 4180 wants it; text that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed
 * with an apostrophe, so an opened export never computes anything.
 */
function cell(/** @type {unknown} */ value) {
  let text = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** @param {ReturnType<typeof statementRecords>} records */
export function toCsv(records) {
  const lines = [CSV_COLUMNS, ...records.map(csvRow)].map((row) => row.map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
