import { createHash } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import type { ActingAs } from '../shared/actor.ts';
import { ConflictError, ValidationError } from '../shared/errors.ts';
import type { User } from './accounts.ts';
import { requiresTwoFactor } from './policy.ts';
import { recoveryCodes, users } from './tables.ts';
import {
  acceptTotp,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  totpUri,
} from './two-factor.ts';

const digest = (code: string) => createHash('sha256').update(normalizeRecoveryCode(code)).digest('hex');

async function userRow(tx: Database, userId: string) {
  const [row] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  if (!row) throw new ValidationError('no such account', '/');
  return row;
}

/** Offers a new secret for the person's authenticator app; it counts only once a code from it is confirmed. */
export async function beginTwoFactorSetup(
  tx: Database,
  user: User,
): Promise<{ secret: string; otpauthUri: string }> {
  const row = await userRow(tx, user.id);
  if (row.totpEnabledAt) throw new ConflictError('two-factor sign-in is on already', '/');
  const secret = newTotpSecret();
  await tx.update(users).set({ totpPendingSecret: secret }).where(eq(users.id, user.id));
  return { secret, otpauthUri: totpUri(secret, user.email) };
}

async function replaceRecoveryCodes(tx: Database, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: digest(code) })));
  return codes;
}

/** Turns two-factor sign-in on with a code from the app; returns the recovery codes, shown this once. */
export async function enableTwoFactor(
  tx: Database,
  actingAs: ActingAs,
  user: User,
  code: string,
): Promise<{ recoveryCodes: string[] }> {
  const row = await userRow(tx, user.id);
  if (row.totpEnabledAt) throw new ConflictError('two-factor sign-in is on already', '/code');
  if (!row.totpPendingSecret) throw new ConflictError('start the set-up first', '/code');
  const step = acceptTotp(row.totpPendingSecret, code, null);
  if (step === null) throw new ValidationError('this code is not the one the app shows now', '/code');
  const now = new Date();
  await tx
    .update(users)
    .set({
      totpSecret: row.totpPendingSecret,
      totpPendingSecret: null,
      totpEnabledAt: now,
      totpLastStep: step,
    })
    .where(eq(users.id, user.id));
  const codes = await replaceRecoveryCodes(tx, user.id);
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'user',
    entityId: user.id,
    after: { twoFactorEnabledAt: now },
  });
  return { recoveryCodes: codes };
}

/** Turns two-factor sign-in off, for those who may go without it. */
export async function disableTwoFactor(tx: Database, actingAs: ActingAs, user: User): Promise<void> {
  const row = await userRow(tx, user.id);
  if (!row.totpEnabledAt) throw new ConflictError('two-factor sign-in is off already', '/');
  if (requiresTwoFactor(row)) {
    throw new ConflictError('platform admins must keep two-factor sign-in on', '/');
  }
  await tx
    .update(users)
    .set({ totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null })
    .where(eq(users.id, user.id));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'user',
    entityId: user.id,
    after: { twoFactorEnabledAt: null },
  });
}

/** New recovery codes in place of the old ones (all of them, used or not). */
export async function regenerateRecoveryCodes(
  tx: Database,
  actingAs: ActingAs,
  user: User,
): Promise<{ recoveryCodes: string[] }> {
  const row = await userRow(tx, user.id);
  if (!row.totpEnabledAt) throw new ConflictError('two-factor sign-in is off', '/');
  const codes = await replaceRecoveryCodes(tx, user.id);
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'user',
    entityId: user.id,
    after: { recoveryCodesRegeneratedAt: new Date() },
  });
  return { recoveryCodes: codes };
}

/**
 * Checks the second factor at sign-in: a code from the app (each time step once) or an unused
 * recovery code (then spent). True when it is good.
 */
export async function verifySecondFactor(tx: Database, userId: string, code: string): Promise<boolean> {
  const row = await userRow(tx, userId);
  if (!row.totpSecret) return false;
  const step = acceptTotp(row.totpSecret, code, row.totpLastStep);
  if (step !== null) {
    await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, userId));
    return true;
  }
  if (!looksLikeRecoveryCode(code)) return false;
  const [spent] = await tx
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, digest(code)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return spent !== undefined;
}

/** How many recovery codes are left, so the person knows when to make new ones. */
export async function recoveryCodesLeft(db: Database, userId: string): Promise<number> {
  const rows = await db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}
