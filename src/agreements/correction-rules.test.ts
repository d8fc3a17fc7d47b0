import { describe, expect, it } from 'vitest';
import type { Principal, ScopeFacts } from '../accounts/policy.ts';
import { ConflictError, ForbiddenError } from '../shared/errors.ts';
import {
  assertCorrectionMove,
  assertMayMove,
  CORRECTION_STATUSES,
  CORRECTION_TRANSITIONS,
  mayDecideCorrection,
} from './correction-rules.ts';

// Ivry and Mejik both belong to the network "cités unies".
const facts: ScopeFacts = {
  organizationIds: ['ivry', 'mejik'],
  networksOf: new Map([
    ['ivry', ['cites-unies']],
    ['mejik', ['cites-unies', 'sahel']],
  ]),
};
const officer: Principal = {
  userId: 'officer',
  isPlatformAdmin: false,
  grants: [{ role: 'municipal_officer', scopeId: 'ivry' }],
};
const secretariat: Principal = {
  userId: 'secretariat',
  isPlatformAdmin: false,
  grants: [{ role: 'network_secretariat', scopeId: 'cites-unies' }],
};
const otherSecretariat: Principal = {
  userId: 'sahel-secretariat',
  isPlatformAdmin: false,
  grants: [{ role: 'network_secretariat', scopeId: 'sahel' }],
};
const admin: Principal = { userId: 'admin', isPlatformAdmin: true, grants: [] };

describe('the lifecycle of a correction', () => {
  it('decides a proposal once, and nothing after', () => {
    for (const to of ['confirmed', 'rejected', 'withdrawn'] as const) {
      expect(() => assertCorrectionMove('proposed', to)).not.toThrow();
    }
    for (const from of CORRECTION_STATUSES.filter((status) => status !== 'proposed')) {
      expect(CORRECTION_TRANSITIONS[from]).toEqual([]);
      expect(() => assertCorrectionMove(from, 'confirmed')).toThrow(ConflictError);
    }
    expect(() => assertCorrectionMove('proposed', 'proposed')).toThrow(ConflictError);
  });
});

describe('who decides', () => {
  it('is an admin or the secretariat of a network all parties share', () => {
    expect(mayDecideCorrection(admin, facts, 'officer')).toBe(true);
    expect(mayDecideCorrection(secretariat, facts, 'officer')).toBe(true);
  });

  it('is not an officer of a party, nor a secretariat of a network only one party belongs to', () => {
    expect(mayDecideCorrection(officer, facts, 'someone-else')).toBe(false);
    expect(mayDecideCorrection(otherSecretariat, facts, 'officer')).toBe(false);
    expect(mayDecideCorrection(null, facts, 'officer')).toBe(false);
  });

  it('is never the proposer, even an admin', () => {
    expect(mayDecideCorrection(admin, facts, 'admin')).toBe(false);
    expect(() => assertMayMove('confirmed', secretariat, facts, 'secretariat')).toThrow(ForbiddenError);
  });

  it('refuses with the reason', () => {
    try {
      assertMayMove('rejected', officer, facts, 'secretariat');
      expect.unreachable();
    } catch (error) {
      expect((error as ForbiddenError).code).toBe('correction.not_a_decider');
    }
  });

  it('lets the proposer, or an admin, withdraw a proposal, and no one else', () => {
    expect(() => assertMayMove('withdrawn', officer, facts, 'officer')).not.toThrow();
    expect(() => assertMayMove('withdrawn', admin, facts, 'officer')).not.toThrow();
    expect(() => assertMayMove('withdrawn', secretariat, facts, 'officer')).toThrow(ForbiddenError);
  });
});
