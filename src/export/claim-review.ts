import { changesBetween, type ReviewEntry } from '../graph/review-changes.js';

/**
 * A person's review of a statement in schema.org terms: a `ClaimReview` of the `Claim` (`itemReviewed`), by the
 * reviewer (`author`: the API key's name), on the day of the review (`datePublished`), with a `Rating` that
 * says what the review found: confirmed (3, the best), corrected (2) or rejected (1, the worst), the word as
 * the rating's `alternateName` and the fields that differ from the machine's version in `reviewBody`. claimgraph reviews attributions
 * (who said it, on which issue, through whom), so the rating is about the record, not about the claim's truth.
 */

const RATING: Record<string, number> = { confirmed: 3, corrected: 2, rejected: 1 };

export function claimReview(
  claimId: string,
  claimText: string,
  review: { status: string; reviewer: string; reviewedAt: string; entry: string },
): Record<string, unknown> {
  const entry = JSON.parse(review.entry) as ReviewEntry;
  const corrected = changesBetween(entry.machine, entry.after).map((c) => c.field);
  const body = [
    review.status === 'rejected'
      ? 'Rejected.'
      : corrected.length > 0
        ? `Corrected: ${corrected.join(', ')}.`
        : 'Attribution checked.',
    ...(entry.note ? [entry.note] : []),
  ].join(' ');
  return {
    '@type': 'ClaimReview',
    itemReviewed: { '@id': claimId },
    claimReviewed: claimText,
    author: { '@type': 'Person', name: review.reviewer },
    datePublished: review.reviewedAt.slice(0, 10),
    reviewBody: body,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING[review.status] ?? 1,
      bestRating: 3,
      worstRating: 1,
      alternateName: review.status,
    },
  };
}
