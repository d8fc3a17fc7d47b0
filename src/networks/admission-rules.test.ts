import { describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../shared/errors.ts';
import {
  actionOfEffect,
  assertDecisionFits,
  type CitedDecision,
  DEFAULT_NETWORK_RULES,
  EFFECT_OF_ACTION,
  validateNetworkRules,
} from './admission-rules.ts';

const BY_COUNCIL = { admissionBy: 'body' as const, admissionBodyId: 'council' };
const decision = (changes: Partial<CitedDecision> = {}): CitedDecision => ({
  id: 'decision',
  bodyId: 'council',
  networkId: 'network',
  entityType: 'membership',
  entityId: 'membership',
  effect: 'admit_member',
  hasMotion: true,
  voteOutcome: 'adopted',
  appliedAt: null,
  ...changes,
});
const step = (changes: Partial<Parameters<typeof assertDecisionFits>[0]> = {}) => ({
  action: 'accept' as const,
  organizationsWord: true,
  membershipId: 'membership',
  networkId: 'network',
  rules: BY_COUNCIL,
  decision: decision(),
  decisionCited: true,
  ...changes,
});
const fieldOf = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return { type: (error as Error).constructor, field: (error as ValidationError).field };
  }
  return null;
};

describe('who admits a network’s members', () => {
  it('needs a body of the network when a body admits, and none otherwise', () => {
    expect(() => validateNetworkRules({ admissionBy: 'body', admissionBodyId: null }, null)).toThrow(
      ValidationError,
    );
    expect(() => validateNetworkRules({ admissionBy: 'secretariat', admissionBodyId: 'x' }, true)).toThrow(
      ValidationError,
    );
    expect(() => validateNetworkRules(BY_COUNCIL, false)).toThrow(ValidationError);
    expect(() => validateNetworkRules(BY_COUNCIL, true)).not.toThrow();
    expect(() => validateNetworkRules(DEFAULT_NETWORK_RULES, null)).not.toThrow();
  });

  it('pairs each step of the network’s word with its decision effect', () => {
    for (const [action, effect] of Object.entries(EFFECT_OF_ACTION))
      expect(actionOfEffect(effect)).toBe(action);
    expect(actionOfEffect('approve_agreement')).toBeNull();
  });

  it('takes the step on an adopted decision of the named body about this membership doing this', () => {
    expect(() => assertDecisionFits(step())).not.toThrow();
    // A decision without a vote (recorded by the secretariat for the body) is enough.
    expect(() =>
      assertDecisionFits(step({ decision: decision({ hasMotion: false, voteOutcome: null }) })),
    ).not.toThrow();
  });

  it('refuses the network’s word without a decision where a body decides, not where the secretariat does', () => {
    expect(fieldOf(() => assertDecisionFits(step({ decision: null, decisionCited: false })))).toEqual({
      type: ValidationError,
      field: '/decisionId',
    });
    expect(() =>
      assertDecisionFits(step({ decision: null, decisionCited: false, rules: DEFAULT_NETWORK_RULES })),
    ).not.toThrow();
    // The member's own steps need none.
    expect(() =>
      assertDecisionFits(
        step({ action: 'leave', organizationsWord: false, decision: null, decisionCited: false }),
      ),
    ).not.toThrow();
  });

  it('refuses a decision that does not fit, naming the field', () => {
    const refusals: Array<[Partial<Parameters<typeof assertDecisionFits>[0]>, unknown]> = [
      [{ decision: null }, ValidationError],
      [{ decision: decision({ entityId: 'other' }) }, ValidationError],
      [{ decision: decision({ entityType: 'organization' }) }, ValidationError],
      [{ decision: decision({ effect: 'exclude_member' }) }, ValidationError],
      [{ decision: decision({ bodyId: 'bureau' }) }, ValidationError],
      [{ decision: decision({ networkId: 'another' }), rules: DEFAULT_NETWORK_RULES }, ValidationError],
      [{ decision: decision({ voteOutcome: 'rejected' }) }, ConflictError],
      [{ decision: decision({ voteOutcome: 'no_quorum' }) }, ConflictError],
      [{ decision: decision({ appliedAt: new Date() }) }, ConflictError],
      [{ action: 'leave', organizationsWord: false }, ValidationError],
    ];
    for (const [changes, type] of refusals) {
      expect(
        fieldOf(() => assertDecisionFits(step({ ...changes, field: '/effect' }))),
        JSON.stringify(changes),
      ).toEqual({
        type,
        field: '/effect',
      });
    }
  });
});
