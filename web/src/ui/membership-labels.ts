import type {
  FeePeriod,
  MembershipAction,
  MembershipStatus,
} from '../../../src/people/membership-lifecycle.ts';

/**
 * How a membership's status reads. An organization's membership of a network that is in force
 * reads "admitted" (the network's word); a person's post, "confirmed".
 */
export const MEMBERSHIP_STATUS_LABELS: Record<MembershipStatus, string> = {
  applied: 'membership.applied',
  invited: 'membership.invited',
  active: 'membership.active',
  suspended: 'membership.suspended',
  declined: 'membership.declined',
  left: 'membership.left',
  excluded: 'membership.excluded',
  ended: 'membership.ended',
};

export function membershipStatusLabel(membership: {
  status: MembershipStatus;
  memberOrganizationId?: string | null;
}): string {
  return membership.status === 'active' && membership.memberOrganizationId
    ? 'membership.admitted'
    : MEMBERSHIP_STATUS_LABELS[membership.status];
}

export const MEMBERSHIP_STATUS_COLORS: Record<MembershipStatus, string> = {
  applied: 'yellow',
  invited: 'yellow',
  active: 'green',
  suspended: 'orange',
  declined: 'gray',
  left: 'gray',
  excluded: 'red',
  ended: 'gray',
};

/** The steps a member's standing page offers (accepting and declining are answered elsewhere). */
export const STANDING_STEPS = [
  'suspend',
  'reinstate',
  'exclude',
  'leave',
  'end',
] as const satisfies readonly MembershipAction[];

export const STEP_LABELS: Record<(typeof STANDING_STEPS)[number], string> = {
  suspend: 'membership.step_suspend',
  reinstate: 'membership.step_reinstate',
  exclude: 'membership.step_exclude',
  leave: 'membership.step_leave',
  end: 'membership.step_end',
};

export const FEE_PERIOD_LABELS: Record<FeePeriod, string> = {
  monthly: 'membership.fee_monthly',
  quarterly: 'membership.fee_quarterly',
  yearly: 'membership.fee_yearly',
  one_off: 'membership.fee_one_off',
};

/** An amount in minor units of an ISO 4217 currency, as the reader's locale writes money. */
export function formatMoney(amountMinor: number, currency: string, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** digits);
}
