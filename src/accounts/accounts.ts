import { eq, isNull, or } from 'drizzle-orm';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import type { ActingAs } from '../shared/actor.ts';
import { ConflictError, ValidationError } from '../shared/errors.ts';
import { assertAcceptableEmail, emailSkeleton, normalizeEmail } from './email-address.ts';
import { assertStrongPassword, hashPassword } from './passwords/passwords.ts';
import {
  adminRightsInForce,
  type Grant,
  type Principal,
  requiresTwoFactor,
  type ScopedRole,
} from './policy.ts';
import type { User } from './schemas.ts';
import { roleGrants, users } from './tables.ts';

/**
 * The account itself: made (by the command line or an invitation), read as a User, and given roles.
 * How it signs in lives in sessions/, passwords/ and two-factor/.
 */

export function toUser(row: typeof users.$inferSelect): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    language: row.language,
    isPlatformAdmin: row.isPlatformAdmin,
    twoFactorEnabled: row.totpEnabledAt !== null,
    twoFactorRequired: requiresTwoFactor(row) && row.totpEnabledAt === null,
    createdAt: row.createdAt,
  };
}

/**
 * The accounts whose address is this one or looks like it (one confusable skeleton). Rows from
 * before skeletons were stored are compared too, until the server has filled theirs in.
 */
export async function lookAlikeAccounts(
  db: Database,
  email: string,
  except?: string,
): Promise<Array<typeof users.$inferSelect>> {
  const skeleton = emailSkeleton(email);
  const rows = await db
    .select()
    .from(users)
    .where(
      or(
        eq(users.email, normalizeEmail(email)),
        eq(users.emailSkeleton, skeleton),
        isNull(users.emailSkeleton),
      ),
    );
  return rows.filter(
    (row) =>
      row.id !== except && (row.email === normalizeEmail(email) || emailSkeleton(row.email) === skeleton),
  );
}

/** Fills in the skeleton of addresses stored before skeletons were; runs at start. */
export async function fillEmailSkeletons(db: Database): Promise<number> {
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(isNull(users.emailSkeleton));
  for (const row of rows) {
    await db
      .update(users)
      .set({ emailSkeleton: emailSkeleton(row.email) })
      .where(eq(users.id, row.id));
  }
  return rows.length;
}

export async function createUser(
  tx: Database,
  actingAs: ActingAs,
  input: {
    email: string;
    displayName: string;
    password: string;
    language?: string;
    isPlatformAdmin?: boolean;
  },
): Promise<User> {
  const email = normalizeEmail(input.email);
  assertAcceptableEmail(email);
  if (input.displayName.trim() === '') throw new ValidationError('text.blank', '/displayName');
  await assertStrongPassword(input.password, [email, input.displayName]);
  if ((await lookAlikeAccounts(tx, email)).length > 0) {
    throw new ConflictError('account.email_taken', '/email');
  }
  const [row] = await tx
    .insert(users)
    .values({
      email,
      emailSkeleton: emailSkeleton(email),
      displayName: input.displayName.trim(),
      passwordHash: await hashPassword(input.password),
      language: input.language ?? 'en',
      isPlatformAdmin: input.isPlatformAdmin ?? false,
    })
    .returning();
  const user = toUser(row!);
  await recordChange(tx, actingAs, { action: 'create', entityType: 'user', entityId: user.id, after: user });
  return user;
}

/** The user with their roles, as authorization needs them. */
export async function loadPrincipal(db: Database, user: User): Promise<Principal> {
  const grants = await db
    .select({ role: roleGrants.role, scopeId: roleGrants.scopeId })
    .from(roleGrants)
    .where(eq(roleGrants.userId, user.id));
  return principalOf(user, grants);
}

/** The user as authorization sees them, their roles being known. */
export function principalOf(user: User, grants: Grant[]): Principal {
  return { userId: user.id, isPlatformAdmin: adminRightsInForce(user), grants };
}

export async function grantRole(
  tx: Database,
  actingAs: ActingAs,
  input: { userId: string; role: ScopedRole; scopeId: string },
): Promise<void> {
  const [row] = await tx
    .insert(roleGrants)
    .values({ ...input, grantedBy: actingAs.actor })
    .returning();
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'role_grant',
    entityId: row!.id,
    after: row,
  });
}
