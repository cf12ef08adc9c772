import type { PositionEntry, PositionRule } from './lexicon.js';

/**
 * Which lexicon positions a remark touches. A rule matches when one of its keywords (phrases) occurs in the
 * remark and its context words occur in the sentence or the two before it. Matches then compete: two issues
 * found on the same words keep the one whose context the remark itself gives ("tariffs on Canadian goods"
 * in a story that spoke of China before), and a refinement found with the issue it refines replaces it
 * ("Taurus missiles" rather than "military aid to Ukraine").
 */

export type PositionMatch = {
  entry: PositionEntry;
  id: string;
  /** Where the keyword is in the remark (-1 for an issue carried over from an earlier remark). */
  at: number;
  end: number;
  inverse?: boolean;
};

type Found = PositionMatch & { local: boolean };

function contextHolds(rule: PositionRule, text: string): boolean {
  return (rule.context === null || rule.context.test(text)) && (rule.also === null || rule.also.test(text));
}

/**
 * The keyword of the entry's first rule that matches (rules go from the issue's own names to words that need
 * context); local when a rule's context is the remark's own.
 */
function firstMatch(entry: PositionEntry, content: string, context: string): Found | undefined {
  let first: Found | undefined;
  let local = false;
  for (const rule of entry.rules) {
    const m = rule.keywords.exec(content);
    if (!m || !contextHolds(rule, context)) continue;
    local ||= contextHolds(rule, content);
    first ??= { entry, id: entry.id, at: m.index, end: m.index + m[0].length, inverse: rule.inverse, local };
  }
  return first && { ...first, local };
}

const overlaps = (a: PositionMatch, b: PositionMatch) => a.at < b.end && b.at < a.end;

/** The positions a remark touches, with where their keyword is (for the predicate and negation nearby). */
export function findPositions(
  positions: readonly PositionEntry[],
  content: string,
  context: string,
): PositionMatch[] {
  const found = positions.flatMap((p) => firstMatch(p, content, context) ?? []);
  const refined = new Set(found.flatMap((f) => (f.entry.broader ? [f.entry.broader] : [])));
  const kept = found.filter((f) => !refined.has(f.id));
  return kept
    .filter((f) => f.local || !kept.some((o) => o !== f && o.local && overlaps(o, f)))
    .map(({ local: _, ...match }) => match);
}
