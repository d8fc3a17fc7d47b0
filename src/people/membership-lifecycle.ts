/**
 * The lifecycle of a membership, as one table: nobody is made a member of anything without
 * both sides agreeing. An organization joins a network when its officer applies (or accepts an
 * invitation) and the network's secretariat admits it (or invited it); a person's post or
 * membership recorded by an organization counts once the person, or a platform admin, confirms
 * it. Only an `active` membership gives anything: network membership, contact details.
 * Every status change goes through `assertMembershipTransition`. Plain rules, no I/O.
 */
import { ConflictError, ForbiddenError, label } from '../shared/errors.ts';

export const MEMBERSHIP_STATUSES = [
  'applied',
  'invited',
  'active',
  'suspended',
  'declined',
  'left',
  'excluded',
  'ended',
] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** The two sides of a membership: the organization (or network) joined, and the member joining it. */
export type MembershipSide = 'organization' | 'member';

export const MEMBERSHIP_ACTIONS = ['accept', 'decline', 'end'] as const;
export type MembershipAction = (typeof MEMBERSHIP_ACTIONS)[number];

/** How often a membership fee falls due. */
export const FEE_PERIODS = ['monthly', 'quarterly', 'yearly', 'one_off'] as const;
export type FeePeriod = (typeof FEE_PERIODS)[number];

/** Statuses in which a membership gives its rights. */
export const GRANTING_STATUSES: readonly MembershipStatus[] = ['active'];

interface TransitionRule {
  from: MembershipStatus;
  action: MembershipAction;
  to: MembershipStatus;
  /** Which side may take this step; an admin may take any. */
  by: 'awaited_side' | 'either_side';
}

/**
 * `applied` waits for the organization (the network admits); `invited` waits for the member (the
 * organization or person accepts). Either side may refuse a pending request or end an active membership.
 */
export const MEMBERSHIP_TRANSITIONS: readonly TransitionRule[] = [
  { from: 'applied', action: 'accept', to: 'active', by: 'awaited_side' },
  { from: 'invited', action: 'accept', to: 'active', by: 'awaited_side' },
  { from: 'applied', action: 'decline', to: 'declined', by: 'either_side' },
  { from: 'invited', action: 'decline', to: 'declined', by: 'either_side' },
  { from: 'active', action: 'end', to: 'ended', by: 'either_side' },
];

/** Whose consent a pending membership waits for. */
export function awaitedSide(status: MembershipStatus): MembershipSide | null {
  if (status === 'applied') return 'organization';
  if (status === 'invited') return 'member';
  return null;
}

/**
 * The status a new membership starts in, given which sides the person recording it acts for: both
 * sides (or a platform admin) make it active at once; one side makes a request the other must answer.
 */
export function initialMembershipStatus(actsFor: {
  organization: boolean;
  member: boolean;
  admin: boolean;
}): MembershipStatus {
  if (actsFor.admin || (actsFor.organization && actsFor.member)) return 'active';
  if (actsFor.member) return 'applied';
  if (actsFor.organization) return 'invited';
  throw new ForbiddenError('membership.neither_side');
}

type SidesActedFor = { organization: boolean; member: boolean; admin: boolean };

function ruleOf(from: MembershipStatus, action: MembershipAction): TransitionRule | undefined {
  return MEMBERSHIP_TRANSITIONS.find((candidate) => candidate.from === from && candidate.action === action);
}

/** Whether one acting for these sides may take this step. */
function sideMayTake(rule: TransitionRule, actsFor: SidesActedFor): boolean {
  if (actsFor.admin) return true;
  if (rule.by === 'either_side') return actsFor.organization || actsFor.member;
  return awaitedSide(rule.from) === 'organization' ? actsFor.organization : actsFor.member;
}

/** The steps one acting for these sides may take from this status: what a page offers them. */
export function openMembershipActions(from: MembershipStatus, actsFor: SidesActedFor): MembershipAction[] {
  return MEMBERSHIP_ACTIONS.filter((action) => {
    const rule = ruleOf(from, action);
    return rule !== undefined && sideMayTake(rule, actsFor);
  });
}

/** The status after `action`, if the actor may take it; a ConflictError or ForbiddenError otherwise. */
export function assertMembershipTransition(
  from: MembershipStatus,
  action: MembershipAction,
  actsFor: SidesActedFor,
): MembershipStatus {
  const rule = ruleOf(from, action);
  if (!rule) {
    throw new ConflictError(
      'membership.transition_not_allowed',
      { status: label(`membership_status.${from}`), action: label(`membership_action.${action}`) },
      '/action',
    );
  }
  if (!sideMayTake(rule, actsFor)) {
    throw new ForbiddenError('membership.awaits_other_side', {
      side: label(`membership_side.${awaitedSide(from) ?? 'other'}`),
    });
  }
  return rule.to;
}

/** A membership gives its rights while active and not past its end date. */
export function isMembershipInForce(
  membership: { status: MembershipStatus; endDate: string | null },
  today: string,
): boolean {
  return (
    GRANTING_STATUSES.includes(membership.status) && (!membership.endDate || membership.endDate >= today)
  );
}
