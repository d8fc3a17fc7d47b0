import { eq } from 'drizzle-orm';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import type { ActingAs } from '../shared/actor.ts';
import { ValidationError } from '../shared/errors.ts';
import { approvalFactsOf, loadApprovalPolicies } from './approvals.ts';
import { type AgreementStatus, signingStatusOfOwnParts, statusAfterPartsChange } from './lifecycle.ts';
import { assertTransition, type PolicyParty } from './rules.ts';
import type { AgreementDetail, AgreementStatusChange } from './schemas.ts';
import { agreementParties, agreementParts, agreements, agreementTransitions } from './tables.ts';
import { afterWrite, lockAgreement } from './writes.ts';

// Status changes: every one goes through the transition table (lifecycle.ts, rules.ts), whether
// asked for or implied by the parts, and each is recorded in the agreement's history.

async function policyPartiesOf(tx: Database, agreementId: string): Promise<PolicyParty[]> {
  return tx
    .select({ organizationId: agreementParties.organizationId, countryCode: agreementParties.countryCode })
    .from(agreementParties)
    .where(eq(agreementParties.agreementId, agreementId));
}

async function partsOf(tx: Database, agreementId: string) {
  return tx
    .select({ kind: agreementParts.kind, signedOn: agreementParts.signedOn })
    .from(agreementParts)
    .where(eq(agreementParts.agreementId, agreementId));
}

/** Checks a move of the agreement against the table, with the facts as they stand in the transaction. */
async function assertMove(tx: Database, agreementId: string, from: AgreementStatus, to: AgreementStatus) {
  assertTransition({
    from,
    to,
    parties: await policyPartiesOf(tx, agreementId),
    approvals: await approvalFactsOf(tx, agreementId),
    policies: await loadApprovalPolicies(tx),
    partsSigningStatus: signingStatusOfOwnParts(await partsOf(tx, agreementId)),
  });
}

/** Moves an agreement to another status, if the lifecycle, its parts and the approval policy allow it. */
export async function transitionAgreement(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  change: AgreementStatusChange,
): Promise<AgreementDetail> {
  const current = await lockAgreement(tx, actingAs, id);
  if (change.reason.trim() === '') throw new ValidationError('agreement.reason_required', '/reason');
  await assertMove(tx, id, current.status, change.to);
  await applyTransition(tx, actingAs, current, change.to, change.reason);
  return afterWrite(tx, actingAs, id);
}

/**
 * After the parts of an agreement changed (one added or signed): moves it to the status its parts
 * now imply, through the transition table like any other status change.
 */
export async function followParts(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  reason: string,
): Promise<void> {
  const [current] = await tx.select().from(agreements).where(eq(agreements.id, agreementId));
  const from = current!.status;
  const to = statusAfterPartsChange(from, await partsOf(tx, agreementId));
  if (to === from) return;
  await assertMove(tx, agreementId, from, to);
  await applyTransition(tx, actingAs, current!, to, reason);
}

async function applyTransition(
  tx: Database,
  actingAs: ActingAs,
  current: typeof agreements.$inferSelect,
  to: AgreementStatus,
  reason: string,
) {
  await tx.update(agreements).set({ status: to, updatedAt: new Date() }).where(eq(agreements.id, current.id));
  await tx.insert(agreementTransitions).values({
    agreementId: current.id,
    fromStatus: current.status,
    toStatus: to,
    actor: actingAs.actor,
    reason,
  });
  await recordChange(tx, actingAs, {
    action: 'transition',
    entityType: 'agreement',
    entityId: current.id,
    before: { status: current.status },
    after: { status: to, reason },
  });
}
