import { and, eq, gt, isNull, or } from 'drizzle-orm';
import { recordChange } from '../../audit/audit.ts';
import type { Database } from '../../db/client.ts';
import type { Mailer } from '../../mail/mailer.ts';
import type { ActingAs } from '../../shared/actor.ts';
import { TooManyRequestsError, ValidationError } from '../../shared/errors.ts';
import { normalizeEmail } from '../email-address.ts';
import { resetMail } from '../mails.ts';
import { newSecret, secretHash } from '../secrets.ts';
import { closeAllSessions } from '../sessions/sessions.ts';
import { passwordResetRequests, passwordResetTokens, users } from '../tables.ts';
import { RESET_PER_ACCOUNT, RESET_PER_ADDRESS, retryAfterForAccountAndAddress } from '../throttle.ts';
import { revokeAllApiTokens } from '../tokens/tokens.ts';
import { assertStrongPassword, hashPassword } from './passwords.ts';
import type { PasswordResetInput } from './schemas.ts';

export const RESET_TOKEN_LIFETIME_MS = 60 * 60 * 1000;

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
 * whether it has one or not, so the form tells nobody which addresses are registered. Asking too
 * often for one address, or from one IP, is refused with the seconds to wait.
 */
export async function requestPasswordReset(
  tx: Database,
  actingAs: ActingAs,
  mailer: Mailer,
  input: { email: string; resetUrl: (token: string) => string },
): Promise<void> {
  const ip = actingAs.ip ?? 'unknown';
  const wait = await resetRetryAfter(tx, input.email, ip);
  if (wait > 0) throw new TooManyRequestsError('access.too_many_attempts', { seconds: wait }, wait);
  const email = normalizeEmail(input.email);
  await tx.insert(passwordResetRequests).values({ accountKey: email, ip });
  const [user] = await tx.select().from(users).where(eq(users.email, email));
  if (!user || user.disabledAt) return;
  const token = newSecret();
  const expiresAt = new Date(Date.now() + RESET_TOKEN_LIFETIME_MS);
  await tx.insert(passwordResetTokens).values({ tokenHash: secretHash(token), userId: user.id, expiresAt });
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
  input: PasswordResetInput,
): Promise<void> {
  const now = new Date();
  const [row] = await tx
    .select({ token: passwordResetTokens, user: users })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(
      and(
        eq(passwordResetTokens.tokenHash, secretHash(input.token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
      ),
    )
    .for('update');
  if (!row) throw new ValidationError('password_reset.link_invalid', '/token');
  await assertStrongPassword(input.password, [row.user.email, row.user.displayName]);
  await tx
    .update(users)
    .set({ passwordHash: await hashPassword(input.password), passwordChangedAt: now })
    .where(eq(users.id, row.user.id));
  await tx
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(eq(passwordResetTokens.tokenHash, row.token.tokenHash));
  await closeAllSessions(tx, row.user.id, now);
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
