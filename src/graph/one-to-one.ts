/**
 * Pairs taken in the order given (best first), each `from` and each `to` at most once: the greedy one-to-one
 * assignment both re-import matchers use (further reports, reviewed remarks). `taken` are `to`s spoken for.
 */
export function pairOneToOne(
  pairs: readonly { from: string; to: string }[],
  taken: Iterable<string> = [],
): Map<string, string> {
  const paired = new Map<string, string>();
  const used = new Set(taken);
  for (const { from, to } of pairs) {
    if (paired.has(from) || used.has(to)) continue;
    paired.set(from, to);
    used.add(to);
  }
  return paired;
}
