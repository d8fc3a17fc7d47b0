/**
 * The delivery of one meeting invitation, as a table: queued → sending → sent, or back to queued
 * after a failed attempt until the attempts run out (failed). A seat holder without an address is
 * `no_address`, visible to the secretariat, never silently skipped. Plain rules, no I/O.
 */
import { ConflictError } from '../shared/errors.ts';

export const INVITATION_STATUSES = ['queued', 'sending', 'sent', 'failed', 'no_address'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const INVITATION_ACTIONS = ['claim', 'deliver', 'retry', 'give_up'] as const;
export type InvitationAction = (typeof INVITATION_ACTIONS)[number];

export const INVITATION_TRANSITIONS: Readonly<
  Record<InvitationStatus, Readonly<Partial<Record<InvitationAction, InvitationStatus>>>>
> = {
  queued: { claim: 'sending' },
  sending: { deliver: 'sent', retry: 'queued', give_up: 'failed' },
  sent: {},
  failed: { retry: 'queued' },
  no_address: {},
};

export function assertInvitationTransition(
  from: InvitationStatus,
  action: InvitationAction,
): InvitationStatus {
  const to = INVITATION_TRANSITIONS[from][action];
  if (!to) throw new ConflictError('governance.invitation_transition_not_allowed', { status: from, action });
  return to;
}
