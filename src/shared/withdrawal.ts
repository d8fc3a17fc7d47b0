import { ConflictError, ValidationError } from './errors.ts';

/**
 * A document or a citation is never deleted: it is withdrawn, once, with a reason, and stays in the
 * record for those who keep it, struck through. The whole lifecycle as one table, as agreements have.
 */
export const WITHDRAWABLE_STATUSES = ['current', 'withdrawn'] as const;
export type WithdrawableStatus = (typeof WITHDRAWABLE_STATUSES)[number];

const ALLOWED: Readonly<Record<WithdrawableStatus, readonly WithdrawableStatus[]>> = {
  current: ['withdrawn'],
  withdrawn: [],
};

/** Checks a withdrawal before it is written: from a status that allows it, and with a reason. */
export function assertWithdrawal(from: WithdrawableStatus, reason: string): void {
  if (!ALLOWED[from].includes('withdrawn')) throw new ConflictError('withdrawal.already_withdrawn');
  if (reason.trim() === '') throw new ValidationError('withdrawal.reason_required', '/reason');
}
