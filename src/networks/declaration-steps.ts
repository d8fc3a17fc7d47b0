import { and, eq, sql } from 'drizzle-orm';
import { type Principal, speaksFor } from '../accounts/policy.ts';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import type { ActingAs } from '../shared/actor.ts';
import { NotFoundError } from '../shared/errors.ts';
import { assertVersion, type ExpectedVersion } from '../shared/versions.ts';
import { assertDeclarationStep, type SidesActedFor } from './declaration-rules.ts';
import type { DeclarationStep } from './schemas.ts';
import { agreementDeclarations } from './tables.ts';

/** The sides of a declaration the principal acts for: the network judging it, the member declaring it. */
export function sidesOf(
  principal: Principal | null | undefined,
  row: { networkId: string; declaredById: string },
): SidesActedFor {
  if (!principal) return { network: false, member: false, admin: false };
  return {
    network: !principal.isPlatformAdmin && speaksFor(principal, row.networkId),
    member: !principal.isPlatformAdmin && speaksFor(principal, row.declaredById),
    admin: principal.isPlatformAdmin,
  };
}

/**
 * One step of an agreement's declaration to a network, through its transition table, by the side
 * the actor acts for; kept in the audit log. Whether the actor may read the agreement is the
 * caller's to check (the declaration's page does; a council's decision is its network's own word).
 */
export async function takeDeclarationStep(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  networkId: string,
  step: DeclarationStep,
  expected?: ExpectedVersion,
) {
  const [current] = await tx
    .select()
    .from(agreementDeclarations)
    .where(
      and(eq(agreementDeclarations.agreementId, agreementId), eq(agreementDeclarations.networkId, networkId)),
    )
    .for('update');
  if (!current) throw new NotFoundError('declaration.not_found', { id: agreementId, network: networkId });
  const principal = actingAs.principal;
  const sides =
    principal === undefined ? { network: true, member: true, admin: true } : sidesOf(principal, current);
  const to = assertDeclarationStep(current.status, step.action, sides, step.reason);
  assertVersion(expected, current.version);
  const byNetwork = step.action !== 'redeclare';
  const [row] = await tx
    .update(agreementDeclarations)
    .set({
      status: to,
      reason: step.action === 'return' ? step.reason!.trim() : null,
      ...(byNetwork ? { decidedBy: principal?.userId ?? null, decidedAt: new Date() } : {}),
      version: sql`${agreementDeclarations.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(agreementDeclarations.id, current.id))
    .returning();
  await recordChange(tx, actingAs, {
    action: 'transition',
    entityType: 'agreement_declaration',
    entityId: current.id,
    before: { status: current.status, reason: current.reason },
    after: { status: row!.status, reason: row!.reason, action: step.action },
  });
  return row!;
}
