/**
 * The delivery of one meeting invitation, as a table: queued → sending → sent, or back to queued
 * after a failed attempt until the attempts run out (failed). A seat holder without an address is
 * `no_address`, visible to the secretariat, never silently skipped (queued once they have one and the
 * round is sent again). Sent is final: nothing sends an invitation twice. Plain rules, no I/O.
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
  // A seat holder given an address since: sent when the secretariat sends the round again.
  no_address: { retry: 'queued' },
};

export function assertInvitationTransition(
  from: InvitationStatus,
  action: InvitationAction,
): InvitationStatus {
  const to = INVITATION_TRANSITIONS[from][action];
  if (!to) throw new ConflictError('governance.invitation_transition_not_allowed', { status: from, action });
  return to;
}

/** The statuses an invitation may take `action` from: what a guarded UPDATE's WHERE accepts. */
export function invitationStatusesFor(action: InvitationAction): InvitationStatus[] {
  return INVITATION_STATUSES.filter((from) => INVITATION_TRANSITIONS[from][action] !== undefined);
}

/** What an invitation of a round says: the meeting (REQUEST), or that it is called off (CANCEL). */
export const INVITATION_METHODS = ['request', 'cancel'] as const;
export type InvitationMethod = (typeof INVITATION_METHODS)[number];

/** How many attempts an invitation gets before it is given up (the secretariat may send it again). */
export const DEFAULT_MAX_INVITATION_ATTEMPTS = 5;

/** After a failed attempt (the `attempts`-th): back to the queue while attempts are left, else failed. */
export function afterFailedAttempt(attempts: number, maxAttempts: number): 'retry' | 'give_up' {
  return attempts < maxAttempts ? 'retry' : 'give_up';
}

/** The wait before the next pass over failed invitations: the `pass`-th delay, the last one repeating. */
export function retryDelay(pass: number, delaysMs: readonly number[]): number {
  if (delaysMs.length === 0) return 0;
  return delaysMs[Math.min(Math.max(0, pass), delaysMs.length - 1)]!;
}

export interface InvitationTotals {
  total: number;
  queued: number;
  sending: number;
  sent: number;
  failed: number;
  noAddress: number;
}

/** The totals of a round, as the secretariat sees them. */
export function invitationTotals(statuses: readonly InvitationStatus[]): InvitationTotals {
  const count = (status: InvitationStatus) => statuses.filter((value) => value === status).length;
  return {
    total: statuses.length,
    queued: count('queued'),
    sending: count('sending'),
    sent: count('sent'),
    failed: count('failed'),
    noAddress: count('no_address'),
  };
}

/** A round is over once none of its invitations waits or is on its way. */
export function roundSettled(totals: InvitationTotals): boolean {
  return totals.queued === 0 && totals.sending === 0;
}

/**
 * Whom a round goes to. A call to the meeting goes to every seat holder (without an address:
 * `no_address`); a cancellation only to those an invitation reached (or may have reached: on its way).
 */
export function initialInvitationStatus(email: string | null | undefined): 'queued' | 'no_address' {
  return email && email.trim() !== '' ? 'queued' : 'no_address';
}

export function reachedBy(status: InvitationStatus): boolean {
  return status === 'sent' || status === 'sending';
}
