import { canActFor, type Principal, type ScopeFacts } from '../accounts/policy.ts';
import { ConflictError, ForbiddenError, label } from '../shared/errors.ts';

// A correction of a signed record: what a signature fixed is not edited in place. An officer of a
// party (or whoever acts for the agreement) proposes a new value with a reason; someone above the
// parties — a secretariat of a network all of them belong to, or a platform admin — confirms or
// rejects it; the proposer may withdraw it until then. These are the rules, without I/O.

export const CORRECTION_STATUSES = ['proposed', 'confirmed', 'rejected', 'withdrawn'] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

/** What a proposal can become: each decision is final. */
export const CORRECTION_TRANSITIONS: Readonly<Record<CorrectionStatus, readonly CorrectionStatus[]>> = {
  proposed: ['confirmed', 'rejected', 'withdrawn'],
  confirmed: [],
  rejected: [],
  withdrawn: [],
};

/** The fields of a signed part a correction may change. */
export const CORRECTABLE_PART_FIELDS = ['signedOn'] as const;
export type CorrectableField = (typeof CORRECTABLE_PART_FIELDS)[number];

export function assertCorrectionMove(from: CorrectionStatus, to: CorrectionStatus): void {
  if (!CORRECTION_TRANSITIONS[from].includes(to)) {
    throw new ConflictError('correction.transition_not_allowed', {
      from: label(`correction_status.${from}`),
      to: label(`correction_status.${to}`),
    });
  }
}

/**
 * Who may confirm or reject a correction: a platform admin, or the secretariat of a network every
 * party belongs to — never the one who proposed it, whatever their role, so that each correction
 * of a signed record is seen by two people.
 */
export function mayDecideCorrection(
  principal: Principal | null | undefined,
  facts: ScopeFacts,
  proposedBy: string | null,
): boolean {
  if (!principal) return false;
  if (principal.userId === proposedBy) return false;
  if (principal.isPlatformAdmin) return true;
  const asSecretariat: Principal = {
    ...principal,
    grants: principal.grants.filter((grant) => grant.role === 'network_secretariat'),
  };
  return canActFor(asSecretariat, facts);
}

/** Whether the principal may take this step: deciding is for those above the parties, withdrawing for the proposer. */
export function assertMayMove(
  to: CorrectionStatus,
  principal: Principal | null | undefined,
  facts: ScopeFacts,
  proposedBy: string | null,
): void {
  if (to === 'withdrawn') {
    if (principal && principal.userId !== proposedBy && !principal.isPlatformAdmin) {
      throw new ForbiddenError('correction.withdrawn_by_proposer');
    }
    return;
  }
  // The command line and the demo loader act for the installation (no principal): they may decide.
  if (principal === undefined) return;
  if (principal?.userId === proposedBy) throw new ForbiddenError('correction.own_proposal');
  if (!mayDecideCorrection(principal, facts, proposedBy))
    throw new ForbiddenError('correction.not_a_decider');
}
