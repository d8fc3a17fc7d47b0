import { and, desc, eq, gt, isNull, or } from 'drizzle-orm';
import { recordChange } from '../../audit/audit.ts';
import type { Database } from '../../db/client.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { organizations } from '../../organizations/tables.ts';
import type { ActingAs } from '../../shared/actor.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  ValidationError,
} from '../../shared/errors.ts';
import { createUser, grantRole, loadPrincipal, lookAlikeAccounts, toUser } from '../accounts.ts';
import { assertAcceptableEmail, normalizeEmail } from '../email-address.ts';
import { invitationMail, invitedWithAccountMail } from '../mails.ts';
import { canInvite, type Principal } from '../policy.ts';
import type { User } from '../schemas.ts';
import { scopeFacts } from '../scopes.ts';
import { newSecret, secretHash } from '../secrets.ts';
import { openSession } from '../sessions/sessions.ts';
import { invitations, users } from '../tables.ts';
import { INVITE_PER_ACCOUNT, INVITE_PER_ADDRESS, retryAfterForAccountAndAddress } from '../throttle.ts';
import type { Invitation, InvitationInput, SignUpInput } from './schemas.ts';

export const INVITATION_LIFETIME_DAYS = 14;

function toInvitation(row: typeof invitations.$inferSelect): Invitation {
  const { tokenHash: _hash, ip: _ip, acceptedBy: _by, ...invitation } = row;
  return invitation;
}

/** Seconds before this user, from this address, may send another invitation (0: now). */
export async function inviteRetryAfter(
  db: Database,
  userId: string,
  ip: string,
  now = new Date(),
): Promise<number> {
  const since = new Date(now.getTime() - INVITE_PER_ACCOUNT.windowMs);
  const rows = await db
    .select({ invitedBy: invitations.invitedBy, ip: invitations.ip, at: invitations.createdAt })
    .from(invitations)
    .where(
      and(gt(invitations.createdAt, since), or(eq(invitations.invitedBy, userId), eq(invitations.ip, ip))),
    );
  return retryAfterForAccountAndAddress(
    rows.map((row) => ({ account: row.invitedBy, ip: row.ip, at: row.at })),
    { account: userId, ip },
    { account: INVITE_PER_ACCOUNT, address: INVITE_PER_ADDRESS },
    now,
  );
}

/**
 * Invites an address, with the roles the person will hold, and emails them a single-use link.
 * The roles must be the inviter's to give (see canInvite); the scopes must exist. Inviting too
 * many in a short time is refused with the seconds to wait.
 *
 * The answer is the same whether or not the address (or one that looks like it) has an account,
 * so an invitation tells the inviter nothing about who is registered. When it has one, that
 * account is told by email instead, and no sign-up link is sent to anyone.
 */
export async function createInvitation(
  tx: Database,
  actingAs: ActingAs,
  context: { principal: Principal; inviter: User; mailer: Mailer; signUpUrl: (token: string) => string },
  input: InvitationInput,
): Promise<Invitation> {
  const wait = await inviteRetryAfter(tx, context.inviter.id, actingAs.ip ?? 'unknown');
  if (wait > 0) throw new TooManyRequestsError('access.too_many_attempts', { seconds: wait }, wait);
  const email = normalizeEmail(input.email);
  assertAcceptableEmail(email);
  const scopes = [...new Set(input.grants.map((grant) => grant.scopeId))];
  if (scopes.length > 0) {
    const found = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(or(...scopes.map((id) => eq(organizations.id, id))));
    const known = new Set(found.map((row) => row.id));
    const missing = input.grants.findIndex((grant) => !known.has(grant.scopeId));
    if (missing >= 0 && input.grants[missing]!.role !== 'reviewer') {
      throw new ValidationError('grant.scope_not_found', `/grants/${missing}/scopeId`);
    }
  }
  const facts = await scopeFacts(tx, scopes);
  if (
    !canInvite(
      context.principal,
      { grants: input.grants, platformAdmin: input.platformAdmin ?? false },
      facts.networksOf,
    )
  ) {
    throw new ForbiddenError('invitation.scope_forbidden');
  }
  const [existing] = await lookAlikeAccounts(tx, email);
  const token = newSecret();
  const [row] = await tx
    .insert(invitations)
    .values({
      tokenHash: secretHash(token),
      email,
      displayName: input.displayName?.trim() || null,
      language: input.language,
      grants: input.grants,
      platformAdmin: input.platformAdmin ?? false,
      invitedBy: context.inviter.id,
      ip: actingAs.ip ?? 'unknown',
      expiresAt: new Date(Date.now() + INVITATION_LIFETIME_DAYS * 24 * 60 * 60 * 1000),
    })
    .returning();
  const invitation = toInvitation(row!);
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'invitation',
    entityId: invitation.id,
    after: invitation,
  });
  // Sent last, inside the transaction: if the mail server refuses, no invitation is left behind.
  await context.mailer.send(
    existing
      ? invitedWithAccountMail(existing, context.inviter.displayName, email)
      : invitationMail(
          email,
          input.language,
          context.inviter.displayName,
          context.signUpUrl(token),
          INVITATION_LIFETIME_DAYS,
        ),
  );
  return invitation;
}

async function openInvitation(tx: Database, token: string, now: Date) {
  const [row] = await tx
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.tokenHash, secretHash(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .for('update');
  if (!row) {
    throw new ValidationError('invitation.link_invalid', '/token');
  }
  return row;
}

/** What an invitation offers, for the sign-up page (the address, the roles). */
export async function lookUpInvitation(db: Database, token: string): Promise<Invitation> {
  return toInvitation(await openInvitation(db, token, new Date()));
}

/**
 * The roles of an invitation are given when it is accepted, so they must still be the inviter's to
 * give then: a membership ended since, or an inviter disabled or stripped of the role, voids them.
 */
async function assertInviterMayStillGive(tx: Database, invitation: Invitation): Promise<void> {
  const [row] = await tx.select().from(users).where(eq(users.id, invitation.invitedBy));
  const principal = row && !row.disabledAt ? await loadPrincipal(tx, toUser(row)) : null;
  const facts = await scopeFacts(tx, [...new Set(invitation.grants.map((grant) => grant.scopeId))]);
  if (
    !principal ||
    !canInvite(
      principal,
      { grants: invitation.grants, platformAdmin: invitation.platformAdmin },
      facts.networksOf,
    )
  ) {
    throw new ForbiddenError('invitation.no_longer_valid');
  }
}

/** Creates the invited person's account, with the roles of the invitation; the invitation is spent. */
export async function acceptInvitation(
  tx: Database,
  requestActing: ActingAs,
  input: SignUpInput,
): Promise<User> {
  const now = new Date();
  const invitation = await openInvitation(tx, input.token, now);
  await assertInviterMayStillGive(tx, invitation);
  const actingAs: ActingAs = { ...requestActing, actor: `invitation:${invitation.id}` };
  const user = await createUser(tx, actingAs, {
    email: invitation.email,
    displayName: input.displayName,
    password: input.password,
    language: input.language ?? invitation.language,
    isPlatformAdmin: invitation.platformAdmin,
  });
  for (const grant of invitation.grants) {
    await grantRole(
      tx,
      { ...actingAs, actor: `user:${invitation.invitedBy}` },
      { userId: user.id, ...grant },
    );
  }
  await tx
    .update(invitations)
    .set({ acceptedAt: now, acceptedBy: user.id })
    .where(eq(invitations.id, invitation.id));
  await recordChange(
    tx,
    { ...actingAs, actor: `user:${user.id}` },
    {
      action: 'update',
      entityType: 'invitation',
      entityId: invitation.id,
      after: { acceptedAt: now },
    },
  );
  return user;
}

/**
 * Signs up with an invitation: the account made with the invitation's roles, and signed in (a
 * session the browser had is closed). Answers the session's token for the cookie.
 */
export async function signUp(
  tx: Database,
  actingAs: ActingAs,
  input: SignUpInput,
  context: { userAgent?: string; previousToken?: string },
): Promise<{ user: User; token: string }> {
  const user = await acceptInvitation(tx, actingAs, input);
  const { token } = await openSession(tx, actingAs, user, context);
  return { user, token };
}

/** Invitations a platform admin sees (all) or a secretariat sees (those it sent), newest first. */
export async function listInvitations(db: Database, principal: Principal): Promise<Invitation[]> {
  const rows = await db
    .select()
    .from(invitations)
    .where(principal.isPlatformAdmin ? undefined : eq(invitations.invitedBy, principal.userId))
    .orderBy(desc(invitations.createdAt))
    .limit(500);
  return rows.map(toInvitation);
}

/** Withdraws an invitation not yet accepted: by the person who sent it, or a platform admin. */
export async function revokeInvitation(
  tx: Database,
  actingAs: ActingAs,
  principal: Principal,
  id: string,
): Promise<void> {
  const [row] = await tx.select().from(invitations).where(eq(invitations.id, id)).for('update');
  if (!row || (!principal.isPlatformAdmin && row.invitedBy !== principal.userId)) {
    throw new NotFoundError('invitation.not_found', { id });
  }
  if (row.acceptedAt) throw new ConflictError('invitation.already_accepted', '/');
  if (row.revokedAt) return;
  await tx.update(invitations).set({ revokedAt: new Date() }).where(eq(invitations.id, id));
  await recordChange(tx, actingAs, { action: 'delete', entityType: 'invitation', entityId: id });
}
