import { createHash, randomBytes } from 'node:crypto';
import { and, count, desc, eq, gt, isNull, ne, or } from 'drizzle-orm';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { ActingAs } from '../shared/actor.ts';
import { ConflictError, NotFoundError, TooManyRequestsError, ValidationError } from '../shared/errors.ts';
import { assertAcceptableEmail, emailSkeleton, normalizeEmail } from './email-address.ts';
import { failedSignInsMail } from './mails.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords/passwords.ts';
import { adminRightsInForce, type Principal, requiresTwoFactor, type ScopedRole } from './policy.ts';
import { apiTokens, roleGrants, sessions, signInFailures, users } from './tables.ts';
import { ownerToBeWarned, PER_ACCOUNT, PER_ADDRESS, retryAfterForSignIn } from './throttle.ts';

export { normalizeEmail } from './email-address.ts';

/** A session ends after this long without use… */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** …and in any case this long after sign-in. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
// Writing last_seen_at on every request would turn reads into writes; once a minute is enough.
const LAST_SEEN_RESOLUTION_MS = 60 * 1000;

export interface User {
  id: string;
  email: string;
  displayName: string;
  language: string;
  isPlatformAdmin: boolean;
  twoFactorEnabled: boolean;
  /** An admin without two-factor sign-in: their admin rights wait until they turn it on. */
  twoFactorRequired: boolean;
  createdAt: Date;
}

export interface SessionInfo {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

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
  assertStrongPassword(input.password, [email, input.displayName]);
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

// Verifying against this when the address is unknown makes both answers take the same time.
let decoyHash: Promise<string> | null = null;

/** The user with this email and password, or null — the same answer, in the same time, for an unknown email. */
export async function authenticate(db: Database, email: string, password: string): Promise<User | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)));
  if (!row || row.disabledAt) {
    decoyHash ??= hashPassword(randomBytes(24).toString('base64url'));
    await verifyPassword(await decoyHash, password);
    return null;
  }
  return (await verifyPassword(row.passwordHash, password)) ? toUser(row) : null;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Opens a session for the user (who is the actor) and returns the token for the cookie; a session
 * the browser already had is closed.
 */
export async function openSession(
  tx: Database,
  actingAs: ActingAs,
  user: User,
  context: { userAgent?: string; previousToken?: string; secondFactor?: string },
): Promise<{ token: string; session: SessionInfo }> {
  const as: ActingAs = { ...actingAs, actor: `user:${user.id}` };
  if (context.previousToken) {
    const closed = await tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.tokenHash, hashToken(context.previousToken)), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    for (const { id } of closed) {
      await recordChange(tx, as, { action: 'delete', entityType: 'session', entityId: id });
    }
  }
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const [row] = await tx
    .insert(sessions)
    .values({
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      ip: actingAs.ip ?? null,
      userAgent: context.userAgent?.slice(0, 500) ?? null,
    })
    .returning();
  await recordChange(tx, as, {
    action: 'create',
    entityType: 'session',
    entityId: row!.id,
    after: context.secondFactor ? { secondFactor: context.secondFactor } : undefined,
  });
  return { token, session: toSessionInfo(row!) };
}

function toSessionInfo(row: typeof sessions.$inferSelect): SessionInfo {
  return {
    id: row.id,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    expiresAt: row.expiresAt,
    ip: row.ip,
    userAgent: row.userAgent,
  };
}

/** The user and session a token stands for, if the session is open, not idle too long, not expired. */
export async function resolveSession(
  db: Database,
  token: string,
  now = new Date(),
): Promise<{ user: User; session: SessionInfo } | null> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.tokenHash, hashToken(token)), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)),
    );
  if (!row || row.user.disabledAt) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > SESSION_IDLE_MS) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, row.session.tokenHash));
    row.session.lastSeenAt = now;
  }
  return { user: toUser(row.user), session: toSessionInfo(row.session) };
}

/** Signs out: closes the session of this token, if it is open. */
export async function closeSession(tx: Database, actingAs: ActingAs, token: string): Promise<void> {
  const [row] = await tx
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.tokenHash, hashToken(token)), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id, userId: sessions.userId });
  if (row) {
    await recordChange(
      tx,
      { ...actingAs, actor: `user:${row.userId}` },
      { action: 'delete', entityType: 'session', entityId: row.id },
    );
  }
}

export async function listSessions(db: Database, userId: string, now = new Date()): Promise<SessionInfo[]> {
  const rows = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt));
  return rows.filter((row) => now.getTime() - row.lastSeenAt.getTime() <= SESSION_IDLE_MS).map(toSessionInfo);
}

/** Revokes one of the user's own sessions (another browser, a lost phone). */
export async function revokeSession(
  tx: Database,
  actingAs: ActingAs,
  userId: string,
  sessionId: string,
): Promise<void> {
  const [row] = await tx
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  if (!row) throw new NotFoundError('session.not_found', { id: sessionId });
  await recordChange(tx, actingAs, { action: 'delete', entityType: 'session', entityId: sessionId });
}

/** How long a sign-in for this address, from this IP, must wait (0: it may go ahead). */
export async function signInRetryAfter(
  db: Database,
  email: string,
  ip: string,
  now = new Date(),
): Promise<number> {
  const accountKey = normalizeEmail(email);
  const since = new Date(now.getTime() - Math.max(PER_ACCOUNT.windowMs, PER_ADDRESS.windowMs));
  const rows = await db
    .select()
    .from(signInFailures)
    .where(
      and(
        gt(signInFailures.at, since),
        or(eq(signInFailures.accountKey, accountKey), eq(signInFailures.ip, ip)),
      ),
    );
  return retryAfterForSignIn(
    rows.map((row) => ({ account: row.accountKey, ip: row.ip, at: row.at })),
    { account: accountKey, ip },
    { account: PER_ACCOUNT, address: PER_ADDRESS },
    now,
  );
}

/**
 * Counts a failed sign-in (wrong password or second factor). When an account's failures reach the
 * point where its throttle starts, its owner is told by email; the mail goes out after the answer,
 * so the answer's timing says nothing about whether the address has an account.
 */
export async function recordSignInFailure(
  db: Database,
  email: string,
  ip: string,
  notify?: { mailer: Mailer; onError: (error: unknown) => void },
): Promise<void> {
  const accountKey = normalizeEmail(email);
  await db.insert(signInFailures).values({ accountKey, ip });
  if (!notify) return;
  const since = new Date(Date.now() - PER_ACCOUNT.windowMs);
  const [recent] = await db
    .select({ failures: count() })
    .from(signInFailures)
    .where(and(eq(signInFailures.accountKey, accountKey), gt(signInFailures.at, since)));
  if (!ownerToBeWarned(recent?.failures ?? 0)) return;
  const [owner] = await db.select().from(users).where(eq(users.email, accountKey));
  if (!owner || owner.disabledAt) return;
  notify.mailer
    .send(failedSignInsMail(owner, recent!.failures, PER_ACCOUNT.windowMs / 60000))
    .catch(notify.onError);
}

/**
 * A successful sign-in forgives the account's earlier failures from the same address (the owner's
 * own typing); failures from elsewhere still count against those addresses.
 */
export async function forgetSignInFailures(db: Database, email: string, ip: string): Promise<void> {
  await db
    .delete(signInFailures)
    .where(and(eq(signInFailures.accountKey, normalizeEmail(email)), eq(signInFailures.ip, ip)));
}

/** The user with their roles, as authorization needs them. */
export async function loadPrincipal(db: Database, user: User): Promise<Principal> {
  const grants = await db
    .select({ role: roleGrants.role, scopeId: roleGrants.scopeId })
    .from(roleGrants)
    .where(eq(roleGrants.userId, user.id));
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

/**
 * Asks for the password again before a change to how the person signs in (email, password, second
 * factor), so a session left open on a shared computer cannot take the account over. Wrong answers
 * count as failed sign-ins, with the same backoff.
 */
export async function confirmPassword(
  db: Database,
  user: User,
  password: string,
  ip: string,
  notify?: { mailer: Mailer; onError: (error: unknown) => void },
): Promise<void> {
  const wait = await signInRetryAfter(db, user.email, ip);
  if (wait > 0) throw new TooManyRequestsError('password.too_many_attempts', {}, wait);
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  if (!row || !(await verifyPassword(row.hash, password))) {
    await recordSignInFailure(db, user.email, ip, notify);
    throw new ValidationError('password.wrong', '/password');
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
  assertStrongPassword(newPassword, [user.email, user.displayName], '/newPassword');
  const now = new Date();
  await tx
    .update(users)
    .set({ passwordHash: await hashPassword(newPassword), passwordChangedAt: now })
    .where(eq(users.id, user.id));
  const keep = options.currentSessionToken ? hashToken(options.currentSessionToken) : '';
  await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, user.id), isNull(sessions.revokedAt), ne(sessions.tokenHash, keep)));
  const apiTokensRevoked = options.keepApiTokens ? 0 : await revokeAllApiTokens(tx, user.id, now);
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'user',
    entityId: user.id,
    after: { passwordChangedAt: now, apiTokensRevoked },
  });
  return { apiTokensRevoked };
}

/** Revokes every API token of the user still in force; answers how many. */
export async function revokeAllApiTokens(tx: Database, userId: string, now = new Date()): Promise<number> {
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return revoked.length;
}
