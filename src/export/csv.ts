import type { ExportStatement } from '../graph/export.js';
import { cutDate } from './dates.js';

/**
 * The CSV export: one table of statements, one row each. A single table was chosen over one file per node and
 * relationship type because the question people bring to pandas or R is about statements (who said what, on
 * which issue, with which stance, through which outlet, where in which article), and one table answers it with
 * one `read_csv` and no joins. Lists (positions, outlets, mentions…, and the speakers and original media of the
 * rare statement that further reports credit to more than one) are joined with "; "; stances pair each
 * position with its stance ("nato-expansion=opposes"). The evidence columns give the first span (by article id,
 * then offset) and `evidence_count` how many there are. RFC 4180: CRLF line ends, a header row, fields quoted
 * when they hold a comma, a quote or a line break, quotes doubled.
 */
export const CSV_COLUMNS = [
  'statement_id',
  'text',
  'quote',
  'speech_act',
  'negated',
  'conditional',
  'condition',
  'cue',
  'stated_on',
  'stated_on_precision',
  'speaker_id',
  'speaker_name',
  'speaker_kind',
  'positions',
  'stances',
  'original_medium',
  'cited_via',
  'outlet_count',
  'mentions',
  'events',
  'articles',
  'evidence_article',
  'evidence_start',
  'evidence_end',
  'evidence_excerpt',
  'evidence_count',
] as const;

type Cell = string | number | boolean | null;

/** A field as RFC 4180 wants it: quoted only when it must be. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const row = (cells: readonly Cell[]) => `${cells.map(csvField).join(',')}\r\n`;
const list = (items: string[]) => (items.length > 0 ? items.join('; ') : null);

export function csvRow(s: ExportStatement): string {
  const evidence = s.evidence[0];
  const outlets = new Set([...s.media.map((m) => m.id), ...s.citedVia.map((c) => c.id)]);
  return row([
    s.id,
    s.text,
    s.quote,
    s.speechAct,
    s.negated,
    s.conditional,
    s.condition,
    s.cue,
    cutDate(s.statedOn, s.statedOnPrecision),
    s.statedOnPrecision,
    list(s.speakers.map((a) => a.id)),
    list(s.speakers.map((a) => a.name)),
    list(s.speakers.map((a) => a.kind)),
    list([...new Set(s.positions.map((p) => p.id))]),
    list(s.positions.map((p) => `${p.id}=${p.stance}`)),
    list(s.media.map((m) => m.id)),
    list([...new Set(s.citedVia.map((c) => c.id))]),
    outlets.size,
    list(s.mentions.map((m) => m.id)),
    list(s.events.map((e) => e.id)),
    list(s.reports.map((r) => r.id)),
    evidence?.article ?? null,
    evidence?.start ?? null,
    evidence?.end ?? null,
    evidence?.text ?? null,
    s.evidence.length,
  ]);
}

export const csvWriter = {
  head: () => row(CSV_COLUMNS),
  page: (statements: ExportStatement[]) => statements.map(csvRow).join(''),
  tail: () => '',
};
