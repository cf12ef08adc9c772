import { contentWords, jaccard } from './same-remark.js';

/**
 * The meaning-based position match of the evaluation, fixed before any result was looked at: an annotator's
 * new slug (`usw-local-104-strike`, "USW Local 104 strike") and a position proposed from the text
 * (`union-strike`) name the same issue when their content words overlap enough, which exact ids cannot see.
 *
 * A position's words are those of its id (hyphens as spaces, without the extractor's `proposed-` marker) and
 * of its name, lower-cased, without function words, with plural and verb endings stripped (the same-remark
 * rule's `contentWords`). Two positions match when their ids are equal or the Jaccard similarity of their
 * words is at least `POSITION_MEANING_THRESHOLD`.
 */

export const POSITION_MEANING_THRESHOLD = 0.5;

export function positionWords(id: string, name = ''): Set<string> {
  const bare = id.replace(/^proposed-/, '').replace(/[-:.]+/g, ' ');
  return contentWords(`${bare} ${name.replace(/-/g, ' ')}`);
}

export function samePositionByMeaning(
  a: { id: string; name?: string },
  b: { id: string; name?: string },
  threshold = POSITION_MEANING_THRESHOLD,
): boolean {
  if (a.id === b.id) return true;
  return jaccard(positionWords(a.id, a.name), positionWords(b.id, b.name)) >= threshold;
}
