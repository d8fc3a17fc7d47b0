/*
 * The review list's rules, without I/O: how a name under review moves from open to settled, and
 * what a reviewer's choice must be.
 */

export const IMPORT_REVIEW_STATUSES = ['open', 'resolved', 'dismissed'] as const;
export type ImportReviewStatus = (typeof IMPORT_REVIEW_STATUSES)[number];

/**
 * The moves a name under review may make: resolved (its place chosen or made, its held pairs
 * recorded) or dismissed (its pairs are not imported). Either is final: a later import of the same
 * name as written takes the place chosen, or leaves the dismissed name alone.
 */
export const IMPORT_REVIEW_TRANSITIONS: Readonly<Record<ImportReviewStatus, readonly ImportReviewStatus[]>> =
  {
    open: ['resolved', 'dismissed'],
    resolved: [],
    dismissed: [],
  };

export function canMoveReview(from: ImportReviewStatus, to: ImportReviewStatus): boolean {
  return IMPORT_REVIEW_TRANSITIONS[from].includes(to);
}

/** Why a move is refused, as an error code and its field: settled already, or decided on a copy since changed. */
export function refusedMove(
  review: { status: ImportReviewStatus; version: number },
  to: ImportReviewStatus,
  seenVersion: number,
): {
  code: 'import_review.already_resolved' | 'import_review.already_dismissed' | 'import_review.stale';
  field: string;
} | null {
  if (!canMoveReview(review.status, to)) {
    return {
      code:
        review.status === 'dismissed' ? 'import_review.already_dismissed' : 'import_review.already_resolved',
      field: '/status',
    };
  }
  if (review.version !== seenVersion) return { code: 'import_review.stale', field: '/version' };
  return null;
}

/** A reviewer's choice as the request gives it: exactly one of a place of the gazetteer or a new place. */
export function choiceProblem(choice: { placeId?: unknown; newPlace?: unknown }): string | null {
  const given = [choice.placeId, choice.newPlace].filter((value) => value !== undefined && value !== null);
  if (given.length === 1) return null;
  return '/placeId';
}

/** How important a candidate is as a seat, from its GeoNames feature code, for the reviewer to weigh. */
export type SeatLevel = 'capital' | 'admin1' | 'admin2' | 'admin3' | 'admin4' | 'government' | null;

export function seatLevel(featureCode: string | null | undefined): SeatLevel {
  switch (featureCode) {
    case 'PPLC':
      return 'capital';
    case 'PPLA':
      return 'admin1';
    case 'PPLA2':
      return 'admin2';
    case 'PPLA3':
      return 'admin3';
    case 'PPLA4':
    case 'PPLA5':
      return 'admin4';
    case 'PPLG':
      return 'government';
    default:
      return null;
  }
}
