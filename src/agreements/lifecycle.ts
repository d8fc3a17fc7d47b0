/**
 * The lifecycle of an agreement, as one table. Every status change goes through
 * `assertTransition`, so the table is the single place where the rules live.
 */
export const AGREEMENT_STATUSES = [
  'proposed',
  'negotiating',
  'awaiting_approval',
  'approved',
  'partially_signed',
  'signed',
  'in_force',
  'suspended',
  'ended',
  'withdrawn',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const ALLOWED_TRANSITIONS: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  proposed: ['negotiating', 'withdrawn'],
  negotiating: ['awaiting_approval', 'withdrawn'],
  // Sent back to negotiation when the supervising authority asks for changes.
  awaiting_approval: ['approved', 'negotiating', 'withdrawn'],
  approved: ['partially_signed', 'signed', 'withdrawn'],
  partially_signed: ['signed'],
  signed: ['in_force', 'ended'],
  in_force: ['suspended', 'ended'],
  suspended: ['in_force', 'ended'],
  ended: [],
  withdrawn: [],
};

/** Statuses before any signature: an agreement can be withdrawn from each of them. */
export const PRE_SIGNATURE_STATUSES: readonly AgreementStatus[] = [
  'proposed',
  'negotiating',
  'awaiting_approval',
  'approved',
];

/** Statuses in which the agreement binds its parties, at least in part. */
export const SIGNED_STATUSES: readonly AgreementStatus[] = [
  'partially_signed',
  'signed',
  'in_force',
  'suspended',
];

export function isTransitionAllowed(from: AgreementStatus, to: AgreementStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

/**
 * Position of a status on the way to entry into force, used by approval policies
 * ("an approval is required before `approved`" also covers `signed` and `in_force`).
 */
const PROGRESS_RANK: Record<AgreementStatus, number> = {
  proposed: 0,
  negotiating: 1,
  awaiting_approval: 2,
  approved: 3,
  partially_signed: 4,
  signed: 5,
  in_force: 6,
  suspended: 6,
  ended: -1,
  withdrawn: -1,
};

export function isAtOrBeyond(status: AgreementStatus, threshold: AgreementStatus): boolean {
  return PROGRESS_RANK[status] >= PROGRESS_RANK[threshold] && PROGRESS_RANK[threshold] >= 0;
}

/** The signing status the parts imply: none signed, some signed, or all signed. */
export function signingStatusOfParts(
  parts: ReadonlyArray<{ signedOn: string | null }>,
): AgreementStatus | null {
  const signed = parts.filter((part) => part.signedOn !== null).length;
  if (signed === 0) return null;
  return signed === parts.length ? 'signed' : 'partially_signed';
}

/** Parts that make up the agreement itself; amendments and renewals change a signed agreement without unsigning it. */
const OWN_PART_KINDS: readonly string[] = ['original', 'further_part'];

/** The signing status the agreement's own parts imply (amendments and renewals left out). */
export function signingStatusOfOwnParts(
  parts: ReadonlyArray<{ kind: string; signedOn: string | null }>,
): AgreementStatus | null {
  return signingStatusOfParts(parts.filter((part) => OWN_PART_KINDS.includes(part.kind)));
}

/**
 * The status an agreement should have once its parts have changed (a part added or signed): while it
 * is being signed, what its own parts imply; otherwise unchanged — an amendment added to a signed
 * agreement, signed or not, leaves it signed. The caller moves to it through the transition table.
 */
export function statusAfterPartsChange(
  current: AgreementStatus,
  parts: ReadonlyArray<{ kind: string; signedOn: string | null }>,
): AgreementStatus {
  if (current !== 'approved' && current !== 'partially_signed') return current;
  return signingStatusOfOwnParts(parts) ?? current;
}

/** Whether the table leads from `from` to `to` without passing through `avoided`. */
function reachableAvoiding(from: AgreementStatus, to: AgreementStatus, avoided: AgreementStatus): boolean {
  const seen = new Set<AgreementStatus>([from]);
  const queue: AgreementStatus[] = [from];
  for (let status = queue.shift(); status !== undefined; status = queue.shift()) {
    if (status === to) return true;
    for (const next of ALLOWED_TRANSITIONS[status]) {
      if (next !== avoided && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}

/**
 * The statuses every way from `proposed` to `status` passes through, in the table's order. An
 * agreement recorded directly in a status got there by the table, so what each of them requires
 * (a signature on every part, before `ended` as before `in_force`) holds for the record too.
 */
export function statusesOnEveryWayTo(status: AgreementStatus): AgreementStatus[] {
  return AGREEMENT_STATUSES.filter(
    (step) => step !== status && step !== 'proposed' && !reachableAvoiding('proposed', status, step),
  );
}
