import { describe, expect, it } from 'vitest';
import {
  canMoveReview,
  choiceProblem,
  IMPORT_REVIEW_STATUSES,
  IMPORT_REVIEW_TRANSITIONS,
  refusedMove,
  seatLevel,
} from './review-rules.ts';

describe('how a name under review moves', () => {
  it('is settled once, resolved or dismissed, and never moves again', () => {
    expect(canMoveReview('open', 'resolved')).toBe(true);
    expect(canMoveReview('open', 'dismissed')).toBe(true);
    for (const from of ['resolved', 'dismissed'] as const)
      for (const to of IMPORT_REVIEW_STATUSES) expect(canMoveReview(from, to)).toBe(false);
    expect(canMoveReview('open', 'open')).toBe(false);
    expect(Object.keys(IMPORT_REVIEW_TRANSITIONS).sort()).toEqual([...IMPORT_REVIEW_STATUSES].sort());
  });

  it('says why a decision is refused: settled already, or made on a version since changed', () => {
    expect(refusedMove({ status: 'open', version: 2 }, 'resolved', 2)).toBeNull();
    expect(refusedMove({ status: 'open', version: 3 }, 'resolved', 2)).toEqual({
      code: 'import_review.stale',
      field: '/version',
    });
    expect(refusedMove({ status: 'resolved', version: 3 }, 'resolved', 3)?.code).toBe(
      'import_review.already_resolved',
    );
    expect(refusedMove({ status: 'dismissed', version: 3 }, 'resolved', 2)?.code).toBe(
      'import_review.already_dismissed',
    );
  });

  it('takes exactly one choice: a place of the gazetteer or a new place', () => {
    expect(choiceProblem({ placeId: 'x' })).toBeNull();
    expect(choiceProblem({ newPlace: { name: 'Atlantis' } })).toBeNull();
    expect(choiceProblem({})).toBe('/placeId');
    expect(choiceProblem({ placeId: 'x', newPlace: {} })).toBe('/placeId');
  });

  it('names the unit a candidate is the seat of', () => {
    expect(seatLevel('PPLC')).toBe('capital');
    expect(seatLevel('PPLA2')).toBe('admin2');
    expect(seatLevel('PPL')).toBeNull();
    expect(seatLevel(null)).toBeNull();
  });
});
