import { eq } from 'drizzle-orm';
import { recordChange } from '../../audit/audit.ts';
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { ActingAs } from '../../shared/actor.ts';
import { TooManyRequestsError, ValidationError } from '../../shared/errors.ts';
import type { User } from '../schemas.ts';
import { closeAllSessions } from '../sessions/sessions.ts';
import {
  type FailureNotice,
  recordSignInFailure,
  sendFailureWarning,
  signInRetryAfter,
} from '../sessions/sign-in.ts';
import { users } from '../tables.ts';
import { revokeAllApiTokens } from '../tokens/tokens.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords.ts';

/**
 * Asks for the password again before a change to how the person signs in (email, password, second
 * factor), so a session left open on a shared computer cannot take the account over. Wrong answers
 * count as failed sign-ins, with the same backoff, and are refused naming `field`.
 */
export async function confirmPassword(
  db: Database,
  user: User,
  password: string,
  ip: string,
  notice?: FailureNotice,
  field = '/password',
): Promise<void> {
  const wait = await signInRetryAfter(db, user.email, ip);
  if (wait > 0) throw new TooManyRequestsError('password.too_many_attempts', {}, wait);
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  if (!row || !(await verifyPassword(row.hash, password))) {
    sendFailureWarning(await inTransaction(db, (tx) => recordSignInFailure(tx, user.email, ip)), notice);
    throw new ValidationError('password.wrong', field);
  }
}

/**
 * Sets a new password; every other session of the person is closed (the one in use stays open),
 * and their API tokens are revoked unless they ask to keep them.
 */
export async function changePassword(
  tx: Database,
  actingAs: ActingAs,
  user: User,
  newPassword: string,
  options: { currentSessionToken?: string; keepApiTokens?: boolean } = {},
): Promise<{ apiTokensRevoked: number }> {
  await assertStrongPassword(newPassword, [user.email, user.displayName], '/newPassword');
  const now = new Date();
  await tx
    .update(users)
    .set({ passwordHash: await hashPassword(newPassword), passwordChangedAt: now })
    .where(eq(users.id, user.id));
  await closeAllSessions(tx, user.id, now, options.currentSessionToken);
  const apiTokensRevoked = options.keepApiTokens ? 0 : await revokeAllApiTokens(tx, user.id, now);
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'user',
    entityId: user.id,
    after: { passwordChangedAt: now, apiTokensRevoked },
  });
  return { apiTokensRevoked };
}
