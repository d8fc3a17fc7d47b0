import { and, asc, desc, eq, like, or } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { ActingAs } from '../shared/actor.ts';
import { auditLog } from './tables.ts';

export type AuditAction = 'create' | 'update' | 'delete' | 'transition';

export interface AuditedChange {
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Records one change; called inside the transaction that makes it, so both land or neither. The
 * database chains the record to the one before it (see chain.ts) and holds the chain's lock until
 * the transaction ends, so call it once the change itself is made.
 */
export async function recordChange(tx: Database, actingAs: ActingAs, change: AuditedChange): Promise<void> {
  await tx.insert(auditLog).values({
    actor: actingAs.actor,
    requestId: actingAs.requestId ?? null,
    ip: actingAs.ip ?? null,
    correlationId: actingAs.correlationId ?? null,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before ?? null,
    after: change.after ?? null,
  });
}

export async function listChanges(db: Database, entityType: string, entityId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));
}

/** What one actor changed, newest first: a user's own writes and those made with their tokens. */
export async function listChangesByActor(db: Database, actor: string, limit = 200) {
  return db
    .select()
    .from(auditLog)
    .where(or(eq(auditLog.actor, actor), like(auditLog.actor, `${actor};%`)))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
