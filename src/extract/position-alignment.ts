/**
 * The alignment of proposed positions with an annotator's own issues, for the evaluation's "aligned" rows.
 *
 * A proposed position (`proposed-…`, marked for review) is a label the extractor invented for an issue it
 * found no lexicon entry for; an annotator's slug for the article's own issue (`rsf-offensive-on-el-fasher`)
 * is a label too. Two invented labels cannot be compared by their spelling, only by what they group: the
 * statements they are put on. So, within one article, each proposed id is mapped to at most one gold id and
 * each gold id takes at most one proposed id (one-to-one, as in the CEAF alignment of coreference clusters),
 * choosing the pairs that share the most aligned statements, and a mapped pair then counts as the same
 * position. Stances are not used to choose the mapping: they are judged after it. Lexicon ids are never
 * mapped (a lexicon id claims a meaning and must match exactly), and a gold id that a predicted statement
 * names exactly keeps that match.
 *
 * The mapping is greedy: pairs by shared statements, most first, ties by ids; the articles' label sets are
 * small (a handful of ids), and greedy is deterministic and fixed before any result was seen.
 */

export const PROPOSED_PREFIX = 'proposed-';

/**
 * For aligned statement pairs (predicted positions, gold positions), the proposed id → gold id mapping.
 * `isLexiconId` tells the lexicon's ids, which are never a target: a proposal on a lexicon issue's statements
 * is an issue the extractor failed to recognise, not an invented label to align.
 */
export function alignProposedPositions(
  pairs: readonly { predicted: readonly string[]; gold: readonly string[] }[],
  isLexiconId: (id: string) => boolean,
): Map<string, string> {
  const named = new Set(pairs.flatMap((p) => p.predicted));
  const shared = new Map<string, { proposed: string; gold: string; count: number }>();
  for (const { predicted, gold } of pairs)
    for (const proposed of new Set(predicted)) {
      if (!proposed.startsWith(PROPOSED_PREFIX)) continue;
      for (const g of new Set(gold)) {
        if (named.has(g) || isLexiconId(g)) continue;
        const key = `${proposed}\u0000${g}`;
        const entry = shared.get(key) ?? { proposed, gold: g, count: 0 };
        entry.count++;
        shared.set(key, entry);
      }
    }
  const ranked = [...shared.values()].sort(
    (a, b) => b.count - a.count || a.proposed.localeCompare(b.proposed) || a.gold.localeCompare(b.gold),
  );
  const mapping = new Map<string, string>();
  const taken = new Set<string>();
  for (const { proposed, gold } of ranked) {
    if (mapping.has(proposed) || taken.has(gold)) continue;
    mapping.set(proposed, gold);
    taken.add(gold);
  }
  return mapping;
}
