import { isOutletish } from './frames.js';
import type { Mention } from './mentions.js';
import type { Registry } from './registry.js';
import type { Sentence } from './sentences.js';
import type { Discourse } from './speakers.js';

/** What may come right before a clause's first word (nothing, or punctuation). */
const opensClause = (before: string | undefined) => before === undefined || /^[,;:"“”(—–-]$/.test(before);

/**
 * Speakers coordinated with a remark's subject: "Oman and Bahrain said …", "Velmark, Ostria and Lund have
 * announced …", "Turkish, Jordanian and Iraqi officials said …". Each conjunct makes the remark too (the
 * corpus annotates one statement per speaker on the same words); the subject itself is the last conjunct.
 * Conjuncts that are no mention but a people's adjective before a group ("Turkish, Jordanian and Iraqi
 * officials") are their states, as the group's own adjective makes its state the speaker.
 */
export function coordinatedSpeakers(
  registry: Registry,
  discourse: Discourse,
  s: Sentence,
  mentions: readonly Mention[],
  subject: Mention,
): string[] {
  const { tokens } = s;
  // Only a list closed by "and" right before the subject: "X and Y", "X, Y and Z".
  // "X and the United States": the article before the subject's name.
  const at = tokens[subject.first - 1]?.lower === 'the' ? subject.first - 2 : subject.first - 1;
  if (tokens[at]?.lower !== 'and') return [];
  const group = subject.type === 'role' || subject.type === 'group';
  const conjuncts: { id: string; first: number }[] = [];
  let k = at;
  while (k >= 1 && (tokens[k]?.lower === 'and' || tokens[k]?.text === ',')) {
    const end = k - 1;
    const mention = mentions.find((m) => m.last === end);
    const start = mention && tokens[mention.first - 1]?.lower === 'the' ? mention.first - 1 : mention?.first;
    let id: string | null = null;
    let first = end;
    if (mention && !isOutletish(mention) && mention.type !== 'pronoun') {
      id = discourse.resolve(mention);
      first = start ?? mention.first;
    } else if (group) {
      const state = registry.demonym(tokens[end]?.text ?? '');
      if (state && registry.actors.get(state)?.kind === 'state') id = state;
    }
    if (id === null) break;
    conjuncts.unshift({ id, first });
    k = first - 1;
  }
  // The list opens a clause: "In Geneva, X and Y said" leaves Geneva out, "A met B and C said" has no list.
  while (conjuncts.length > 0 && !opensClause(tokens[(conjuncts[0]?.first ?? 0) - 1]?.text))
    conjuncts.shift();
  return [...new Set(conjuncts.map((c) => c.id))];
}
