import { and, desc, eq, isNull } from 'drizzle-orm';
import { recordChange } from '../../audit/audit.ts';
import type { Database } from '../../db/client.ts';
import type { ActingAs } from '../../shared/actor.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { loadPrincipal, toUser } from '../accounts.ts';
import type { Principal } from '../policy.ts';
import type { User } from '../schemas.ts';
import { newSecret, secretHash } from '../secrets.ts';
import { apiTokens, users } from '../tables.ts';
import type { ApiToken, ApiTokenInput } from './schemas.ts';

export const TOKEN_PREFIX = 'jmlg_';
const LAST_USED_RESOLUTION_MS = 60 * 1000;

function toApiToken(row: typeof apiTokens.$inferSelect): ApiToken {
  const { tokenHash: _hash, userId: _user, revokedAt: _revoked, ...token } = row;
  return token;
}

/** Creates a token; its secret is returned here once and never again. */
export async function createApiToken(
  tx: Database,
  actingAs: ActingAs,
  principal: Principal,
  input: ApiTokenInput,
): Promise<{ token: ApiToken; secret: string }> {
  if (input.name.trim() === '') throw new ValidationError('text.blank', '/name');
  if (
    input.scopeId &&
    !principal.isPlatformAdmin &&
    !principal.grants.some((grant) => grant.scopeId === input.scopeId)
  ) {
    throw new ForbiddenError('token.scope_forbidden');
  }
  const secret = newSecret(TOKEN_PREFIX);
  const [row] = await tx
    .insert(apiTokens)
    .values({
      userId: principal.userId,
      name: input.name.trim(),
      tokenHash: secretHash(secret),
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      access: input.access,
      scopeId: input.scopeId ?? null,
      expiresAt: input.expiresInDays
        ? new Date(Date.now() + input.expiresInDays * 24 * 60 * 60 * 1000)
        : null,
    })
    .returning();
  const token = toApiToken(row!);
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'api_token',
    entityId: token.id,
    after: token,
  });
  return { token, secret };
}

export async function listApiTokens(db: Database, userId: string): Promise<ApiToken[]> {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map(toApiToken);
}

export async function revokeApiToken(
  tx: Database,
  actingAs: ActingAs,
  userId: string,
  tokenId: string,
): Promise<void> {
  const [row] = await tx
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (!row) throw new NotFoundError('token.not_found', { id: tokenId });
  await recordChange(tx, actingAs, { action: 'delete', entityType: 'api_token', entityId: tokenId });
}

/**
 * The user a bearer token stands for, and what it lets them do: the user's own rights, narrowed
 * to the token's scope; a read token can change nothing.
 */
export async function resolveApiToken(
  db: Database,
  secret: string,
  now = new Date(),
): Promise<{ user: User; principal: Principal; token: ApiToken } | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, secretHash(secret)), isNull(apiTokens.revokedAt)));
  if (!row || row.user.disabledAt || (row.token.expiresAt && row.token.expiresAt <= now)) return null;
  if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.token.id));
    row.token.lastUsedAt = now;
  }
  const user: User = toUser(row.user);
  const full = await loadPrincipal(db, user);
  const scopeId = row.token.scopeId;
  const principal: Principal = {
    userId: user.id,
    isPlatformAdmin: full.isPlatformAdmin && !scopeId,
    grants: scopeId ? full.grants.filter((grant) => grant.scopeId === scopeId) : full.grants,
  };
  return { user, principal, token: toApiToken(row.token) };
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
