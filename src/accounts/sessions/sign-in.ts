import { and, count, eq, gt, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { Mail, Mailer } from '../../mail/mailer.ts';
import type { ActingAs } from '../../shared/actor.ts';
import { type DomainError, TooManyRequestsError, UnauthenticatedError } from '../../shared/errors.ts';
import { toUser } from '../accounts.ts';
import { normalizeEmail } from '../email-address.ts';
import { failedSignInsMail } from '../mails.ts';
import { hashPassword, verifyPassword } from '../passwords/passwords.ts';
import type { User } from '../schemas.ts';
import type { Keyring } from '../secret-keys.ts';
import { newSecret } from '../secrets.ts';
import { signInFailures, users } from '../tables.ts';
import { ownerToBeWarned, PER_ACCOUNT, PER_ADDRESS, retryAfterForSignIn } from '../throttle.ts';
import { verifySecondFactor } from '../two-factor/settings.ts';
import type { SignInInput } from './schemas.ts';
import { openSession } from './sessions.ts';

/** How a run of failed sign-ins is told to the account's owner, once the throttle starts. */
export interface FailureNotice {
  mailer: Mailer;
  /** A mail that could not be sent: the sign-in's answer does not wait for it, nor fail with it. */
  onError: (error: unknown) => void;
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
    decoyHash ??= hashPassword(newSecret());
    await verifyPassword(await decoyHash, password);
    return null;
  }
  return (await verifyPassword(row.passwordHash, password)) ? toUser(row) : null;
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

/** The mail that tells an account's owner its sign-ins fail, once the throttle starts. */
export type FailureWarning = Mail;

/**
 * Counts a failed sign-in (wrong password or second factor), in the caller's transaction. Answers
 * the mail for the account's owner when this failure is the one that starts its throttle; the
 * caller sends it once the transaction has committed (`sendFailureWarning`). Failures of one
 * account are counted one at a time (a lock held to the end of the transaction), so of several
 * failures at once exactly one reaches the threshold: the owner is told once, never not at all.
 */
export async function recordSignInFailure(
  tx: Database,
  email: string,
  ip: string,
): Promise<FailureWarning | null> {
  const accountKey = normalizeEmail(email);
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`sign-in failures:${accountKey}`}))`);
  await tx.insert(signInFailures).values({ accountKey, ip });
  const since = new Date(Date.now() - PER_ACCOUNT.windowMs);
  const [recent] = await tx
    .select({ failures: count() })
    .from(signInFailures)
    .where(and(eq(signInFailures.accountKey, accountKey), gt(signInFailures.at, since)));
  if (!ownerToBeWarned(recent?.failures ?? 0)) return null;
  const [owner] = await tx.select().from(users).where(eq(users.email, accountKey));
  if (!owner || owner.disabledAt) return null;
  return failedSignInsMail(owner, recent!.failures, PER_ACCOUNT.windowMs / 60000);
}

/**
 * Sends the owner's warning, if there is one, without waiting: the answer's timing says nothing
 * about whether the address has an account, and a mail server that is away fails nothing.
 */
export function sendFailureWarning(warning: FailureWarning | null, notice?: FailureNotice): void {
  if (warning && notice) notice.mailer.send(warning).catch(notice.onError);
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

/** Why a sign-in was refused, as the log says it. */
export type SignInRefusal = 'throttled' | 'failure' | 'second factor asked' | 'wrong second factor';

/**
 * What a sign-in came to. A refusal is an answer, not a thrown error: the failure it counted has
 * landed with its transaction, and the caller turns `problem` into the error.
 */
export type SignInResult =
  | { outcome: 'signed in'; user: User; token: string }
  | {
      outcome: 'refused';
      reason: SignInRefusal;
      problem: DomainError;
      /** The account concerned, once the password was right. */
      userId?: string;
      /** With `throttled`: seconds before the next attempt is heard. */
      retryAfter?: number;
    };

/** How the sign-in writes: in one transaction, acting as the request's caller (`app.write`). */
export type WriteAs = <T>(work: (tx: Database, actingAs: ActingAs) => Promise<T>) => Promise<T>;

/**
 * Signs in with email, password and (when two-factor sign-in is on) a code from the app or a
 * recovery code. The throttle and the password are read first, outside any transaction: a
 * password hash takes tens of milliseconds and must not hold a connection (nor, on PGlite, the
 * whole database). Then everything it writes is one transaction: the failure counted, or the
 * second factor spent, the earlier failures from this address forgiven and the session opened
 * with its audit record. The owner's warning, if a failure calls for one, leaves after the commit.
 */
export async function signIn(
  db: Database,
  write: WriteAs,
  input: SignInInput,
  context: {
    ip: string;
    keyring: Keyring;
    userAgent?: string;
    previousToken?: string;
    notice?: FailureNotice;
  },
): Promise<SignInResult> {
  const { email, password, code } = input;
  const { ip } = context;
  const wait = await signInRetryAfter(db, email, ip);
  if (wait > 0) {
    return {
      outcome: 'refused',
      reason: 'throttled',
      retryAfter: wait,
      problem: new TooManyRequestsError('sign_in.too_many_failures', { seconds: wait }, wait),
    };
  }
  const user = await authenticate(db, email, password);
  if (!user) {
    sendFailureWarning(await write((tx) => recordSignInFailure(tx, email, ip)), context.notice);
    return {
      outcome: 'refused',
      reason: 'failure',
      problem: new UnauthenticatedError('sign_in.wrong_credentials'),
    };
  }
  if (user.twoFactorEnabled && code === undefined) {
    return {
      outcome: 'refused',
      reason: 'second factor asked',
      userId: user.id,
      problem: new UnauthenticatedError('sign_in.code_required', '/code'),
    };
  }
  const written = await write(async (tx, actingAs) => {
    const secondFactor =
      user.twoFactorEnabled && code !== undefined
        ? await verifySecondFactor(tx, context.keyring, user.id, code)
        : undefined;
    if (secondFactor === null) {
      return { signedIn: false as const, warning: await recordSignInFailure(tx, email, ip) };
    }
    await forgetSignInFailures(tx, email, ip);
    const { token } = await openSession(tx, actingAs, user, {
      userAgent: context.userAgent,
      previousToken: context.previousToken,
      secondFactor,
    });
    return { signedIn: true as const, token };
  });
  if (!written.signedIn) {
    sendFailureWarning(written.warning, context.notice);
    return {
      outcome: 'refused',
      reason: 'wrong second factor',
      userId: user.id,
      problem: new UnauthenticatedError('sign_in.wrong_code', '/code'),
    };
  }
  return { outcome: 'signed in', user, token: written.token };
}
