import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { recordChange } from '../../audit/audit.ts';
import type { Database } from '../../db/client.ts';
import { executePrepared } from '../../db/prepared.ts';
import type { ActingAs } from '../../shared/actor.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { principalOf, toUser } from '../accounts.ts';
import type { Grant, Principal } from '../policy.ts';
import type { User } from '../schemas.ts';
import { networksOfScopes } from '../scopes.ts';
import { newSecret, secretHash } from '../secrets.ts';
import { sessions, users } from '../tables.ts';
import type { Session } from './schemas.ts';

/** A session ends after this long without use… */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** …and in any case this long after sign-in. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
// Writing last_seen_at on every request would turn reads into writes; once a minute is enough.
const LAST_SEEN_RESOLUTION_MS = 60 * 1000;

/**
 * Opens a session for the user (who is the actor) and returns the token for the cookie; a session
 * the browser already had is closed.
 */
export async function openSession(
  tx: Database,
  actingAs: ActingAs,
  user: User,
  context: { userAgent?: string; previousToken?: string; secondFactor?: string },
): Promise<{ token: string; session: Session }> {
  const as: ActingAs = { ...actingAs, actor: `user:${user.id}` };
  if (context.previousToken) {
    const closed = await tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.tokenHash, secretHash(context.previousToken)), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    for (const { id } of closed) {
      await recordChange(tx, as, { action: 'delete', entityType: 'session', entityId: id });
    }
  }
  const token = newSecret();
  const now = new Date();
  const [row] = await tx
    .insert(sessions)
    .values({
      tokenHash: secretHash(token),
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
  return { token, session: toSession(row!) };
}

function toSession(row: typeof sessions.$inferSelect): Session {
  return {
    id: row.id,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    expiresAt: row.expiresAt,
    ip: row.ip,
    userAgent: row.userAgent,
  };
}

/**
 * The user and session a token stands for, if the session is open, not idle too long, not expired;
 * with the user's roles and the networks those roles are in, read in the same statement, so that
 * knowing who asks costs a request one round trip.
 */
export async function resolveSession(
  db: Database,
  token: string,
  now = new Date(),
): Promise<{ user: User; session: Session; principal: Principal; networks: string[] } | null> {
  const scopesOfUser = sql`SELECT g.scope_id FROM role_grants g WHERE g.user_id = ${users.id}`;
  const [row] = await executePrepared(
    'session',
    db
      .select({
        session: sessions,
        user: users,
        grants: sql<
          Grant[]
        >`coalesce((SELECT json_agg(json_build_object('role', g.role, 'scopeId', g.scope_id))
        FROM role_grants g WHERE g.user_id = ${users.id}), '[]'::json)`,
        networks: sql<
          string[]
        >`coalesce((SELECT json_agg(n.network) FROM (${networksOfScopes(scopesOfUser)}) n),
        '[]'::json)`,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(
        and(
          eq(sessions.tokenHash, secretHash(token)),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, now),
        ),
      ),
  );
  if (!row || row.user.disabledAt) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > SESSION_IDLE_MS) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, row.session.tokenHash));
    row.session.lastSeenAt = now;
  }
  const user = toUser(row.user);
  return {
    user,
    session: toSession(row.session),
    principal: principalOf(user, row.grants),
    networks: row.networks,
  };
}

/** Signs out: closes the session of this token, if it is open. */
export async function closeSession(tx: Database, actingAs: ActingAs, token: string): Promise<void> {
  const [row] = await tx
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.tokenHash, secretHash(token)), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id, userId: sessions.userId });
  if (row) {
    await recordChange(
      tx,
      { ...actingAs, actor: `user:${row.userId}` },
      { action: 'delete', entityType: 'session', entityId: row.id },
    );
  }
}

/**
 * Closes every open session of the user at once (a new password, a disabled account), but the one
 * of `exceptToken` when given: the browser that made the change stays signed in.
 */
export async function closeAllSessions(
  tx: Database,
  userId: string,
  now: Date,
  exceptToken?: string,
): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        exceptToken ? ne(sessions.tokenHash, secretHash(exceptToken)) : undefined,
      ),
    );
}

export async function listSessions(db: Database, userId: string, now = new Date()): Promise<Session[]> {
  const rows = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt));
  return rows.filter((row) => now.getTime() - row.lastSeenAt.getTime() <= SESSION_IDLE_MS).map(toSession);
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
