import { asc, eq } from 'drizzle-orm';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import { organizations } from '../organizations/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { assertDate } from '../shared/dates.ts';
import { anyOf, label, ValidationError } from '../shared/errors.ts';
import { assertCountry } from '../shared/validate.ts';
import type { AgreementStatus } from './lifecycle.ts';
import { existingIds } from './references.ts';
import type { ApprovalPolicies } from './rules.ts';
import type { AgreementDetail, ApprovalInput, ApprovalPolicy, ApprovalPolicyInput } from './schemas.ts';
import { partyOrganizationsOf } from './scope.ts';
import { approvalPolicies, approvals } from './tables.ts';
import { afterWrite, lockAgreement } from './writes.ts';

// Approvals: the decisions of supervising authorities on an agreement, and the policies saying
// which countries' parties need one, from which status on.

/** An approval names an authority that exists, and only a party of the agreement. */
export async function validateApproval(
  tx: Database,
  approval: ApprovalInput,
  field: string,
  partyIds: ReadonlySet<string>,
): Promise<void> {
  assertDate(approval.decidedOn, `${field}/decidedOn`);
  if (approval.partyOrganizationId && !partyIds.has(approval.partyOrganizationId)) {
    throw new ValidationError('approval.not_a_party', `${field}/partyOrganizationId`);
  }
  if (!approval.authorityOrganizationId && !approval.authorityName?.trim()) {
    throw new ValidationError('approval.authority_required', `${field}/authorityName`);
  }
  if (
    approval.authorityOrganizationId &&
    !(await existingIds(tx, organizations, [approval.authorityOrganizationId])).size
  ) {
    throw new ValidationError(
      'organization.not_found',
      { id: approval.authorityOrganizationId },
      `${field}/authorityOrganizationId`,
    );
  }
}

/** The row an approval is stored as. */
export function approvalValues(agreementId: string, approval: ApprovalInput) {
  return {
    agreementId,
    partyOrganizationId: approval.partyOrganizationId ?? null,
    authorityOrganizationId: approval.authorityOrganizationId ?? null,
    authorityName: approval.authorityName ?? null,
    reference: approval.reference ?? null,
    decidedOn: approval.decidedOn ?? null,
    decision: approval.decision,
    note: approval.note ?? null,
  };
}

/** The approvals of an agreement as the lifecycle rules read them. */
export async function approvalFactsOf(tx: Database, agreementId: string) {
  const rows = await tx.select().from(approvals).where(eq(approvals.agreementId, agreementId));
  return rows.map((row) => ({ partyOrganizationId: row.partyOrganizationId, decision: row.decision }));
}

export async function addApproval(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  input: ApprovalInput,
): Promise<AgreementDetail> {
  await lockAgreement(tx, actingAs, agreementId);
  await validateApproval(tx, input, '', new Set(await partyOrganizationsOf(tx, agreementId)));
  const [approval] = await tx.insert(approvals).values(approvalValues(agreementId, input)).returning();
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'approval',
    entityId: approval!.id,
    after: approval,
  });
  return afterWrite(tx, actingAs, agreementId);
}

// ---------------------------------------------------------------- approval policies

/** The approval policies as the lifecycle rules read them: country → the status that needs one. */
export async function loadApprovalPolicies(db: Database): Promise<ApprovalPolicies> {
  const rows = await db.select().from(approvalPolicies);
  return new Map(rows.map((row) => [row.countryCode, row.requiredFrom]));
}

export async function listApprovalPolicies(db: Database): Promise<ApprovalPolicy[]> {
  return db.select().from(approvalPolicies).orderBy(asc(approvalPolicies.countryCode));
}

/** The statuses an approval policy may require an approval from: approval onwards. */
const APPROVAL_THRESHOLDS: readonly AgreementStatus[] = [
  'approved',
  'partially_signed',
  'signed',
  'in_force',
];

export async function setApprovalPolicy(
  tx: Database,
  actingAs: ActingAs,
  input: ApprovalPolicyInput & { countryCode: string },
): Promise<ApprovalPolicy> {
  assertCountry(input.countryCode, '/countryCode');
  if (!APPROVAL_THRESHOLDS.includes(input.requiredFrom)) {
    throw new ValidationError(
      'approval_policy.threshold_invalid',
      { statuses: anyOf(APPROVAL_THRESHOLDS.map((status) => label(`agreement_status.${status}`))) },
      '/requiredFrom',
    );
  }
  const [before] = await tx
    .select()
    .from(approvalPolicies)
    .where(eq(approvalPolicies.countryCode, input.countryCode));
  const values = {
    countryCode: input.countryCode,
    requiredFrom: input.requiredFrom,
    description: input.description ?? null,
  };
  const [after] = await tx
    .insert(approvalPolicies)
    .values(values)
    .onConflictDoUpdate({ target: approvalPolicies.countryCode, set: values })
    .returning();
  await recordChange(tx, actingAs, {
    action: before ? 'update' : 'create',
    entityType: 'approval_policy',
    entityId: input.countryCode,
    before,
    after,
  });
  return after!;
}
