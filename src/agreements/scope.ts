import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { agreementCorrections, agreementParties } from './tables.ts';

/**
 * The organizations that are parties to an agreement: whoever acts for one of them (or for a
 * network of all of them) may change it. Parties described without an organization count for none.
 */
export async function partyOrganizationsOf(db: Database, agreementId: string): Promise<string[]> {
  const rows = await db
    .select({ organizationId: agreementParties.organizationId })
    .from(agreementParties)
    .where(eq(agreementParties.agreementId, agreementId));
  return rows.flatMap((row) => (row.organizationId ? [row.organizationId] : []));
}

/** The parties of the agreement a correction is of: none when there is no such correction. */
export async function partyOrganizationsOfCorrection(db: Database, correctionId: string): Promise<string[]> {
  const rows = await db
    .select({ organizationId: agreementParties.organizationId })
    .from(agreementCorrections)
    .innerJoin(agreementParties, eq(agreementParties.agreementId, agreementCorrections.agreementId))
    .where(eq(agreementCorrections.id, correctionId));
  return rows.flatMap((row) => (row.organizationId ? [row.organizationId] : []));
}
