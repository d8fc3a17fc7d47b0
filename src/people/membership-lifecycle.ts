/**
 * The lifecycle of a membership, as one table: nobody is made a member of anything without
 * both sides agreeing. An organization joins a network when its officer applies (or accepts an
 * invitation) and the network's secretariat admits it (or invited it); a person's post or
 * membership recorded by an organization counts once the person, or a platform admin, confirms
 * it. Only an `active` membership gives anything: network membership, contact details.
 * Every status change goes through `assertMembershipTransition`. Plain rules, no I/O.
 */
import { ConflictError, ForbiddenError, label, ValidationError } from '../shared/errors.ts';

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

export const MEMBERSHIP_ACTIONS = [
  'accept',
  'decline',
  'suspend',
  'reinstate',
  'leave',
  'exclude',
  'end',
] as const;
export type MembershipAction = (typeof MEMBERSHIP_ACTIONS)[number];

/**
 * What a membership is: a member's — an organization joining another (a commune in a network) or
 * an individual expert in a network — which is suspended, reinstated, left or excluded; or a
 * person's post in an organization, which is only ended.
 */
export type MembershipKind = 'member' | 'post';

/** The kind of a membership, from its member and whether what it joins is a network. */
export function membershipKind(
  membership: { memberOrganizationId?: string | null },
  joinsNetwork: boolean,
): MembershipKind {
  return membership.memberOrganizationId || joinsNetwork ? 'member' : 'post';
}

/** Steps that need a reason, told to the member and kept in the membership's history. */
export const ACTIONS_NEEDING_REASON: readonly MembershipAction[] = ['suspend', 'exclude'];

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
  by: 'awaited_side' | 'either_side' | MembershipSide;
  /** The kinds of membership the step exists for; every kind when left out. */
  kinds?: readonly MembershipKind[];
}

const OF_MEMBERS = ['member'] as const;

/**
 * `applied` waits for the organization (the network admits); `invited` waits for the member (the
 * organization or person accepts). Either side may refuse a pending request or end an active
 * membership. Of a member (a commune or an expert in a network), the organization (the network's
 * secretariat) suspends, reinstates and excludes, and the member leaves.
 */
export const MEMBERSHIP_TRANSITIONS: readonly TransitionRule[] = [
  { from: 'applied', action: 'accept', to: 'active', by: 'awaited_side' },
  { from: 'invited', action: 'accept', to: 'active', by: 'awaited_side' },
  { from: 'applied', action: 'decline', to: 'declined', by: 'either_side' },
  { from: 'invited', action: 'decline', to: 'declined', by: 'either_side' },
  { from: 'active', action: 'suspend', to: 'suspended', by: 'organization', kinds: OF_MEMBERS },
  { from: 'suspended', action: 'reinstate', to: 'active', by: 'organization', kinds: OF_MEMBERS },
  { from: 'active', action: 'leave', to: 'left', by: 'member', kinds: OF_MEMBERS },
  { from: 'suspended', action: 'leave', to: 'left', by: 'member', kinds: OF_MEMBERS },
  { from: 'active', action: 'exclude', to: 'excluded', by: 'organization', kinds: OF_MEMBERS },
  { from: 'suspended', action: 'exclude', to: 'excluded', by: 'organization', kinds: OF_MEMBERS },
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

function ruleOf(
  from: MembershipStatus,
  action: MembershipAction,
  kind: MembershipKind,
): TransitionRule | undefined {
  return MEMBERSHIP_TRANSITIONS.find(
    (candidate) =>
      candidate.from === from &&
      candidate.action === action &&
      (candidate.kinds === undefined || candidate.kinds.includes(kind)),
  );
}

/** The side that takes this step: the one it waits for, a named one, or null when either may. */
function sideTaking(rule: TransitionRule): MembershipSide | null {
  if (rule.by === 'either_side') return null;
  if (rule.by === 'awaited_side') return awaitedSide(rule.from);
  return rule.by;
}

/** Whether one acting for these sides may take this step. */
function sideMayTake(rule: TransitionRule, actsFor: SidesActedFor): boolean {
  if (actsFor.admin) return true;
  const side = sideTaking(rule);
  if (side === null) return actsFor.organization || actsFor.member;
  return side === 'organization' ? actsFor.organization : actsFor.member;
}

/** The steps one acting for these sides may take from this status: what a page offers them. */
export function openMembershipActions(
  from: MembershipStatus,
  actsFor: SidesActedFor,
  kind: MembershipKind,
): MembershipAction[] {
  return MEMBERSHIP_ACTIONS.filter((action) => {
    const rule = ruleOf(from, action, kind);
    return rule !== undefined && sideMayTake(rule, actsFor);
  });
}

/**
 * Whether the step is the organization's word on a member (admitting an application, suspending,
 * reinstating, excluding): what a network's rules may reserve to a body's resolution.
 */
export function isOrganizationsWord(from: MembershipStatus, action: MembershipAction, kind: MembershipKind) {
  const rule = ruleOf(from, action, kind);
  return rule !== undefined && rule.by !== 'either_side' && sideTaking(rule) === 'organization';
}

/** A step's details: a reason where the step needs one (suspending, excluding). */
export function assertTransitionDetails(action: MembershipAction, details: { reason?: string | null }): void {
  if (ACTIONS_NEEDING_REASON.includes(action) && !details.reason?.trim()) {
    throw new ValidationError(
      'membership.reason_required',
      { action: label(`membership_action.${action}`) },
      '/reason',
    );
  }
}

/** The status after `action`, if the actor may take it; a ConflictError or ForbiddenError otherwise. */
export function assertMembershipTransition(
  from: MembershipStatus,
  action: MembershipAction,
  actsFor: SidesActedFor,
  kind: MembershipKind,
): MembershipStatus {
  const rule = ruleOf(from, action, kind);
  if (!rule) {
    throw new ConflictError(
      'membership.transition_not_allowed',
      { status: label(`membership_status.${from}`), action: label(`membership_action.${action}`) },
      '/action',
    );
  }
  if (!sideMayTake(rule, actsFor)) {
    throw new ForbiddenError('membership.awaits_other_side', {
      side: label(`membership_side.${sideTaking(rule) ?? 'other'}`),
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
