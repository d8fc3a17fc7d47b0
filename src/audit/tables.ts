import { bigserial, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    /** Where the request came from; null for the CLI and the demo loader. */
    ip: text('ip'),
    /** The client's own X-Request-Id, when it sent a well-formed one: kept to correlate, never the id. */
    correlationId: text('correlation_id'),
    /**
     * The hash of the record before this one in the chain (a fixed genesis value for the first).
     * Both hashes are set by the database's insert trigger (migration 0017), whatever is sent.
     */
    previousHash: text('previous_hash')
      .notNull()
      .$defaultFn(() => ''),
    /** SHA-256 of this record's content and of previousHash: see audit/chain.ts. */
    hash: text('hash')
      .notNull()
      .$defaultFn(() => ''),
  },
  (table) => [
    index('audit_log_entity_idx').on(table.entityType, table.entityId),
    // An actor's changes: the actor exactly, or a prefix of it (a user's API tokens, `user:…;token:…`).
    index('audit_log_actor_idx').using('btree', table.actor.op('text_pattern_ops')),
    // One record after each: the chain cannot fork, whatever the isolation level of the writers.
    uniqueIndex('audit_log_previous_hash_idx').on(table.previousHash),
  ],
);
