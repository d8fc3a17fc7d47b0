import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import { recordChange } from '../../audit/audit.ts';
import type { Database } from '../../db/client.ts';
import type { Mailer } from '../../mail/mailer.ts';
import type { ActingAs } from '../../shared/actor.ts';
import { ValidationError } from '../../shared/errors.ts';
import { normalizeEmail, revokeAllApiTokens } from '../accounts.ts';
import { resetMail } from '../mails.ts';
import { assertStrongPassword, hashPassword } from './passwords.ts';
import { passwordResetRequests, passwordResetTokens, sessions, users } from '../tables.ts';
import { RESET_PER_ACCOUNT, RESET_PER_ADDRESS, retryAfterForAccountAndAddress } from '../throttle.ts';

export const RESET_TOKEN_LIFETIME_MS = 60 * 60 * 1000;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** Seconds before another reset may be asked for this address from this IP (0: now). */
export async function resetRetryAfter(
  db: Database,
  email: string,
  ip: string,
  now = new Date(),
): Promise<number> {
  const accountKey = normalizeEmail(email);
  const since = new Date(now.getTime() - RESET_PER_ACCOUNT.windowMs);
  const rows = await db
    .select()
    .from(passwordResetRequests)
    .where(
      and(
        gt(passwordResetRequests.at, since),
        or(eq(passwordResetRequests.accountKey, accountKey), eq(passwordResetRequests.ip, ip)),
      ),
    );
  return retryAfterForAccountAndAddress(
    rows.map((row) => ({ account: row.accountKey, ip: row.ip, at: row.at })),
    { account: accountKey, ip },
    { account: RESET_PER_ACCOUNT, address: RESET_PER_ADDRESS },
    now,
  );
}

/**
 * Emails a single-use reset link when the address has an account. The caller answers the same
 * whether it has one or not, so the form tells nobody which addresses are registered.
 */
export async function requestPasswordReset(
  tx: Database,
  actingAs: ActingAs,
  mailer: Mailer,
  input: { email: string; resetUrl: (token: string) => string },
): Promise<void> {
  const email = normalizeEmail(input.email);
  await tx.insert(passwordResetRequests).values({ accountKey: email, ip: actingAs.ip ?? 'unknown' });
  const [user] = await tx.select().from(users).where(eq(users.email, email));
  if (!user || user.disabledAt) return;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + RESET_TOKEN_LIFETIME_MS);
  await tx.insert(passwordResetTokens).values({ tokenHash: digest(token), userId: user.id, expiresAt });
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'password_reset',
    entityId: user.id,
    after: { expiresAt },
  });
  await mailer.send(resetMail(user, input.resetUrl(token), RESET_TOKEN_LIFETIME_MS / 60000));
}

/**
 * Sets a new password with a reset token: once, before it expires. Account recovery: every open
 * session is closed and every API token revoked, whoever held them.
 */
export async function resetPassword(
  tx: Database,
  actingAs: ActingAs,
  input: { token: string; password: string },
): Promise<void> {
  const now = new Date();
  const [row] = await tx
    .select({ token: passwordResetTokens, user: users })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(
      and(
        eq(passwordResetTokens.tokenHash, digest(input.token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
      ),
    )
    .for('update');
  if (!row) throw new ValidationError('password_reset.link_invalid', '/token');
  assertStrongPassword(input.password, [row.user.email, row.user.displayName]);
  await tx
    .update(users)
    .set({ passwordHash: await hashPassword(input.password), passwordChangedAt: now })
    .where(eq(users.id, row.user.id));
  await tx
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(eq(passwordResetTokens.tokenHash, row.token.tokenHash));
  await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, row.user.id), isNull(sessions.revokedAt)));
  const apiTokensRevoked = await revokeAllApiTokens(tx, row.user.id, now);
  await recordChange(
    tx,
    { ...actingAs, actor: `user:${row.user.id}` },
    {
      action: 'update',
      entityType: 'user',
      entityId: row.user.id,
      after: { passwordChangedAt: now, by: 'password reset', apiTokensRevoked },
    },
  );
}
