import { and, eq, gt, isNull } from 'drizzle-orm';
import { recordChange } from '../../audit/audit.ts';
import type { Database } from '../../db/client.ts';
import type { Mailer } from '../../mail/mailer.ts';
import type { ActingAs } from '../../shared/actor.ts';
import { ConflictError, ValidationError } from '../../shared/errors.ts';
import { lookAlikeAccounts } from '../accounts.ts';
import { assertAcceptableEmail, emailSkeleton, normalizeEmail } from '../email-address.ts';
import { emailConfirmMail, emailNoticeMail } from '../mails.ts';
import type { User } from '../schemas.ts';
import { newSecret, secretHash } from '../secrets.ts';
import { emailChanges, users } from '../tables.ts';

export const EMAIL_CHANGE_LIFETIME_HOURS = 24;

/**
 * Starts moving an account to a new address: a link goes to the new address (proving it is the
 * person's), a notice to the old one (so a hijacker cannot move the account silently).
 */
export async function requestEmailChange(
  tx: Database,
  actingAs: ActingAs,
  mailer: Mailer,
  user: User,
  input: { newEmail: string; confirmUrl: (token: string) => string },
): Promise<void> {
  const newEmail = normalizeEmail(input.newEmail);
  assertAcceptableEmail(newEmail, '/newEmail');
  if (newEmail === user.email) throw new ValidationError('email.unchanged', '/newEmail');
  // Said only to a signed-in person who just typed their password again; the public never learns it.
  if ((await lookAlikeAccounts(tx, newEmail, user.id)).length > 0) {
    throw new ConflictError('email.taken', '/newEmail');
  }
  const token = newSecret();
  const expiresAt = new Date(Date.now() + EMAIL_CHANGE_LIFETIME_HOURS * 60 * 60 * 1000);
  await tx
    .insert(emailChanges)
    .values({ tokenHash: secretHash(token), userId: user.id, newEmail, expiresAt });
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'email_change',
    entityId: user.id,
    after: { newEmail, expiresAt },
  });
  await mailer.send(emailConfirmMail(newEmail, user, input.confirmUrl(token), EMAIL_CHANGE_LIFETIME_HOURS));
  await mailer.send(emailNoticeMail(user, newEmail));
}

/** Moves the account to the confirmed address; the link works once, before it expires. */
export async function confirmEmailChange(
  tx: Database,
  actingAs: ActingAs,
  input: { token: string },
): Promise<string> {
  const now = new Date();
  const [change] = await tx
    .select()
    .from(emailChanges)
    .where(
      and(
        eq(emailChanges.tokenHash, secretHash(input.token)),
        isNull(emailChanges.usedAt),
        gt(emailChanges.expiresAt, now),
      ),
    )
    .for('update');
  if (!change) {
    throw new ValidationError('email_change.link_invalid', '/token');
  }
  if ((await lookAlikeAccounts(tx, change.newEmail, change.userId)).length > 0) {
    throw new ConflictError('email_change.address_taken', '/token');
  }
  const [before] = await tx.select({ email: users.email }).from(users).where(eq(users.id, change.userId));
  await tx
    .update(users)
    .set({ email: change.newEmail, emailSkeleton: emailSkeleton(change.newEmail) })
    .where(eq(users.id, change.userId));
  await tx.update(emailChanges).set({ usedAt: now }).where(eq(emailChanges.tokenHash, change.tokenHash));
  await recordChange(
    tx,
    { ...actingAs, actor: `user:${change.userId}` },
    {
      action: 'update',
      entityType: 'user',
      entityId: change.userId,
      before: { email: before?.email },
      after: { email: change.newEmail },
    },
  );
  return change.newEmail;
}
