// Appends a review to a statement's history and marks the statement reviewed (out of the review queue).
// $id: statement id, $entry: the review as JSON (src/graph/review-changes.ts), $status: confirmed|corrected|
// rejected, $reviewer: the API key's name, $reviewedAt: ISO date-time. Columns: id.
MATCH (s:Statement {id: $id})
SET s.reviewLog = coalesce(s.reviewLog, []) + $entry, s.reviewStatus = $status, s.reviewedBy = $reviewer,
  s.reviewedAt = datetime($reviewedAt), s.needsReview = false
RETURN s.id AS id
