import { and, asc, eq, ilike, inArray, or } from 'drizzle-orm';
import { recordChange } from '../../audit/audit.ts';
import type { Database } from '../../db/client.ts';
import { organizations } from '../../organizations/tables.ts';
import { people } from '../../people/tables.ts';
import type { ActingAs } from '../../shared/actor.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { grantRole, toUser } from '../accounts.ts';
import type { RoleGrant } from '../schemas.ts';
import { closeAllSessions } from '../sessions/sessions.ts';
import { roleGrants, users } from '../tables.ts';
import { revokeAllApiTokens } from '../tokens/tokens.ts';
import type { ManagedUser } from './schemas.ts';

/** Accounts with their roles, for platform admins; `q` matches a name or an address. */
export async function listUsers(db: Database, query: { q?: string; limit?: number }): Promise<ManagedUser[]> {
  const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%` : undefined;
  const rows = await db
    .select()
    .from(users)
    .where(pattern ? or(ilike(users.email, pattern), ilike(users.displayName, pattern)) : undefined)
    .orderBy(asc(users.email))
    .limit(query.limit ?? 100);
  const ids = rows.map((row) => row.id);
  const grants = ids.length
    ? await db
        .select()
        .from(roleGrants)
        .where(inArray(roleGrants.userId, ids))
        .orderBy(asc(roleGrants.createdAt))
    : [];
  return rows.map((row) => ({
    ...toUser(row),
    disabledAt: row.disabledAt,
    grants: grants
      .filter((grant) => grant.userId === row.id)
      .map((grant) => ({ id: grant.id, role: grant.role, scopeId: grant.scopeId })),
  }));
}

async function existingUser(tx: Database, id: string) {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  if (!row) throw new NotFoundError('account.not_found', { id });
  return row;
}

/** Gives an existing account a role in a scope (a reviewer's fund call is not an organization). */
export async function addRole(
  tx: Database,
  actingAs: ActingAs,
  userId: string,
  grant: RoleGrant,
): Promise<void> {
  await existingUser(tx, userId);
  if (grant.role !== 'reviewer') {
    const [scope] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, grant.scopeId));
    if (!scope) throw new ValidationError('grant.scope_not_found', '/scopeId');
  }
  const [already] = await tx
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.userId, userId),
        eq(roleGrants.role, grant.role),
        eq(roleGrants.scopeId, grant.scopeId),
      ),
    );
  if (already) throw new ConflictError('grant.duplicate', '/role');
  await grantRole(tx, actingAs, { userId, ...grant });
}

export async function removeRole(
  tx: Database,
  actingAs: ActingAs,
  userId: string,
  grantId: string,
): Promise<void> {
  const [row] = await tx
    .delete(roleGrants)
    .where(and(eq(roleGrants.id, grantId), eq(roleGrants.userId, userId)))
    .returning();
  if (!row) throw new NotFoundError('grant.not_found', { id: grantId, userId });
  await recordChange(tx, actingAs, {
    action: 'delete',
    entityType: 'role_grant',
    entityId: grantId,
    before: row,
  });
}

/**
 * Disables an account: it can no longer sign in, and its sessions and tokens stop at once.
 * Nothing it wrote is removed; the audit trail keeps naming it.
 */
export async function disableUser(tx: Database, actingAs: ActingAs, userId: string): Promise<void> {
  const row = await existingUser(tx, userId);
  if (actingAs.actor === `user:${userId}`) throw new ConflictError('account.disable_self', '/');
  if (row.disabledAt) return;
  const now = new Date();
  await tx.update(users).set({ disabledAt: now }).where(eq(users.id, userId));
  await closeAllSessions(tx, userId, now);
  await revokeAllApiTokens(tx, userId, now);
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'user',
    entityId: userId,
    after: { disabledAt: now },
  });
}

export async function enableUser(tx: Database, actingAs: ActingAs, userId: string): Promise<void> {
  const row = await existingUser(tx, userId);
  if (!row.disabledAt) return;
  await tx.update(users).set({ disabledAt: null }).where(eq(users.id, userId));
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'user',
    entityId: userId,
    after: { disabledAt: null },
  });
}

/**
 * Links an account to the person of the registry it belongs to (or unlinks it with null): from then
 * on that person confirms the posts organizations record for them and keeps their contact details.
 * Only a platform admin links, having checked who the account holder is.
 */
export async function linkPerson(
  tx: Database,
  actingAs: ActingAs,
  userId: string,
  personId: string | null,
): Promise<void> {
  const before = await existingUser(tx, userId);
  if (personId) {
    const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, personId));
    if (!person) throw new ValidationError('person.not_found', { id: personId }, '/personId');
    const [other] = await tx.select({ id: users.id }).from(users).where(eq(users.personId, personId));
    if (other && other.id !== userId) {
      throw new ConflictError('account.person_linked_elsewhere', '/personId');
    }
  }
  await tx.update(users).set({ personId }).where(eq(users.id, userId));
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'user',
    entityId: userId,
    before: { personId: before.personId },
    after: { personId },
  });
}
