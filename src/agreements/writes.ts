import { eq, sql } from 'drizzle-orm';
import { canActFor } from '../accounts/policy.ts';
import { canRead } from '../accounts/visibility.ts';
import type { Database } from '../db/client.ts';
import type { ActingAs } from '../shared/actor.ts';
import { ForbiddenError, NotFoundError } from '../shared/errors.ts';
import { assertVersion, type ExpectedVersion } from '../shared/versions.ts';
import { getAgreement } from './reading.ts';
import type { AgreementDetail } from './schemas.ts';
import { agreements } from './tables.ts';
import { readableFactsOf, writerAsReader } from './visibility.ts';

// What every write to an agreement goes through: the lock and version before it, the rights
// before and after it, and the answer its author may read.

/**
 * A write to an agreement is allowed only if the one making it may read the agreement and act for
 * its parties — checked on the agreement as it was (before the change; not found if they may not
 * read it, as for a read) and as it will be (after the change, in the same transaction: refused if
 * the change would hand the record to parties they do not act for, or take it out of their sight).
 */
async function assertMayWrite(tx: Database, actingAs: ActingAs, id: string, moment: 'before' | 'after') {
  if (actingAs.principal === undefined) return;
  const [row] = await tx.select().from(agreements).where(eq(agreements.id, id));
  if (!row) throw new NotFoundError('agreement.not_found', { id });
  const { readable, facts } = await readableFactsOf(tx, row);
  const reader = await writerAsReader(tx, actingAs);
  if (!canRead(reader, readable)) {
    if (moment === 'before') throw new NotFoundError('agreement.not_found', { id });
    throw new ForbiddenError('agreement.readers_lose_access', '/readers');
  }
  if (!actingAs.principal || !canActFor(actingAs.principal, facts)) {
    if (moment === 'before') throw new ForbiddenError('agreement.not_acting_for_parties');
    throw new ForbiddenError('agreement.not_acting_for_new_parties', '/parties');
  }
}

/**
 * Locks the agreement for the rest of the transaction, once the actor may write to it as it is and
 * (when the edit says which version it was made on) it is still that version; then counts the
 * write in its version. Every write to an agreement, its parts, signatories, approvals, documents
 * or sources comes through here, so each one changes the agreement's ETag, and a refused write,
 * rolled back, changes nothing.
 */
export async function lockAgreement(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  expected?: ExpectedVersion,
) {
  const [row] = await tx.select().from(agreements).where(eq(agreements.id, id)).for('update');
  if (!row) throw new NotFoundError('agreement.not_found', { id });
  await assertMayWrite(tx, actingAs, id, 'before');
  assertVersion(expected, row.version);
  await tx
    .update(agreements)
    .set({ version: sql`${agreements.version} + 1` })
    .where(eq(agreements.id, id));
  return row;
}

/** Checks the agreement as the write leaves it, and answers it as its author may read it. */
export async function afterWrite(tx: Database, actingAs: ActingAs, id: string): Promise<AgreementDetail> {
  await assertMayWrite(tx, actingAs, id, 'after');
  return getAgreement(tx, id, await writerAsReader(tx, actingAs), actingAs.principal);
}
