/**
 * A body's rules (General Assembly, Coordination Council, Bureau…): its quorum, the majority its
 * ordinary and special decisions need, and whether members may give proxies. Plain rules, no I/O.
 */
import { ValidationError } from '../shared/errors.ts';

export const MAJORITY_RULES = ['simple', 'absolute', 'two_thirds'] as const;
export type MajorityRule = (typeof MAJORITY_RULES)[number];

export const DECISION_KINDS = ['ordinary', 'special'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** What an adopted decision does to the record it decides on. */
export const DECISION_EFFECTS = [
  'admit_member',
  'suspend_member',
  'reinstate_member',
  'exclude_member',
  'approve_agreement',
] as const;
export type DecisionEffect = (typeof DECISION_EFFECTS)[number];

/** Posts in a body; `member` is an ordinary seat holder, the others are held by one person at a time. */
export const BODY_POSTS = ['chair', 'vice_chair', 'secretary', 'treasurer', 'member'] as const;
export type BodyPost = (typeof BODY_POSTS)[number];

/** A quorum as a number of seats, or as a fraction of the body's seats (kept as two integers, never a float). */
export type Quorum =
  | { kind: 'count'; count: number }
  | { kind: 'fraction'; numerator: number; denominator: number };

export interface BodyRules {
  quorum: Quorum;
  ordinaryMajority: MajorityRule;
  specialMajority: MajorityRule;
  proxiesAllowed: boolean;
  /** How many proxies one member present may hold; 0 when proxies are not allowed. */
  maxProxiesPerMember: number;
}

/** What a body without rules of its own follows: half its seats, simple majority, no proxies. */
export const DEFAULT_BODY_RULES: BodyRules = {
  quorum: { kind: 'fraction', numerator: 1, denominator: 2 },
  ordinaryMajority: 'simple',
  specialMajority: 'two_thirds',
  proxiesAllowed: false,
  maxProxiesPerMember: 0,
};

/** Rules that make sense for a body of `seats` seats; a ValidationError naming the field otherwise. */
export function validateBodyRules(rules: BodyRules, seats: number): BodyRules {
  const { quorum } = rules;
  if (quorum.kind === 'count') {
    if (!Number.isInteger(quorum.count) || quorum.count < 1) {
      throw new ValidationError('governance.quorum_count_invalid', '/quorum/count');
    }
    if (seats > 0 && quorum.count > seats) {
      throw new ValidationError('governance.quorum_exceeds_seats', { seats }, '/quorum/count');
    }
  } else {
    if (!Number.isInteger(quorum.denominator) || quorum.denominator < 1) {
      throw new ValidationError('governance.quorum_fraction_invalid', '/quorum/denominator');
    }
    if (
      !Number.isInteger(quorum.numerator) ||
      quorum.numerator < 1 ||
      quorum.numerator > quorum.denominator
    ) {
      throw new ValidationError('governance.quorum_fraction_invalid', '/quorum/numerator');
    }
  }
  if (!Number.isInteger(rules.maxProxiesPerMember) || rules.maxProxiesPerMember < 0) {
    throw new ValidationError('governance.proxies_invalid', '/maxProxiesPerMember');
  }
  if (!rules.proxiesAllowed && rules.maxProxiesPerMember !== 0) {
    throw new ValidationError('governance.proxies_not_allowed', '/maxProxiesPerMember');
  }
  if (rules.proxiesAllowed && rules.maxProxiesPerMember === 0) {
    throw new ValidationError('governance.proxies_invalid', '/maxProxiesPerMember');
  }
  return rules;
}

/**
 * How many members must be present or represented for the body to deliberate: the count, or the
 * fraction of its seats rounded up ("half of 13 seats" is 7). At least one.
 */
export function quorumRequired(quorum: Quorum, seats: number): number {
  if (quorum.kind === 'count') return quorum.count;
  return Math.max(1, Math.ceil((seats * quorum.numerator) / quorum.denominator));
}

export function majorityFor(rules: BodyRules, kind: DecisionKind): MajorityRule {
  return kind === 'special' ? rules.specialMajority : rules.ordinaryMajority;
}
