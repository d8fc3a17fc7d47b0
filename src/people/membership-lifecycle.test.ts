import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, ValidationError } from '../shared/errors.ts';
import {
  assertMembershipTransition,
  assertTransitionDetails,
  initialMembershipStatus,
  isMembershipInForce,
  isOrganizationsWord,
  MEMBERSHIP_ACTIONS,
  MEMBERSHIP_STATUSES,
  type MembershipAction,
  type MembershipKind,
  type MembershipStatus,
  membershipKind,
  openMembershipActions,
} from './membership-lifecycle.ts';

const sides = (organization: boolean, member: boolean, admin = false) => ({ organization, member, admin });

/**
 * The whole table, written out: for each kind, status and action, the status it leads to and the
 * side that may take it (`either` for either side), or nothing when the step does not exist.
 */
type Expected = { to: MembershipStatus; by: 'organization' | 'member' | 'either' };
const EXPECTED: Record<
  MembershipKind,
  Partial<Record<MembershipStatus, Partial<Record<MembershipAction, Expected>>>>
> = {
  member: {
    applied: { accept: { to: 'active', by: 'organization' }, decline: { to: 'declined', by: 'either' } },
    invited: { accept: { to: 'active', by: 'member' }, decline: { to: 'declined', by: 'either' } },
    active: {
      suspend: { to: 'suspended', by: 'organization' },
      leave: { to: 'left', by: 'member' },
      exclude: { to: 'excluded', by: 'organization' },
      end: { to: 'ended', by: 'either' },
    },
    suspended: {
      reinstate: { to: 'active', by: 'organization' },
      leave: { to: 'left', by: 'member' },
      exclude: { to: 'excluded', by: 'organization' },
    },
  },
  post: {
    applied: { accept: { to: 'active', by: 'organization' }, decline: { to: 'declined', by: 'either' } },
    invited: { accept: { to: 'active', by: 'member' }, decline: { to: 'declined', by: 'either' } },
    active: { end: { to: 'ended', by: 'either' } },
  },
};

describe('the membership lifecycle', () => {
  it('starts a membership as a request to the side that did not ask, active only when both sides agree', () => {
    expect(initialMembershipStatus(sides(false, true))).toBe('applied');
    expect(initialMembershipStatus(sides(true, false))).toBe('invited');
    expect(initialMembershipStatus(sides(true, true))).toBe('active');
    expect(initialMembershipStatus(sides(false, false, true))).toBe('active');
    expect(() => initialMembershipStatus(sides(false, false))).toThrow(ForbiddenError);
  });

  it('tells a member (an organization, or an expert in a network) from a person’s post', () => {
    expect(membershipKind({ memberOrganizationId: 'x' }, false)).toBe('member');
    expect(membershipKind({ memberOrganizationId: 'x' }, true)).toBe('member');
    expect(membershipKind({ memberOrganizationId: null }, true)).toBe('member');
    expect(membershipKind({ memberOrganizationId: null }, false)).toBe('post');
  });

  for (const kind of ['member', 'post'] as const) {
    for (const from of MEMBERSHIP_STATUSES) {
      for (const action of MEMBERSHIP_ACTIONS) {
        const expected = EXPECTED[kind][from]?.[action];
        const name = `${kind}: ${from} × ${action} → ${expected ? `${expected.to} by ${expected.by}` : 'refused'}`;
        it(name, () => {
          const bySide = {
            organization: sides(true, false),
            member: sides(false, true),
            neither: sides(false, false),
            both: sides(true, true),
            admin: sides(false, false, true),
          };
          if (!expected) {
            for (const actsFor of Object.values(bySide)) {
              expect(() => assertMembershipTransition(from, action, actsFor, kind)).toThrow(ConflictError);
            }
            return;
          }
          expect(assertMembershipTransition(from, action, bySide.admin, kind)).toBe(expected.to);
          expect(assertMembershipTransition(from, action, bySide.both, kind)).toBe(expected.to);
          expect(() => assertMembershipTransition(from, action, bySide.neither, kind)).toThrow(
            ForbiddenError,
          );
          for (const side of ['organization', 'member'] as const) {
            if (expected.by === 'either' || expected.by === side) {
              expect(assertMembershipTransition(from, action, bySide[side], kind)).toBe(expected.to);
            } else {
              expect(() => assertMembershipTransition(from, action, bySide[side], kind)).toThrow(
                ForbiddenError,
              );
            }
          }
          // The network's word on a member is what its rules may give to a body's resolution.
          expect(isOrganizationsWord(from, action, kind)).toBe(expected.by === 'organization');
        });
      }
    }
  }

  it('asks a reason for suspending and excluding, and for no other step', () => {
    for (const action of MEMBERSHIP_ACTIONS) {
      if (action === 'suspend' || action === 'exclude') {
        for (const reason of [undefined, null, '', '   ']) {
          let error: unknown;
          try {
            assertTransitionDetails(action, { reason });
          } catch (caught) {
            error = caught;
          }
          expect(error).toBeInstanceOf(ValidationError);
          expect((error as ValidationError).field).toBe('/reason');
        }
        expect(() =>
          assertTransitionDetails(action, { reason: 'Dues unpaid for three years' }),
        ).not.toThrow();
      } else {
        expect(() => assertTransitionDetails(action, {})).not.toThrow();
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
    for (const status of [
      'applied',
      'invited',
      'declined',
      'ended',
      'suspended',
      'left',
      'excluded',
    ] as const)
      expect(inForce(status, null)).toBe(false);
  });

  it('offers exactly the steps the transition table would let the reader take', () => {
    for (const kind of ['member', 'post'] as const) {
      for (const status of MEMBERSHIP_STATUSES) {
        for (const organization of [false, true]) {
          for (const member of [false, true]) {
            for (const admin of [false, true]) {
              const actsFor = sides(organization, member, admin);
              const accepted = MEMBERSHIP_ACTIONS.filter((action) => {
                try {
                  assertMembershipTransition(status, action, actsFor, kind);
                  return true;
                } catch {
                  return false;
                }
              });
              expect(openMembershipActions(status, actsFor, kind)).toEqual(accepted);
            }
          }
        }
      }
    }
    expect(openMembershipActions('applied', sides(true, false), 'member')).toEqual(['accept', 'decline']);
    expect(openMembershipActions('applied', sides(false, true), 'member')).toEqual(['decline']);
    expect(openMembershipActions('active', sides(true, false), 'member')).toEqual([
      'suspend',
      'exclude',
      'end',
    ]);
    expect(openMembershipActions('suspended', sides(false, true), 'member')).toEqual(['leave']);
    expect(openMembershipActions('active', sides(true, false), 'post')).toEqual(['end']);
    expect(openMembershipActions('ended', sides(true, true, true), 'member')).toEqual([]);
  });
});
