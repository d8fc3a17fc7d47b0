import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError } from '../shared/errors.ts';
import {
  assertMembershipTransition,
  initialMembershipStatus,
  isMembershipInForce,
  MEMBERSHIP_ACTIONS,
  MEMBERSHIP_STATUSES,
  type MembershipStatus,
  openMembershipActions,
} from './membership-lifecycle.ts';

const sides = (organization: boolean, member: boolean, admin = false) => ({ organization, member, admin });

describe('the membership lifecycle', () => {
  it('starts a membership as a request to the side that did not ask, active only when both sides agree', () => {
    expect(initialMembershipStatus(sides(false, true))).toBe('applied');
    expect(initialMembershipStatus(sides(true, false))).toBe('invited');
    expect(initialMembershipStatus(sides(true, true))).toBe('active');
    expect(initialMembershipStatus(sides(false, false, true))).toBe('active');
    expect(() => initialMembershipStatus(sides(false, false))).toThrow(ForbiddenError);
  });

  it('lets only the awaited side accept a request, and either side decline it or end a membership', () => {
    expect(assertMembershipTransition('applied', 'accept', sides(true, false))).toBe('active');
    expect(() => assertMembershipTransition('applied', 'accept', sides(false, true))).toThrow(ForbiddenError);
    expect(assertMembershipTransition('invited', 'accept', sides(false, true))).toBe('active');
    expect(() => assertMembershipTransition('invited', 'accept', sides(true, false))).toThrow(ForbiddenError);
    for (const status of ['applied', 'invited'] as const) {
      expect(assertMembershipTransition(status, 'decline', sides(true, false))).toBe('declined');
      expect(assertMembershipTransition(status, 'decline', sides(false, true))).toBe('declined');
    }
    expect(assertMembershipTransition('active', 'end', sides(false, true))).toBe('ended');
    expect(() => assertMembershipTransition('active', 'end', sides(false, false))).toThrow(ForbiddenError);
  });

  it('leaves declined and ended memberships where they are, whoever asks', () => {
    for (const from of MEMBERSHIP_STATUSES) {
      for (const action of MEMBERSHIP_ACTIONS) {
        const allowed =
          (['applied', 'invited'].includes(from) && action !== 'end') ||
          (from === 'active' && action === 'end');
        if (allowed) expect(assertMembershipTransition(from, action, sides(false, false, true))).toBeTruthy();
        else
          expect(() => assertMembershipTransition(from, action, sides(true, true, true))).toThrow(
            ConflictError,
          );
      }
    }
  });

  it('gives rights only while active and not past its end date', () => {
    const today = '2026-12-01';
    const inForce = (status: MembershipStatus, endDate: string | null) =>
      isMembershipInForce({ status, endDate }, today);
    expect(inForce('active', null)).toBe(true);
    expect(inForce('active', '2026-12-01')).toBe(true);
    expect(inForce('active', '2026-11-30')).toBe(false);
    for (const status of ['applied', 'invited', 'declined', 'ended'] as const)
      expect(inForce(status, null)).toBe(false);
  });

  it('offers exactly the steps the transition table would let the reader take', () => {
    for (const status of MEMBERSHIP_STATUSES) {
      for (const organization of [false, true]) {
        for (const member of [false, true]) {
          for (const admin of [false, true]) {
            const actsFor = sides(organization, member, admin);
            const accepted = MEMBERSHIP_ACTIONS.filter((action) => {
              try {
                assertMembershipTransition(status, action, actsFor);
                return true;
              } catch {
                return false;
              }
            });
            expect(openMembershipActions(status, actsFor)).toEqual(accepted);
          }
        }
      }
    }
    expect(openMembershipActions('applied', sides(true, false))).toEqual(['accept', 'decline']);
    expect(openMembershipActions('applied', sides(false, true))).toEqual(['decline']);
    expect(openMembershipActions('ended', sides(true, true, true))).toEqual([]);
  });
});
