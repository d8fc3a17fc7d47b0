import { and, eq, isNotNull, isNull, ne, or } from 'drizzle-orm';
import { recordChange } from '../../audit/audit.ts';
import type { Database } from '../../db/client.ts';
import type { ActingAs } from '../../shared/actor.ts';
import { ConflictError, ValidationError } from '../../shared/errors.ts';
import { requiresTwoFactor } from '../policy.ts';
import type { User } from '../schemas.ts';
import { decryptSecret, encryptSecret, type Keyring } from '../secret-keys.ts';
import { secretHash } from '../secrets.ts';
import { recoveryCodes, users } from '../tables.ts';
import {
  acceptTotp,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  totpUri,
} from './codes.ts';
import type { RecoveryCodes, TwoFactorSetup, TwoFactorStatus } from './schemas.ts';

/** A recovery code is stored, and looked up, as the hash of its normalized form. */
const recoveryCodeHash = (code: string) => secretHash(normalizeRecoveryCode(code));

async function userRow(tx: Database, userId: string) {
  const [row] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  if (!row) throw new ValidationError('account.not_found', { id: userId }, '/');
  return row;
}

type UserRow = typeof users.$inferSelect;

// A secret is bound to its account: copied onto another row, it does not decrypt.
const secretContext = (userId: string) => `totp:${userId}`;

/** The row's TOTP secrets in clear; those from before encryption (no key id) are in clear already. */
function openSecrets(keyring: Keyring, row: UserRow): { active: string | null; pending: string | null } {
  const open = (stored: string | null) =>
    stored === null || row.totpKeyId === null
      ? stored
      : decryptSecret(keyring, row.totpKeyId, stored, secretContext(row.id));
  return { active: open(row.totpSecret), pending: open(row.totpPendingSecret) };
}

/** The columns that store these secrets, encrypted with the current key. */
function sealSecrets(
  keyring: Keyring,
  userId: string,
  secrets: { active: string | null; pending: string | null },
) {
  const seal = (secret: string | null) =>
    secret === null ? null : encryptSecret(keyring, secret, secretContext(userId)).ciphertext;
  return {
    totpSecret: seal(secrets.active),
    totpPendingSecret: seal(secrets.pending),
    totpKeyId: secrets.active === null && secrets.pending === null ? null : keyring.current.id,
  };
}

/** Offers a new secret for the person's authenticator app; it counts only once a code from it is confirmed. */
export async function beginTwoFactorSetup(
  tx: Database,
  actingAs: ActingAs,
  keyring: Keyring,
  user: User,
): Promise<TwoFactorSetup> {
  const row = await userRow(tx, user.id);
  if (row.totpEnabledAt) throw new ConflictError('two_factor.already_on', '/');
  const secret = newTotpSecret();
  await tx
    .update(users)
    .set(sealSecrets(keyring, user.id, { active: null, pending: secret }))
    .where(eq(users.id, user.id));
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'user',
    entityId: user.id,
    after: { twoFactorSetupStartedAt: new Date() },
  });
  return { secret, otpauthUri: totpUri(secret, user.email) };
}

async function replaceRecoveryCodes(tx: Database, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: recoveryCodeHash(code) })));
  return codes;
}

/** Turns two-factor sign-in on with a code from the app; returns the recovery codes, shown this once. */
export async function enableTwoFactor(
  tx: Database,
  actingAs: ActingAs,
  keyring: Keyring,
  user: User,
  code: string,
): Promise<RecoveryCodes> {
  const row = await userRow(tx, user.id);
  if (row.totpEnabledAt) throw new ConflictError('two_factor.already_on', '/code');
  const { pending } = openSecrets(keyring, row);
  if (!pending) throw new ConflictError('two_factor.setup_not_started', '/code');
  const step = acceptTotp(pending, code, null);
  if (step === null) throw new ValidationError('two_factor.code_not_current', '/code');
  const now = new Date();
  await tx
    .update(users)
    .set({
      ...sealSecrets(keyring, user.id, { active: pending, pending: null }),
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
  if (!row.totpEnabledAt) throw new ConflictError('two_factor.already_off', '/');
  if (requiresTwoFactor(row)) {
    throw new ConflictError('two_factor.required_for_admins', '/');
  }
  await tx
    .update(users)
    .set({
      totpSecret: null,
      totpPendingSecret: null,
      totpKeyId: null,
      totpEnabledAt: null,
      totpLastStep: null,
    })
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
): Promise<RecoveryCodes> {
  const row = await userRow(tx, user.id);
  if (!row.totpEnabledAt) throw new ConflictError('two_factor.off', '/');
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
 * recovery code (then spent). Answers which one was good, or null.
 */
export async function verifySecondFactor(
  tx: Database,
  keyring: Keyring,
  userId: string,
  code: string,
): Promise<'app code' | 'recovery code' | null> {
  const row = await userRow(tx, userId);
  const secrets = openSecrets(keyring, row);
  if (!secrets.active) return null;
  // A secret still in clear, or under an older key, is sealed with the current key at this use.
  if (row.totpKeyId !== keyring.current.id) {
    await tx
      .update(users)
      .set(sealSecrets(keyring, userId, secrets))
      .where(eq(users.id, userId));
  }
  const step = acceptTotp(secrets.active, code, row.totpLastStep);
  if (step !== null) {
    await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, userId));
    return 'app code';
  }
  if (!looksLikeRecoveryCode(code)) return null;
  const [spent] = await tx
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, recoveryCodeHash(code)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return spent === undefined ? null : 'recovery code';
}

/** How many recovery codes are left, so the person knows when to make new ones. */
export async function recoveryCodesLeft(db: Database, userId: string): Promise<number> {
  const rows = await db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}

/** Whether two-factor sign-in is on for the user, whether they must have it, and the codes left. */
export async function twoFactorStatus(db: Database, user: User): Promise<TwoFactorStatus> {
  return {
    enabled: user.twoFactorEnabled,
    required: user.isPlatformAdmin,
    recoveryCodesLeft: user.twoFactorEnabled ? await recoveryCodesLeft(db, user.id) : 0,
  };
}

/**
 * Encrypts TOTP secrets with the keyring's current key: at start, those still in clear (from before
 * secrets were encrypted); in `jumelage keys rotate`, those under any other key too (which the
 * keyring must still hold). Answers how many accounts it changed and the key ids it found.
 */
export async function sealAllSecrets(
  tx: Database,
  actingAs: ActingAs,
  keyring: Keyring,
  which: 'in clear' | 'not under the current key',
): Promise<{ accounts: number; fromKeys: string[] }> {
  const rows = await tx
    .select()
    .from(users)
    .where(
      and(
        or(isNotNull(users.totpSecret), isNotNull(users.totpPendingSecret)),
        which === 'in clear'
          ? isNull(users.totpKeyId)
          : or(isNull(users.totpKeyId), ne(users.totpKeyId, keyring.current.id)),
      ),
    )
    .for('update');
  for (const row of rows) {
    await tx
      .update(users)
      .set(sealSecrets(keyring, row.id, openSecrets(keyring, row)))
      .where(eq(users.id, row.id));
  }
  const fromKeys = [...new Set(rows.map((row) => row.totpKeyId ?? 'clear text'))];
  if (rows.length > 0) {
    await recordChange(tx, actingAs, {
      action: 'update',
      entityType: 'secret_keys',
      entityId: keyring.current.id,
      after: { accounts: rows.length, fromKeys },
    });
  }
  return { accounts: rows.length, fromKeys };
}

/** The key ids secrets in this database are encrypted with (none: every one is in clear or absent). */
export async function keyIdsInUse(db: Database): Promise<string[]> {
  const rows = await db
    .selectDistinct({ keyId: users.totpKeyId })
    .from(users)
    .where(isNotNull(users.totpKeyId));
  return rows.map((row) => row.keyId!);
}
